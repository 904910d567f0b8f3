package dev.ingot.proxmox.vm;

import dev.ingot.core.Component;
import dev.ingot.core.Infra;
import dev.ingot.core.ValidationContext;
import dev.ingot.core.validate.Path;
import dev.ingot.core.value.IpAddress;
import dev.ingot.core.value.Names;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.Storage;
import dev.ingot.proxmox.zfs.ZfsPool;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Everything the VM rules look up across a site, gathered in one pass (see
 * {@link dev.ingot.core.ValidationContext#index}): nodes and their storages, and the first owner
 * of every VM id, name, address, MAC address, on-boot PCI device and image download. A rule finds
 * a duplicate when the first owner of its value is not itself, so each duplicate is reported once,
 * at the later owner, and the check stays linear in the size of the site.
 */
final class VmSite {
  private final Map<String, ProxmoxNode> nodes = new HashMap<>();
  private final Map<String, Map<String, Storage>> storages = new HashMap<>();
  private final Map<Long, Path> vmIds = new HashMap<>();
  private final Map<String, Path> names = new HashMap<>();
  private final Map<String, Path> addresses = new HashMap<>();
  private final Map<String, Path> macs = new HashMap<>();
  private final Map<String, Path> pciOnBoot = new HashMap<>();
  private final Map<String, CloudImage> downloads = new HashMap<>();

  private VmSite() {}

  /** The index of {@code site}. */
  static VmSite of(Infra site) {
    var index = new VmSite();
    for (Component c : site.components()) {
      if (c instanceof ProxmoxNode node) {
        index.nodes.putIfAbsent(node.name(), node);
        node.storages().forEach(s -> index.storagesOf(node.name()).putIfAbsent(s.id(), s));
      } else if (c instanceof ZfsPool pool && pool.node() != null && pool.storage() != null) {
        index.storagesOf(pool.node().name()).putIfAbsent(pool.storage().id(), pool.storage());
      }
    }
    for (Component c : site.components()) {
      if (c instanceof DefinesVm defines) {
        index.add(defines.path(), defines.vm());
      } else if (c instanceof VmTemplate template) {
        if (template.vmId() != null) {
          index.vmIds.putIfAbsent(template.vmId().value(), template.path());
        }
        index.names.putIfAbsent(template.templateName(), template.path());
      }
    }
    return index;
  }

  /** The node called {@code name} as the site defines it, or null. */
  ProxmoxNode node(String name) {
    return nodes.get(name);
  }

  /** The storage {@code id} of node {@code node} (its own, or a pool registered on it), or null. */
  Storage storage(String node, String id) {
    return storages.getOrDefault(node, Map.of()).get(id);
  }

  /** Reports at {@code at} › name that {@code name} is taken, unless {@code at} is its first owner. */
  void requireOwnName(Path at, String name, ValidationContext context) {
    Path owner = names.get(name);
    if (owner != null && !owner.equals(at)) {
      context.error(at.field("name"), "the name " + Names.describe(name) + " is also the name of " + owner);
    }
  }

  /** Reports at {@code at} › vmId that {@code id} is taken, unless {@code at} is its first owner. */
  void requireOwnVmId(Path at, VmId id, ValidationContext context) {
    Path owner = vmIds.get(id.value());
    if (owner != null && !owner.equals(at)) {
      context.error(at.field("vmId"), "VM id " + id + " is also the id of " + owner);
    }
  }

  /** The network device that first has the static address {@code address}. */
  Path addressOwner(IpAddress address) {
    return addresses.get(key(address));
  }

  /** The network device that first has the MAC address {@code mac}. */
  Path macOwner(String mac) {
    return macs.get(mac);
  }

  /** The first VM starting on boot that the PCI device {@code device} (by component name) is passed to. */
  Path pciOwner(String device) {
    return pciOnBoot.get(device);
  }

  /** The first image downloaded under the Terraform name {@code resourceName}. */
  CloudImage download(String resourceName) {
    return downloads.get(resourceName);
  }

  private void add(Path at, Vm vm) {
    if (vm.vmId() != null) {
      vmIds.putIfAbsent(vm.vmId().value(), at);
    }
    names.putIfAbsent(vm.name(), at);
    for (int i = 0; i < vm.networks().size(); i++) {
      NetworkDevice nic = vm.networks().get(i);
      Path nicPath = at.field("network", i);
      for (IpConfig config : new IpConfig[] {nic.ipv4(), nic.ipv6()}) {
        if (config != null && config.address() != null && config.address().isValid()) {
          addresses.putIfAbsent(key(config.address().address()), nicPath);
        }
      }
      if (nic.mac() != null && nic.mac().isValid()) {
        macs.putIfAbsent(nic.mac().text(), nicPath);
      }
    }
    if (vm.onBoot() && !vm.template()) {
      vm.passthrough().forEach(p -> pciOnBoot.putIfAbsent(p.device().name(), at));
    }
    if (vm.node() != null) {
      for (VmDisk disk : vm.disks()) {
        if (disk.importFrom() != null) {
          downloads.putIfAbsent(disk.importFrom().resourceName(vm.node().name()), disk.importFrom());
        }
      }
    }
  }

  private Map<String, Storage> storagesOf(String node) {
    return storages.computeIfAbsent(node, n -> new HashMap<>());
  }

  private static String key(IpAddress address) {
    return HexFormat.of().formatHex(address.bytes());
  }
}
