package dev.ingot.proxmox.vm;

import dev.ingot.core.ValidationContext;
import dev.ingot.core.validate.Path;
import dev.ingot.core.value.Names;
import dev.ingot.proxmox.ContentType;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.Storage;

/**
 * One VM being validated: the VM, where it is in the model, the site index and its node as the site
 * defines it (null when unknown or missing, which is reported once).
 *
 * @param vm the VM
 * @param at the path of the component that defines it
 * @param context the validation run
 * @param site the site index
 * @param node the VM's node as the site defines it, or null
 */
record VmCheck(Vm vm, Path at, ValidationContext context, VmSite site, ProxmoxNode node) {
  /** Records an error at {@code path}. */
  void error(Path path, String message) {
    context.error(path, message);
  }

  /** Records a warning at {@code path}. */
  void warning(Path path, String message) {
    context.warning(path, message);
  }

  /**
   * Reports an error at {@code path} unless the VM's node has {@code storage} and it allows
   * {@code needed}; {@code what} names what is put there, e.g. {@code a VM disk}.
   */
  void storage(Storage storage, ContentType needed, String what, Path path) {
    if (storage == null || node == null) {
      return;
    }
    Storage defined = site.storage(node.name(), storage.id());
    if (defined == null) {
      error(path, "node " + Names.describe(node.name()) + " has no storage " + Names.describe(storage.id()));
    } else if (!defined.allows(needed)) {
      error(path, "storage " + Names.describe(storage.id()) + " of node " + Names.describe(node.name())
          + " does not allow " + needed.value() + ", which " + what + " needs; allow it with addContent(ContentType."
          + needed.name() + ")");
    }
  }
}
