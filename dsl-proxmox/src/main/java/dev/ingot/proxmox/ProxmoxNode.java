package dev.ingot.proxmox;

import dev.ingot.core.Component;
import dev.ingot.core.Emission;
import dev.ingot.core.Infra;
import dev.ingot.core.ValidationContext;
import dev.ingot.core.value.Secret;
import dev.ingot.core.value.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Proxmox VE node: a host that runs VMs, reached through its API for Terraform and over SSH for
 * Ansible.
 *
 * <pre>{@code
 * ProxmoxNode.named("pve").endpoint("https://pve.lan:8006/")
 *     .cpu(CpuVendor.AMD).memory(Size.gib(96))
 *     .bootLoader(BootLoader.SYSTEMD_BOOT)        // so a ZFS install: local and local-zfs
 * }</pre>
 *
 * <p>The node's storages are the ones the installer created for its {@link RootFilesystem} plus
 * those given with {@link #storage}; a storage given with the id of a built-in one replaces it,
 * e.g. {@code storage(DirStorage.local().addContent(ContentType.SNIPPETS))}.
 *
 * @param name the node name as Proxmox knows it (a DNS label), also its inventory name
 * @param endpoint the API URL, e.g. {@code https://pve.lan:8006/}
 * @param address the SSH address for Ansible and the provider, or null to use the endpoint's host
 * @param sshUser the SSH user ({@code root} unless set)
 * @param cpu the CPU vendor
 * @param memory the installed RAM
 * @param bootLoader how the node boots
 * @param rootFilesystem how the installer laid out the system disk, or null to infer it from the boot loader
 * @param kernel the kernel the node boots ({@link KernelVersion#PVE_9} unless set)
 * @param iommuPassthroughMode whether the kernel gets {@code iommu=pt}
 * @param declaredStorages the storages given with {@link #storage}, in order
 */
public record ProxmoxNode(String name, String endpoint, String address, String sshUser, CpuVendor cpu, Size memory,
    BootLoader bootLoader, RootFilesystem rootFilesystem, KernelVersion kernel, boolean iommuPassthroughMode,
    List<Storage> declaredStorages) implements Component {
  /** Checks for null and copies the storages. */
  public ProxmoxNode {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sshUser, "sshUser");
    Objects.requireNonNull(bootLoader, "bootLoader");
    Objects.requireNonNull(kernel, "kernel");
    declaredStorages = List.copyOf(declaredStorages);
  }

  /** A node called {@code name}: SSH as root, GRUB, the Proxmox VE 9 kernel. */
  public static ProxmoxNode named(String name) {
    return new ProxmoxNode(name, null, null, "root", null, null, BootLoader.GRUB, null, KernelVersion.PVE_9, false,
        List.of());
  }

  /** This node with its API at {@code endpoint}, e.g. {@code https://pve.lan:8006/} (without {@code /api2/json}). */
  public ProxmoxNode endpoint(String endpoint) {
    return new ProxmoxNode(name, endpoint, address, sshUser, cpu, memory, bootLoader, rootFilesystem, kernel,
        iommuPassthroughMode, declaredStorages);
  }

  /** This node reached over SSH at {@code address} (an IP address or host name) instead of the endpoint's host. */
  public ProxmoxNode address(String address) {
    return new ProxmoxNode(name, endpoint, address, sshUser, cpu, memory, bootLoader, rootFilesystem, kernel,
        iommuPassthroughMode, declaredStorages);
  }

  /** This node reached over SSH as {@code sshUser}. */
  public ProxmoxNode sshUser(String sshUser) {
    return new ProxmoxNode(name, endpoint, address, sshUser, cpu, memory, bootLoader, rootFilesystem, kernel,
        iommuPassthroughMode, declaredStorages);
  }

  /** This node with a CPU from {@code cpu}. */
  public ProxmoxNode cpu(CpuVendor cpu) {
    return new ProxmoxNode(name, endpoint, address, sshUser, cpu, memory, bootLoader, rootFilesystem, kernel,
        iommuPassthroughMode, declaredStorages);
  }

  /** This node with {@code memory} of RAM. */
  public ProxmoxNode memory(Size memory) {
    return new ProxmoxNode(name, endpoint, address, sshUser, cpu, memory, bootLoader, rootFilesystem, kernel,
        iommuPassthroughMode, declaredStorages);
  }

  /** This node booting with {@code bootLoader}. */
  public ProxmoxNode bootLoader(BootLoader bootLoader) {
    return new ProxmoxNode(name, endpoint, address, sshUser, cpu, memory, bootLoader, rootFilesystem, kernel,
        iommuPassthroughMode, declaredStorages);
  }

  /** This node installed on {@code rootFilesystem}, which decides its built-in storages. */
  public ProxmoxNode rootFilesystem(RootFilesystem rootFilesystem) {
    return new ProxmoxNode(name, endpoint, address, sshUser, cpu, memory, bootLoader, rootFilesystem, kernel,
        iommuPassthroughMode, declaredStorages);
  }

  /** This node booting kernel {@code kernel}; only Intel nodes with kernels before 6.8 need {@code intel_iommu=on}. */
  public ProxmoxNode kernel(KernelVersion kernel) {
    return new ProxmoxNode(name, endpoint, address, sshUser, cpu, memory, bootLoader, rootFilesystem, kernel,
        iommuPassthroughMode, declaredStorages);
  }

  /** This node with ({@code true}) or without {@code iommu=pt}, an optional speed-up for passthrough hosts. */
  public ProxmoxNode iommuPassthroughMode(boolean iommuPassthroughMode) {
    return new ProxmoxNode(name, endpoint, address, sshUser, cpu, memory, bootLoader, rootFilesystem, kernel,
        iommuPassthroughMode, declaredStorages);
  }

  /** This node with more storages; one with the id of a built-in storage replaces that storage. */
  public ProxmoxNode storage(Storage... storages) {
    var next = new ArrayList<>(declaredStorages);
    next.addAll(List.of(storages));
    return new ProxmoxNode(name, endpoint, address, sshUser, cpu, memory, bootLoader, rootFilesystem, kernel,
        iommuPassthroughMode, next);
  }

  /**
   * How the installer laid out the system disk: as given, else inferred from the boot loader, since
   * Proxmox VE boots with systemd-boot only from ZFS and an LVM install always boots with GRUB.
   */
  @Override
  public RootFilesystem rootFilesystem() {
    if (rootFilesystem != null) {
      return rootFilesystem;
    }
    return bootLoader == BootLoader.SYSTEMD_BOOT ? RootFilesystem.ZFS : RootFilesystem.LVM;
  }

  /** The SSH address: the one given, or else the host of the endpoint; null when neither is known. */
  @Override
  public String address() {
    if (address != null) {
      return address;
    }
    try {
      return endpoint == null ? null : new URI(endpoint).getHost();
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** Every storage of the node: the built-in ones (as replaced by declared ones), then the declared additions. */
  public List<Storage> storages() {
    var all = new ArrayList<Storage>();
    for (Storage builtIn : rootFilesystem().installerStorages()) {
      all.add(declaredStorages.stream().filter(s -> s.id().equals(builtIn.id())).findFirst().orElse(builtIn));
    }
    for (Storage s : declaredStorages) {
      if (all.stream().noneMatch(a -> a.id().equals(s.id()))) {
        all.add(s);
      }
    }
    return all;
  }

  /** The storage with id {@code id}, if the node has it. */
  public Optional<Storage> findStorage(String id) {
    return storages().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * The IOMMU kernel arguments this node needs: {@code intel_iommu=on} for passthrough on Intel CPUs
   * with kernels before 6.8 (newer kernels enable the IOMMU themselves, AMD kernels always did), and
   * {@code iommu=pt} when asked for. Never {@code amd_iommu=on}, which does nothing.
   *
   * @param passthrough whether the node passes PCI devices to VMs
   */
  public List<String> iommuKernelArgs(boolean passthrough) {
    var args = new ArrayList<String>();
    if (passthrough && cpu == CpuVendor.INTEL && !kernel.atLeast(6, 8)) {
      args.add("intel_iommu=on");
    }
    if (iommuPassthroughMode) {
      args.add("iommu=pt");
    }
    return args;
  }

  /** This node as {@code site} defines it (a reference may be an older copy), or this node when the site lacks it. */
  public ProxmoxNode in(Infra site) {
    return site.all(ProxmoxNode.class).stream().filter(n -> n.name.equals(name)).findFirst().orElse(this);
  }

  /** True when {@code other} refers to the same node (by name). */
  public boolean sameAs(ProxmoxNode other) {
    return other != null && other.name.equals(name);
  }

  @Override
  public String kind() {
    return "node";
  }

  /**
   * The default provider's token when the node has storages to register and the site has no
   * provider; none otherwise.
   */
  @Override
  public List<Secret> secrets(Infra site) {
    boolean registers = storages().stream().anyMatch(s -> !s.builtIn());
    return registers ? ProxmoxProvider.withDefaultToken(site, List.of()) : List.of();
  }

  @Override
  public void validate(ValidationContext context) {
    NodeRules.validate(this, context);
  }

  @Override
  public void emit(Emission out) {
    NodeEmission.emit(this, out);
  }
}
