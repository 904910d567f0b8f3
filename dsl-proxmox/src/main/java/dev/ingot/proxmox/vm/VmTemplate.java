package dev.ingot.proxmox.vm;

import dev.ingot.core.Component;
import dev.ingot.core.ValidationContext;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.Storage;

/**
 * A Proxmox VM template that VMs are cloned from: a golden image built by Packer, or a template
 * made by Terraform from a downloaded cloud image. A clone must match its template's firmware and
 * cannot have a smaller system disk.
 */
public interface VmTemplate extends Component {
  /** The template's VM id, which clones refer to. */
  VmId vmId();

  /** The node the template lives on. */
  ProxmoxNode node();

  /** The storage that holds the template's disks. */
  Storage storage();

  /** The template VM's name in Proxmox, e.g. {@code debian-13-golden}. */
  String templateName();

  /** The firmware the image was installed for. */
  Bios bios();

  /** The size of the system disk. */
  Size diskSize();

  /** Whether the image runs the QEMU guest agent, so that clones may enable it. */
  boolean guestAgent();

  /** How clones get their first-boot configuration. */
  GuestInit guestInit();

  /**
   * The Ansible inventory group that clones of this template join, so that the template's
   * baseline playbook reaches them; null when clones are not managed with Ansible.
   */
  default String inventoryGroup() {
    return null;
  }

  /**
   * Reports the VM id and name of {@code template} when a VM or template declared before it has
   * them already. A template that is a VM itself ({@link DefinesVm}) gets this from the VM rules.
   */
  static void requireOwnIdentity(VmTemplate template, ValidationContext context) {
    VmSite site = context.index(VmSite.class, VmSite::of);
    site.requireOwnName(template.path(), template.templateName(), context);
    if (template.vmId() != null) {
      site.requireOwnVmId(template.path(), template.vmId(), context);
    }
  }
}
