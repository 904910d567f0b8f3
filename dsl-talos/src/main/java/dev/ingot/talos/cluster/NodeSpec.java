package dev.ingot.talos.cluster;

import dev.ingot.core.value.Cidr;
import dev.ingot.core.value.IpAddress;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.Storage;
import dev.ingot.proxmox.pci.PciDevice;
import dev.ingot.proxmox.zfs.ZfsPool;
import dev.ingot.talos.image.TalosGoldenImage;
import dev.ingot.talos.patch.RawPatch;
import dev.ingot.talos.patch.Taint;
import dev.ingot.talos.schematic.TalosSchematic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How the nodes of a group are made: the Proxmox VM they run in and the Talos settings they get.
 * A cluster hands one to the function that describes a group:
 *
 * <pre>{@code
 * .controlPlanes(3, n -> n.on(pve).storage(tank).cores(4).memory(Size.gib(8)).ip("10.0.10.11/24"))
 * .worker("gpu-1", w -> w.on(pve).storage(tank).schematic(gpuNode).passthrough(gpu)
 *     .cores(8).memory(Size.gib(32)).ip("10.0.10.21/24").label("nvidia.com/gpu.present", "true"))
 * }</pre>
 *
 * <p>In a group of several nodes, {@link #ip} is the first node's address and the others follow
 * it ({@code .11}, {@code .12}, {@code .13}); {@link #vmId} likewise.
 *
 * @param node the Proxmox node the VMs run on
 * @param storage the storage of their disks
 * @param cores CPU cores per VM
 * @param memory RAM per VM (ballooning is off for Talos)
 * @param diskSize the size of the system disk
 * @param schematic the image schematic, or null for the cluster's
 * @param passthrough PCI devices passed through to the VM (a GPU), by their resource mapping
 * @param address the static address with prefix length (of the first node), or null
 * @param dhcpAddress the address a DHCP reservation gives the (first) node, or null
 * @param vmId the VM id (of the first node), or null to let Proxmox choose
 * @param guestAgent whether the VM's QEMU guest agent is enabled; null to follow the schematic
 * @param labels Kubernetes node labels
 * @param taints Kubernetes node taints
 * @param kernelModules kernel modules to load, besides those the features need
 * @param sysctls kernel parameters
 * @param kubeletMounts host directories bound into the kubelet container
 * @param installDisk the install disk, or null for the cluster's
 * @param patches hand-written patches for these nodes
 * @param template the golden image the VMs are cloned from, or null to import the downloaded image
 */
public record NodeSpec(
    ProxmoxNode node,
    Storage storage,
    Integer cores,
    Size memory,
    Size diskSize,
    TalosSchematic schematic,
    List<PciDevice> passthrough,
    Cidr address,
    IpAddress dhcpAddress,
    Long vmId,
    Boolean guestAgent,
    SortedMap<String, String> labels,
    List<Taint> taints,
    List<String> kernelModules,
    SortedMap<String, String> sysctls,
    List<String> kubeletMounts,
    String installDisk,
    List<RawPatch> patches,
    TalosGoldenImage template) {
  /** The system disk size unless set: 32 GiB (Talos needs at least 10 GiB). */
  public static final Size DEFAULT_DISK = Size.gib(32);

  /** Copies the collections. */
  public NodeSpec {
    passthrough = List.copyOf(passthrough);
    labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
    taints = List.copyOf(taints);
    kernelModules = List.copyOf(kernelModules);
    sysctls = Collections.unmodifiableSortedMap(new TreeMap<>(sysctls));
    kubeletMounts = List.copyOf(kubeletMounts);
    patches = List.copyOf(patches);
  }

  /** An empty specification: nothing placed yet, a {@link #DEFAULT_DISK} system disk. */
  public static NodeSpec empty() {
    return new Builder().build();
  }

  /** A builder holding this specification. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** These nodes on Proxmox node {@code node}. */
  public NodeSpec on(ProxmoxNode node) {
    return toBuilder().node(node).build();
  }

  /** These nodes' disks on {@code storage}. */
  public NodeSpec storage(Storage storage) {
    return toBuilder().storage(storage).build();
  }

  /** These nodes' disks on the storage that registers {@code pool}. */
  public NodeSpec storage(ZfsPool pool) {
    return toBuilder().storage(pool.storage()).build();
  }

  /** These nodes with {@code cores} CPU cores each. */
  public NodeSpec cores(int cores) {
    return toBuilder().cores(cores).build();
  }

  /** These nodes with {@code memory} of RAM each. */
  public NodeSpec memory(Size memory) {
    return toBuilder().memory(memory).build();
  }

  /** These nodes with a system disk of {@code size}. */
  public NodeSpec disk(Size size) {
    return toBuilder().diskSize(size).build();
  }

  /** These nodes booting images of {@code schematic} instead of the cluster's. */
  public NodeSpec schematic(TalosSchematic schematic) {
    return toBuilder().schematic(schematic).build();
  }

  /** These nodes with {@code devices} passed through (a GPU and its functions), by their resource mapping. */
  public NodeSpec passthrough(PciDevice... devices) {
    var next = new ArrayList<>(passthrough);
    next.addAll(Arrays.asList(devices));
    return toBuilder().passthrough(next).build();
  }

  /**
   * These nodes at static addresses: {@code cidr} (e.g. {@code "10.0.10.11/24"}) for the first
   * node, the following addresses for the others. Talos reads it from the Proxmox cloud-init drive
   * (nocloud platform).
   */
  public NodeSpec ip(String cidr) {
    return toBuilder().address(Cidr.of(cidr)).dhcpAddress(null).build();
  }

  /**
   * These nodes configured by DHCP, whose reservation gives the first node {@code address} (and
   * the others the following addresses): Terraform and talosctl reach the nodes there.
   */
  public NodeSpec dhcp(String address) {
    return toBuilder().address(null).dhcpAddress(IpAddress.of(address)).build();
  }

  /** These nodes with VM id {@code id} for the first node and the following ids for the others. */
  public NodeSpec vmId(long id) {
    return toBuilder().vmId(id).build();
  }

  /** These nodes with the QEMU guest agent enabled or not; by default it is when the schematic carries it. */
  public NodeSpec guestAgent(boolean enabled) {
    return toBuilder().guestAgent(enabled).build();
  }

  /** These nodes with the Kubernetes label {@code key=value}. */
  public NodeSpec label(String key, String value) {
    var next = new TreeMap<>(labels);
    next.put(key, value);
    return toBuilder().labels(next).build();
  }

  /** These nodes with {@code taint}; a worker registers with it when it first joins. */
  public NodeSpec taint(Taint taint) {
    var next = new ArrayList<>(taints);
    next.add(taint);
    return toBuilder().taints(next).build();
  }

  /** These nodes loading the kernel modules {@code modules}. */
  public NodeSpec kernelModules(String... modules) {
    var next = new ArrayList<>(kernelModules);
    next.addAll(Arrays.asList(modules));
    return toBuilder().kernelModules(next).build();
  }

  /** These nodes with the kernel parameter {@code name=value}. */
  public NodeSpec sysctl(String name, String value) {
    var next = new TreeMap<>(sysctls);
    next.put(name, value);
    return toBuilder().sysctls(next).build();
  }

  /** These nodes binding host directory {@code path} into the kubelet (bind, rshared, rw); not for contract v1.14. */
  public NodeSpec kubeletMount(String path) {
    var next = new ArrayList<>(kubeletMounts);
    next.add(path);
    return toBuilder().kubeletMounts(next).build();
  }

  /** These nodes installing Talos to {@code disk} instead of the cluster's install disk. */
  public NodeSpec installDisk(String disk) {
    return toBuilder().installDisk(disk).build();
  }

  /**
   * These nodes as full clones of {@code image}, a Talos template built by Packer, instead of VMs
   * whose disk is imported from the downloaded image; the image must be of the nodes' schematic.
   */
  public NodeSpec cloneOf(TalosGoldenImage image) {
    return toBuilder().template(image).build();
  }

  /** These nodes with one more hand-written patch. */
  public NodeSpec patch(RawPatch patch) {
    var next = new ArrayList<>(patches);
    next.add(patch);
    return toBuilder().patches(next).build();
  }

  /** Builds a {@link NodeSpec}; every setter replaces the value. */
  public static final class Builder {
    private ProxmoxNode node;
    private Storage storage;
    private Integer cores;
    private Size memory;
    private Size diskSize = DEFAULT_DISK;
    private TalosSchematic schematic;
    private List<PciDevice> passthrough = List.of();
    private Cidr address;
    private IpAddress dhcpAddress;
    private Long vmId;
    private Boolean guestAgent;
    private SortedMap<String, String> labels = new TreeMap<>();
    private List<Taint> taints = List.of();
    private List<String> kernelModules = List.of();
    private SortedMap<String, String> sysctls = new TreeMap<>();
    private List<String> kubeletMounts = List.of();
    private String installDisk;
    private List<RawPatch> patches = List.of();
    private TalosGoldenImage template;

    /** An empty builder. */
    public Builder() {}

    private Builder(NodeSpec s) {
      node = s.node;
      storage = s.storage;
      cores = s.cores;
      memory = s.memory;
      diskSize = s.diskSize;
      schematic = s.schematic;
      passthrough = s.passthrough;
      address = s.address;
      dhcpAddress = s.dhcpAddress;
      vmId = s.vmId;
      guestAgent = s.guestAgent;
      labels = s.labels;
      taints = s.taints;
      kernelModules = s.kernelModules;
      sysctls = s.sysctls;
      kubeletMounts = s.kubeletMounts;
      installDisk = s.installDisk;
      patches = s.patches;
      template = s.template;
    }

    /** Sets the Proxmox node. */
    public Builder node(ProxmoxNode value) {
      node = value;
      return this;
    }

    /** Sets the storage. */
    public Builder storage(Storage value) {
      storage = value;
      return this;
    }

    /** Sets the cores. */
    public Builder cores(Integer value) {
      cores = value;
      return this;
    }

    /** Sets the memory. */
    public Builder memory(Size value) {
      memory = value;
      return this;
    }

    /** Sets the system disk size. */
    public Builder diskSize(Size value) {
      diskSize = value;
      return this;
    }

    /** Sets the schematic. */
    public Builder schematic(TalosSchematic value) {
      schematic = value;
      return this;
    }

    /** Sets the passed-through devices. */
    public Builder passthrough(List<PciDevice> value) {
      passthrough = value;
      return this;
    }

    /** Sets the static address. */
    public Builder address(Cidr value) {
      address = value;
      return this;
    }

    /** Sets the DHCP-reserved address. */
    public Builder dhcpAddress(IpAddress value) {
      dhcpAddress = value;
      return this;
    }

    /** Sets the VM id. */
    public Builder vmId(Long value) {
      vmId = value;
      return this;
    }

    /** Sets whether the guest agent is enabled. */
    public Builder guestAgent(Boolean value) {
      guestAgent = value;
      return this;
    }

    /** Sets the labels. */
    public Builder labels(SortedMap<String, String> value) {
      labels = value;
      return this;
    }

    /** Sets the taints. */
    public Builder taints(List<Taint> value) {
      taints = value;
      return this;
    }

    /** Sets the kernel modules. */
    public Builder kernelModules(List<String> value) {
      kernelModules = value;
      return this;
    }

    /** Sets the kernel parameters. */
    public Builder sysctls(SortedMap<String, String> value) {
      sysctls = value;
      return this;
    }

    /** Sets the kubelet mounts. */
    public Builder kubeletMounts(List<String> value) {
      kubeletMounts = value;
      return this;
    }

    /** Sets the install disk. */
    public Builder installDisk(String value) {
      installDisk = value;
      return this;
    }

    /** Sets the patches. */
    public Builder patches(List<RawPatch> value) {
      patches = value;
      return this;
    }

    /** Sets the golden image the VMs are cloned from. */
    public Builder template(TalosGoldenImage value) {
      template = value;
      return this;
    }

    /** The specification. */
    public NodeSpec build() {
      return new NodeSpec(node, storage, cores, memory, diskSize, schematic, passthrough, address, dhcpAddress,
          vmId, guestAgent, labels, taints, kernelModules, sysctls, kubeletMounts, installDisk, patches, template);
    }
  }
}
