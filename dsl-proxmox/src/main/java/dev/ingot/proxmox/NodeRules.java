package dev.ingot.proxmox;

import dev.ingot.core.Component;
import dev.ingot.core.ValidationContext;
import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.value.IpAddress;
import dev.ingot.core.value.Names;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.vm.VmGroup;
import dev.ingot.proxmox.zfs.ZfsArc;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The rules a {@link ProxmoxNode} must follow, alone and in its site. */
final class NodeRules {
  private static final Pattern HOST_NAME =
      Pattern.compile("(?i)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");
  private static final Pattern USER = Pattern.compile("[a-z_][a-z0-9_-]*");
  private static final Map<String, String> BUILT_IN_FACTORIES = Map.of("local", "DirStorage.local()",
      "local-lvm", "LvmThinStorage.localLvm()", "local-zfs", "ZfsPoolStorage.localZfs()");

  private NodeRules() {}

  static void validate(ProxmoxNode node, ValidationContext context) {
    Path at = node.path();
    Problems problems = context.problems();
    Names.requireDnsLabel(node.name(), at.field("name"), problems);
    boolean endpointValid = endpoint(node.endpoint(), at.field("endpoint"), problems);
    if (endpointValid || node.address() != null) {
      address(node.address(), at.field("address"), problems);
    }
    if (!USER.matcher(node.sshUser()).matches()) {
      problems.error(at.field("sshUser"), Names.describe(node.sshUser()) + " is not a user name");
    } else {
      providerSshUser(node, context);
    }
    if (node.cpu() == null) {
      problems.error(at.field("cpu"), "set the CPU vendor with cpu(CpuVendor.AMD) or cpu(CpuVendor.INTEL); the IOMMU"
          + " kernel arguments depend on it");
    }
    if (node.memory() == null) {
      problems.error(at.field("memory"), "set the node's RAM with memory(Size.gib(…)); the ZFS ARC and VM memory are"
          + " checked against it");
    } else if (!node.memory().isPositive()) {
      problems.error(at.field("memory"), "the node's RAM must be positive");
    } else {
      memoryBudget(node, context);
    }
    if (node.bootLoader() == BootLoader.SYSTEMD_BOOT && node.rootFilesystem() == RootFilesystem.LVM) {
      problems.error(at.field("bootLoader"), "Proxmox VE boots with systemd-boot only when installed on ZFS (UEFI"
          + " without Secure Boot); an LVM install boots with GRUB");
    }
    if (node.kernel().major() < 1 || node.kernel().minor() < 0) {
      problems.error(at.field("kernel"), "kernel " + node.kernel() + " is not a kernel version");
    }
    storages(node, context);
    if (context.infra().all(ProxmoxNode.class).get(0) == node) {
      OwnVariables.validate(context);
    }
  }

