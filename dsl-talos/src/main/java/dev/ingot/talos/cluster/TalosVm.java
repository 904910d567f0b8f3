package dev.ingot.talos.cluster;

import dev.ingot.core.validate.Path;
import dev.ingot.proxmox.pci.PciDevice;
import dev.ingot.proxmox.vm.CloudImage;
import dev.ingot.proxmox.vm.DefinesVm;
import dev.ingot.proxmox.vm.DiskCache;
import dev.ingot.proxmox.vm.GuestAgent;
import dev.ingot.proxmox.vm.Machine;
import dev.ingot.proxmox.vm.OsType;
import dev.ingot.proxmox.vm.ScsiController;
import dev.ingot.proxmox.vm.Vm;
import dev.ingot.proxmox.vm.VmDisk;
import dev.ingot.talos.patch.ConfigContract;
import dev.ingot.talos.schematic.DiskImageFormat;
import dev.ingot.talos.schematic.TalosSchematic;
import java.time.Duration;
import java.util.Objects;

/**
 * The Proxmox VM of a Talos node, checked by the VM rules of {@code dsl-proxmox} at the node's path
 * and emitted as its {@code proxmox_virtual_environment_vm}.
 *
 * <p>The VM is made as the Talos guide for Proxmox asks: q35, UEFI (OVMF) with an EFI disk without
 * pre-enrolled keys, CPU type {@code host}, a VirtIO SCSI controller (not "single"), write-through
 * cache, a virtio NIC, no ballooning, the guest agent only when the schematic carries it, waited
 * for at most {@link #AGENT_TIMEOUT} (a node in maintenance mode may not run it yet). Its
 * system disk is imported from the nocloud image of its schematic ({@code qcow2}, which Proxmox
 * imports without unpacking), downloaded once onto each node that runs Talos VMs of that image;
 * or, when its group names a {@link dev.ingot.talos.image.TalosGoldenImage}, it is a full clone of
 * that template, whose firmware and EFI disk it keeps.
 * Static addresses, the gateway and DNS servers go to the cloud-init drive, which Talos's nocloud
 * platform reads. Longhorn workers get a second disk for its user volume.
 *
 * @param path where the node is in problem reports
 * @param vm the VM
 */
record TalosVm(Path path, Vm vm) implements DefinesVm {
  /** The format of the downloaded disk images. */
  static final DiskImageFormat IMAGE_FORMAT = DiskImageFormat.QCOW2;

  /**
   * How long the provider waits for the agent of a Talos VM to report its addresses, instead of its
   * 15 minutes: a node waiting for its configuration may not run its extensions, and its addresses
   * are known from the model anyway.
   */
  static final Duration AGENT_TIMEOUT = Duration.ofMinutes(1);

  /** Checks for null. */
  TalosVm {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(vm, "vm");
  }

  /** True when {@code node}'s specification says enough to make its VM (the group rules report what is missing). */
  static boolean buildable(TalosNode node) {
    NodeSpec spec = node.spec();
    boolean addressed = spec.address() != null
        ? spec.address().isValid() && node.staticAddress() != null
        : spec.dhcpAddress() != null;
    return spec.node() != null && spec.storage() != null && spec.cores() != null && spec.memory() != null
        && spec.diskSize() != null && addressed;
  }

  /** The VM of {@code node} of {@code c}, written for configuration contract {@code contract}. */
  static TalosVm of(TalosCluster c, TalosNode node, ConfigContract contract) {
    NodeSpec spec = node.spec();
    Vm vm = Vm.named(node.name())
        .on(spec.node())
        .cores(spec.cores())
        .memory(spec.memory())
        .machine(Machine.Q35)
        .scsiController(ScsiController.VIRTIO_SCSI_PCI)
        .os(OsType.L26)
        .tags("talos", c.name());
    VmDisk system = VmDisk.scsi(0).on(spec.storage()).size(spec.diskSize()).cache(DiskCache.WRITETHROUGH);
    if (spec.template() != null) {
      vm = vm.cloneOf(spec.template()).disk(system);
    } else {
      vm = vm.uefi(spec.storage(), false).disk(system.importFrom(image(c.schematicOf(node.group()))));
    }
    if (c.longhornStorage() != null && node.role() == NodeRole.WORKER && contract.userVolumes()) {
      vm = vm.disk(VmDisk.scsi(1).on(spec.storage()).size(c.longhornStorage().diskSize())
          .cache(DiskCache.WRITETHROUGH));
    }
    if (node.vmId() != null) {
      vm = vm.vmId(node.vmId());
    }
    if (node.staticAddress() != null) {
      vm = vm.ip(node.staticAddress().text());
      if (c.gateway() != null) {
        vm = vm.gateway(c.gateway().text());
      }
    } else {
      vm = vm.dhcp();
    }
    if (!c.nameservers().isEmpty()) {
      vm = vm.dns(null, c.nameservers().stream().map(a -> a.text()).toArray(String[]::new));
    }
    if (c.guestAgentOf(node.group())) {
      vm = vm.guestAgent(GuestAgent.enabled().timeout(AGENT_TIMEOUT));
    }
    for (PciDevice device : spec.passthrough()) {
      vm = vm.passthrough(device);
    }
    return new TalosVm(node.path(c.path()), vm);
  }

  /**
   * The download of the nocloud disk image of {@code schematic}: named after the schematic and the
   * Talos release, so that images of different schematics do not overwrite each other.
   */
  static CloudImage image(TalosSchematic schematic) {
    String name = "talos-" + schematic.name() + "-" + schematic.talosVersion();
    return CloudImage.of(name, schematic.urls().diskImage(IMAGE_FORMAT))
        .fileName(name + "-" + schematic.platform().id() + "-" + schematic.arch().id() + "." + IMAGE_FORMAT.suffix())
        .unpinned("the Image Factory addresses images by schematic ID and Talos release and publishes no checksum");
  }

  @Override
  public String kind() {
    return "vm";
  }

  @Override
  public String name() {
    return vm.name();
  }
}
