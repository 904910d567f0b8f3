package dev.ingot.talos.cluster;

import dev.ingot.core.ValidationContext;
import dev.ingot.core.validate.Path;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.pci.PciDevice;
import dev.ingot.talos.image.TalosGoldenImage;
import dev.ingot.talos.patch.MachinePatch;
import dev.ingot.talos.schematic.OfficialExtension;
import dev.ingot.talos.schematic.TalosSchematic;
import java.util.List;
import java.util.Map;

/**
 * The checks of one node group: what its VMs need, its schematic against the features it needs,
 * its settings. Each node's VM is then checked by the VM rules of {@code dsl-proxmox} (storages,
 * devices, addresses, ids), see {@link TalosVm}.
 */
final class GroupRules {
  private static final Size MIN_DISK = Size.gib(10);

  private GroupRules() {}

  /** Adds the problems of {@code group} of cluster {@code c}. */
  static void validate(TalosCluster c, NodeGroup group, ValidationContext context) {
    Path at = group.path(c.path());
    NodeSpec spec = group.spec();
    if (group.role() == NodeRole.WORKER) {
      ClusterRules.requireName(group.name(), at.field("name"), context);
      if (group.count() < 1) {
        context.error(at.field("count"), "a worker group needs at least one node, not " + group.count());
      }
    }
    if (group.count() < 1) {
      return;
    }
    checkVm(group, spec, at, context);
    checkAddress(c, group, spec, at, context);
    TalosSchematic schematic = c.schematicOf(group);
    if (spec.schematic() != null) {
      schematic.validate(at.field("schematic"), context.problems());
    }
    checkGuestAgent(spec, schematic, at, context);
    if (spec.template() != null) {
      checkTemplate(spec.template(), schematic, at.field("template"), context);
    }
    checkGpu(group, spec, schematic, at, context);
    if (c.longhornStorage() != null && group.role() == NodeRole.WORKER) {
      checkLonghorn(schematic, at, context);
    }
    if (group.role() == NodeRole.WORKER) {
      checkWorkerLabels(spec, at, context);
    }
    if (!spec.kubeletMounts().isEmpty()) {
      new MachinePatch.KubeletMounts(spec.kubeletMounts()).unsupported(c.contract(context.infra()))
          .ifPresent(why -> context.error(at.field("kubeletMounts"), why));
    }
    String disk = c.installDiskOf(group);
    if (!disk.startsWith("/dev/")) {
      context.error(at.field("installDisk"), "\"" + disk + "\" is not a device path such as /dev/sda");
    }
    ClusterRules.checkPatches(c, spec.patches(), at.field("patches"), context);
  }

  private static void checkVm(NodeGroup group, NodeSpec spec, Path at, ValidationContext context) {
    boolean controlPlane = group.role() == NodeRole.CONTROL_PLANE;
    if (spec.node() == null) {
      context.error(at.field("node"), "the nodes need a Proxmox node to run on: on(pve)");
    }
    if (spec.storage() == null) {
      context.error(at.field("storage"), "the nodes need a storage for their disks: storage(pool)");
    }
    int minCores = controlPlane ? 2 : 1;
    Size minMemory = controlPlane ? Size.gib(2) : Size.gib(1);
    String role = controlPlane ? "a control plane node" : "a worker";
    if (spec.cores() == null) {
      context.error(at.field("cores"), "the nodes need a number of CPU cores: cores(" + (controlPlane ? 4 : 8) + ")");
    } else if (spec.cores() < minCores) {
      context.error(at.field("cores"), "Talos needs at least " + minCores + " cores for " + role + ", not "
          + spec.cores());
    }
    if (spec.memory() == null) {
      context.error(at.field("memory"), "the nodes need memory: memory(Size.gib(" + (controlPlane ? 8 : 16) + "))");
    } else if (spec.memory().compareTo(minMemory) < 0) {
      context.error(at.field("memory"), "Talos needs at least " + minMemory.toGib() + " GiB of memory for " + role
          + ", not " + spec.memory().toMib() + " MiB");
    }
    if (spec.diskSize() == null || spec.diskSize().compareTo(MIN_DISK) < 0) {
      context.error(at.field("diskSize"), "Talos needs a system disk of at least 10 GiB");
    }
  }

