package dev.ingot.proxmox.vm;

import dev.ingot.core.validate.Path;
import dev.ingot.core.value.Names;
import dev.ingot.proxmox.ContentType;
import dev.ingot.proxmox.pci.PciDevice;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The rules for a VM's disks, CD-ROM drive and PCI passthrough. */
final class VmDeviceRules {
  /** The most disks bpg/proxmox takes. */
  static final int MAX_DISKS = 31;
  /** The most PCI devices Proxmox passes to one VM. */
  static final int MAX_PCI = 16;
  /** The slot where the provider puts the cloud-init drive unless told otherwise. */
  static final String CLOUD_INIT_SLOT = "ide2";
  private static final Pattern CDROM_SLOT = Pattern.compile("ide[0-3]|sata[0-5]|scsi([0-9]|1[0-3])");
  private static final Pattern ISO_FILE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._+-]*\\.(iso|img)");

  private VmDeviceRules() {}

  static void validate(VmCheck check) {
    Map<String, Integer> slots = disks(check);
    if (check.vm().cdrom() != null) {
      cdrom(check, slots);
    }
    passthrough(check);
  }

  /** Checks the disks and returns the disk index of every interface name. */
  private static Map<String, Integer> disks(VmCheck check) {
    Vm vm = check.vm();
    Path at = check.at();
    Map<String, Integer> slots = new HashMap<>();
    if (vm.disks().size() > MAX_DISKS) {
      check.error(at.field("disk"), "a VM takes at most " + MAX_DISKS + " disks, not " + vm.disks().size());
    }
    for (int i = 0; i < vm.disks().size(); i++) {
      VmDisk disk = vm.disks().get(i);
      Path dat = at.field("disk", i);
      disk.validate(dat, check.context().problems());
      Integer other = slots.putIfAbsent(disk.interfaceName(), i);
      if (other != null) {
        check.error(dat, disk.interfaceName() + " is also disk[" + other + "]");
      }
      check.storage(disk.storage(), ContentType.IMAGES, "a VM disk", dat.field("storage"));
      if (Boolean.TRUE.equals(disk.iothread()) && disk.bus() == DiskBus.SCSI
          && vm.scsiController() != ScsiController.VIRTIO_SCSI_SINGLE) {
        check.warning(dat.field("iothread"), "Proxmox ignores iothread on SCSI disks unless the SCSI controller is"
            + " virtio-scsi-single; set scsiController(ScsiController.VIRTIO_SCSI_SINGLE)");
      }
      if (disk.importFrom() != null) {
        imported(check, disk.importFrom(), dat.field("importFrom"));
      }
    }
    return slots;
  }

  private static void imported(VmCheck check, CloudImage image, Path at) {
    check.storage(image.storage(), ContentType.IMPORT, "an image download", at.field("storage"));
    if (check.node() != null) {
      String node = check.node().name();
      CloudImage first = check.site().download(image.resourceName(node));
      if (first != null && !VmEmission.download(first, node).equals(VmEmission.download(image, node))) {
        check.error(at, "image " + Names.describe(image.name()) + " is defined twice with different settings for node "
            + Names.describe(check.node().name()) + "; use one CloudImage value");
      }
    }
  }

  private static void cdrom(VmCheck check, Map<String, Integer> slots) {
    Vm vm = check.vm();
    Cdrom cdrom = vm.cdrom();
    Path at = check.at().field("cdrom");
    if (!CDROM_SLOT.matcher(cdrom.slot()).matches()) {
      check.error(at.field("slot"), Names.describe(cdrom.slot()) + " is not a CD-ROM slot: use ide0 to ide3, sata0 to"
          + " sata5 or scsi0 to scsi13");
    } else if (vm.machine() == Machine.Q35 && (cdrom.slot().equals("ide1") || cdrom.slot().equals("ide3"))) {
      check.error(at.field("slot"), "q35 machines have no " + cdrom.slot() + "; use ide0 or a SATA slot");
    } else if (cdrom.slot().equals(CLOUD_INIT_SLOT) && vm.usesCloudInit()) {
      check.error(at.field("slot"), CLOUD_INIT_SLOT + " holds the cloud-init drive; put the CD-ROM in ide0");
    } else if (slots.containsKey(cdrom.slot())) {
      check.error(at.field("slot"), cdrom.slot() + " is also disk[" + slots.get(cdrom.slot()) + "]");
    }
    if (!ISO_FILE.matcher(cdrom.file()).matches()) {
      check.error(at.field("file"), Names.describe(cdrom.file()) + " is not the file name of an ISO image (.iso or"
          + " .img) without a directory");
    }
    check.storage(cdrom.storage(), ContentType.ISO, "an ISO image", at.field("storage"));
  }

  private static void passthrough(VmCheck check) {
    Vm vm = check.vm();
    if (vm.passthrough().size() > MAX_PCI) {
      check.error(check.at().field("passthrough"), "a VM takes at most " + MAX_PCI + " PCI devices, not "
          + vm.passthrough().size());
    }
    Map<String, Integer> seen = new HashMap<>();
    int primary = -1;
    for (int i = 0; i < vm.passthrough().size(); i++) {
      HostPci pci = vm.passthrough().get(i);
      PciDevice device = pci.device();
      Path at = check.at().field("passthrough", i);
      Integer other = seen.putIfAbsent(device.name(), i);
      if (other != null) {
        check.error(at, "pci device " + Names.describe(device.name()) + " is also passthrough[" + other + "]");
        continue;
      }
      if (pci.primaryGpu() && primary >= 0) {
        check.error(at, "passthrough[" + primary + "] is already the primary GPU");
      } else if (pci.primaryGpu()) {
        primary = i;
      }
      if (Boolean.TRUE.equals(pci.pcie()) && vm.machine() != Machine.Q35) {
        check.error(at.field("pcie"), "PCIe passthrough needs the q35 machine; set machine(Machine.Q35)");
      }
      if (check.context().requirePresent(at, device)) {
        device(check, device, at);
      }
    }
  }

  private static void device(VmCheck check, PciDevice device, Path at) {
    String name = Names.describe(device.name());
    if (device.mapping() == null) {
      check.error(at, "pci device " + name + " has no resource mapping, and only root@pam may pass raw PCI ids (not"
          + " an API token); give the device mapping(…)");
    }
    if (check.node() != null && device.node() != null && !check.node().sameAs(device.node())) {
      check.error(at, "pci device " + name + " is in node " + Names.describe(device.node().name()) + ", but the VM"
          + " runs on node " + Names.describe(check.node().name()));
    }
    Vm vm = check.vm();
    Path owner = check.site().pciOwner(device.name());
    if (vm.onBoot() && !vm.template() && owner != null && !owner.equals(check.at())) {
      check.error(at, "pci device " + name + " is also passed through to " + owner + ", and both start on boot; a"
          + " device serves one running VM, so set onBoot(false) on one of them");
    }
  }
}
