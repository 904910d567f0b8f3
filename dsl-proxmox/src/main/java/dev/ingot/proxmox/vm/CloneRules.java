package dev.ingot.proxmox.vm;

import dev.ingot.core.validate.Path;
import dev.ingot.core.value.Names;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.DirStorage;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.Storage;

/**
 * The rules for a VM cloned from a template: the template must be reachable from the VM's node,
 * and the clone keeps its template's firmware and cannot shrink its system disk (the VM's first
 * disk, which the provider resizes in place).
 */
final class CloneRules {
  private CloneRules() {}

  static void validate(VmCheck check) {
    Vm vm = check.vm();
    Clone clone = vm.cloneOf();
    VmTemplate template = clone.template();
    Path at = check.at();
    if (!check.context().requirePresent(at.field("clone"), template)) {
      return;
    }
    node(check, template, at.field("clone"));
    if (vm.bios() != null && template.bios() != null && vm.bios() != template.bios()) {
      check.error(at.field("bios"), template.path() + " boots " + describe(template.bios())
          + ", and a clone keeps its template's firmware");
    }
    if (!vm.disks().isEmpty()) {
      Size size = vm.disks().get(0).size();
      if (size != null && template.diskSize() != null && size.compareTo(template.diskSize()) < 0) {
        check.error(at.field("disk", 0).field("size"), size + " is smaller than the " + template.diskSize()
            + " system disk of " + template.path() + "; a clone's disk can only grow");
      }
    }
    if (!clone.full() && template.storage() != null) {
      for (int i = 0; i < vm.disks().size(); i++) {
        Storage storage = vm.disks().get(i).storage();
        if (storage != null && !storage.id().equals(template.storage().id())) {
          check.error(at.field("disk", i).field("storage"), "a linked clone keeps its disks on the template's storage "
              + Names.describe(template.storage().id()) + "; make a full clone to move them");
        }
      }
    }
    if (vm.agent() != null && !template.guestAgent()) {
      check.warning(at.field("agent"), template.path() + " does not run the QEMU guest agent; install"
          + " qemu-guest-agent in the VM (e.g. with its user data), or the provider waits for the agent until it"
          + " times out");
    }
    if (vm.usesCloudInit() && template.guestInit() == GuestInit.NONE) {
      check.warning(at.field("cloudInit"), template.path() + " reads no cloud-init drive, so the VM's cloud-init"
          + " settings (admin, addresses, DNS, user data) have no effect");
    }
  }

  /** A template on another node can only be cloned from when its storage is shared. */
  private static void node(VmCheck check, VmTemplate template, Path at) {
    ProxmoxNode node = check.node();
    ProxmoxNode templateNode = template.node();
    if (node == null || templateNode == null || node.sameAs(templateNode) || template.storage() == null) {
      return;
    }
    Storage storage = check.site().storage(templateNode.name(), template.storage().id());
    if (!(storage instanceof DirStorage dir && dir.shared())) {
      check.error(at, template.path() + " is on node " + Names.describe(templateNode.name()) + " and its storage "
          + Names.describe(template.storage().id()) + " is not shared, so the VM on node "
          + Names.describe(node.name()) + " cannot be cloned from it");
    }
  }

  private static String describe(Bios bios) {
    return bios == Bios.OVMF ? "UEFI (OVMF)" : "SeaBIOS";
  }
}