  private static void checkAddress(TalosCluster c, NodeGroup group, NodeSpec spec, Path at, ValidationContext context) {
    if (spec.address() == null && spec.dhcpAddress() == null) {
      context.error(at, "the nodes need an address: ip(\"10.0.10.11/24\") for a static one (preferred), or"
          + " dhcp(\"10.0.10.31\") with the address their DHCP reservation gives");
      return;
    }
    if (spec.address() != null) {
      spec.address().validate(at.field("ip"), context.problems());
      if (spec.address().isValid() && group.count() > 1 && !spec.address().address().isV4()) {
        context.error(at.field("ip"), "Ingot counts consecutive addresses for IPv4 only; give each node of an IPv6"
            + " group its own address with single workers");
      }
      if (c.gateway() == null) {
        context.error(at.field("ip"), "nodes with static addresses need the cluster's gateway: gateway(\"…\")");
      }
    } else {
      spec.dhcpAddress().validate(at.field("dhcp"), context.problems());
    }
  }

  private static void checkTemplate(TalosGoldenImage image, TalosSchematic schematic, Path at,
      ValidationContext context) {
    TalosSchematic built = image.schematic();
    if (!built.id().equals(schematic.id()) || !built.talosVersion().equals(schematic.talosVersion())) {
      context.error(at, "golden image " + image.name() + " holds Talos " + built.talosVersion() + " of schematic "
          + built.name() + ", but the nodes run Talos " + schematic.talosVersion() + " of schematic " + schematic.name()
          + ": clone an image of the same schematic and release");
    }
  }

  private static void checkGuestAgent(NodeSpec spec, TalosSchematic schematic, Path at, ValidationContext context) {
    if (Boolean.TRUE.equals(spec.guestAgent()) && !schematic.contains(OfficialExtension.QEMU_GUEST_AGENT)) {
      context.error(at.field("guestAgent"), "the QEMU guest agent is enabled, but schematic " + schematic.name()
          + " lacks siderolabs/qemu-guest-agent: add the extension, or Proxmox waits for an agent that never answers");
    }
  }

  /** Checks what the VMs' passthrough means for the group; each VM checks its devices itself. */
  private static void checkGpu(NodeGroup group, NodeSpec spec, TalosSchematic schematic, Path at,
      ValidationContext context) {
    List<PciDevice> devices = spec.passthrough();
    boolean nvidiaDevice = devices.stream().anyMatch(Nvidia::isNvidia);
    boolean drivers = Nvidia.hasModules(schematic) || Nvidia.hasToolkit(schematic);
    if (nvidiaDevice && !drivers) {
      context.error(at.field("schematic"), "the nodes pass through an NVIDIA GPU, but schematic " + schematic.name()
          + " lacks the NVIDIA extensions: add siderolabs/nvidia-open-gpu-kernel-modules-production and"
          + " siderolabs/nvidia-container-toolkit-production (or their LTS or proprietary variants)");
    } else if (Nvidia.hasModules(schematic) && !nvidiaDevice) {
      context.error(at.field("passthrough"), "schematic " + schematic.name() + " carries NVIDIA drivers, but the"
          + " nodes pass through no NVIDIA device: add the GPU with passthrough(gpu)");
    }
  }

  private static void checkLonghorn(TalosSchematic schematic, Path at, ValidationContext context) {
    List<String> missing = List.of(OfficialExtension.ISCSI_TOOLS, OfficialExtension.UTIL_LINUX_TOOLS).stream()
        .filter(e -> !schematic.contains(e))
        .map(OfficialExtension::fullName)
        .toList();
    if (!missing.isEmpty()) {
      context.error(at.field("schematic"), "Longhorn needs siderolabs/iscsi-tools and siderolabs/util-linux-tools on"
          + " every worker, but schematic " + schematic.name() + " lacks " + String.join(" and ", missing));
    }
  }

  /** Worker labels the NodeRestriction admission plugin forbids a kubelet to set. */
  private static void checkWorkerLabels(NodeSpec spec, Path at, ValidationContext context) {
    for (Map.Entry<String, String> label : spec.labels().entrySet()) {
      if (NodeRestriction.forbids(label.getKey())) {
        context.error(at.field("labels").key(label.getKey()), "a worker may not set label " + label.getKey()
            + " on itself (the NodeRestriction admission plugin reserves the kubernetes.io and k8s.io prefixes): use"
            + " another prefix, such as example.com/" + label.getKey().substring(label.getKey().indexOf('/') + 1));
      }
    }
  }
}