  /** Checks the endpoint and returns whether it is usable. */
  private static boolean endpoint(String endpoint, Path at, Problems problems) {
    if (endpoint == null || endpoint.isBlank()) {
      problems.error(at, "set the API endpoint, e.g. endpoint(\"https://pve.lan:8006/\")");
      return false;
    }
    URI uri;
    try {
      uri = new URI(endpoint);
    } catch (URISyntaxException e) {
      problems.error(at, Names.describe(endpoint) + " is not a URL like https://pve.lan:8006/");
      return false;
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    String message = null;
    if (!"https".equals(uri.getScheme())) {
      message = Names.describe(endpoint) + " must start with https://: the Proxmox VE API only speaks HTTPS";
    } else if (uri.getHost() == null) {
      message = Names.describe(endpoint) + " has no host name";
    } else if (path.contains("/api2")) {
      message = "leave out " + path + ": the provider adds /api2/json itself";
    } else if (!(path.isEmpty() || path.equals("/")) || uri.getQuery() != null || uri.getFragment() != null
        || uri.getUserInfo() != null) {
      message = Names.describe(endpoint) + " must be just https://host:port/, without a path, query or user";
    }
    if (message != null) {
      problems.error(at, message);
    }
    return message == null;
  }

  private static void address(String address, Path at, Problems problems) {
    if (address == null || !(IpAddress.of(address).isValid() || HOST_NAME.matcher(address).matches())) {
      problems.error(at, Names.describe(address) + " is neither an IP address nor a host name");
    }
  }

  private static void storages(ProxmoxNode node, ValidationContext context) {
    List<Storage> builtIns = node.rootFilesystem().installerStorages();
    Set<String> seen = new HashSet<>();
    for (Storage s : node.declaredStorages()) {
      Path at = node.path().field("storage").key(s.id());
      if (!seen.add(s.id())) {
        context.error(at, "storage " + Names.describe(s.id()) + " is declared twice");
        continue;
      }
      boolean builtInId = builtIns.stream().anyMatch(b -> b.id().equals(s.id()));
      if (s.builtIn() && !builtInId) {
        context.error(at, "node " + Names.describe(node.name()) + " has no built-in storage " + s.id() + ": it was"
            + " installed on " + node.rootFilesystem());
      } else if (!s.builtIn() && builtInId) {
        context.error(at, "storage " + Names.describe(s.id()) + " is built in; change it with "
            + BUILT_IN_FACTORIES.get(s.id()));
      }
      s.validate(at, context.problems());
      if (!s.builtIn()) {
        clash(node, s, context, at);
      }
    }
  }

  /** The provider's SSH connection, when a component needs it, logs in to every node as the first node's user. */
  private static void providerSshUser(ProxmoxNode node, ValidationContext context) {
    boolean ssh = context.infra().all(UsesProviderSsh.class).stream().anyMatch(UsesProviderSsh::usesProviderSsh);
    ProxmoxNode first = context.infra().all(ProxmoxNode.class).get(0);
    if (ssh && !first.sshUser().equals(node.sshUser())) {
      context.error(node.path().field("sshUser"), "the provider's SSH connection logs in to every node as one user;"
          + " node " + Names.describe(first.name()) + " uses " + Names.describe(first.sshUser()));
    }
  }

  /** Storage ids are cluster-wide: an added storage may be declared on one node only. */
  private static void clash(ProxmoxNode node, Storage storage, ValidationContext context, Path at) {
    for (ProxmoxNode other : context.infra().all(ProxmoxNode.class)) {
      if (other.name().equals(node.name())) {
        return;
      }
      if (other.declaredStorages().stream().anyMatch(s -> !s.builtIn() && s.id().equals(storage.id()))) {
        context.error(at, "storage " + Names.describe(storage.id()) + " is also declared on node "
            + Names.describe(other.name()) + "; storage ids are cluster-wide");
        return;
      }
    }
  }

  /** How many memory users the RAM warning names before it only counts the rest. */
  private static final int LISTED_USERS = 5;

  /** Warns when the memory of the node's VMs and its ZFS ARC maximum add up to more than its RAM. */
  private static void memoryBudget(ProxmoxNode node, ValidationContext context) {
    var users = new ArrayList<UsesNodeMemory>();
    for (Component c : context.infra().components()) {
      if (c instanceof UsesNodeMemory user) {
        users.add(user);
      } else if (c instanceof VmGroup group) {
        group.vms(context.infra()).forEach(defines -> users.add(defines.vm()));
      }
    }
    users.removeIf(u -> !node.sameAs(u.node()) || u.memory() == null);
    Size arc = ZfsArc.of(context.infra(), node).max();
    Size total = users.stream().map(UsesNodeMemory::memory).reduce(arc, Size::plus);
    if (total.compareTo(node.memory()) > 0) {
      String parts = users.stream().limit(LISTED_USERS).map(u -> u.path() + " (" + u.memory() + ")")
          .collect(Collectors.joining(", "))
          + (users.size() > LISTED_USERS ? " and " + (users.size() - LISTED_USERS) + " more" : "");
      String need = users.isEmpty() ? "the ZFS ARC maximum (" + arc + ") is"
          : parts + " and the ZFS ARC maximum (" + arc + ") need " + total + ",";
      context.warning(node.path().field("memory"), need + " more than the node's " + node.memory() + " of RAM");
    }
  }
}
