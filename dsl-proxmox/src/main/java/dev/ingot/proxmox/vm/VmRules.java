package dev.ingot.proxmox.vm;

import dev.ingot.core.ValidationContext;
import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.value.Admin;
import dev.ingot.core.value.Names;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.ContentType;
import dev.ingot.proxmox.ProxmoxNode;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules a VM follows, alone and in its site; devices, networks and clones have their own classes. */
final class VmRules {
  private static final Size MIN_MEMORY = Size.mib(64);
  private static final Size MAX_MEMORY = Size.mib(268_435_456);
  private static final Pattern TAG = Pattern.compile("[a-z0-9_][a-z0-9_+.-]*");

  private VmRules() {}

  static void validate(DefinesVm component, ValidationContext context) {
    Vm vm = component.vm();
    VmSite site = context.index(VmSite.class, VmSite::of);
    Path at = component.path();
    var check = new VmCheck(vm, at, context, site, node(vm, at, context, site));
    identity(check);
    vm.cpu().validate(at.field("cpu"), context.problems());
    memory(check);
    firmware(check);
    VmDeviceRules.validate(check);
    VmNetworkRules.validate(check);
    if (vm.agent() != null) {
      vm.agent().validate(at.field("agent"), context.problems());
    }
    tags(vm, at, context.problems());
    if (vm.startup() != null) {
      vm.startup().validate(at.field("startup"), context.problems());
    }
    if (vm.cloneOf() != null) {
      CloneRules.validate(check);
    }
    windowsPassword(check);
  }

  /**
   * On Windows, cloudbase-init makes the password of the cloud-init drive the account's password as
   * it is, so the admin's crypt(3) hash would become the password itself.
   */
  private static void windowsPassword(VmCheck check) {
    Vm vm = check.vm();
    Admin admin = vm.cloudInit().admin();
    if (admin == null || admin.passwordHash() == null || vm.cloudInit().userData() != null) {
      return;
    }
    boolean windows = vm.os() != null && vm.os().isWindows()
        || vm.cloneOf() != null && vm.cloneOf().template().guestInit() == GuestInit.CLOUDBASE_INIT;
    if (windows) {
      check.error(check.at().field("cloudInit").field("admin").field("passwordHash"), "cloudbase-init makes the"
          + " cloud-init password the Windows password as it is, and the admin's is a crypt(3) hash, which would"
          + " become the password itself: give this VM an admin without passwordHash(…) and log in with SSH keys");
    }
  }

  private static ProxmoxNode node(Vm vm, Path at, ValidationContext context, VmSite site) {
    if (vm.node() == null) {
      context.error(at.field("node"), "set the node with on(node)" + (vm.template() ? "" : ", or clone a template"));
      return null;
    }
    return context.requirePresent(at.field("node"), vm.node()) ? site.node(vm.node().name()) : null;
  }

  private static void identity(VmCheck check) {
    Vm vm = check.vm();
    Problems problems = check.context().problems();
    Names.requireDnsLabel(vm.name(), check.at().field("name"), problems);
    check.site().requireOwnName(check.at(), vm.name(), check.context());
    if (vm.vmId() != null) {
      vm.vmId().validate(check.at().field("vmId"), problems);
      check.site().requireOwnVmId(check.at(), vm.vmId(), check.context());
    }
  }

  private static void memory(VmCheck check) {
    Vm vm = check.vm();
    Path at = check.at().field("memory");
    Size memory = vm.memory();
    if (memory == null) {
      check.error(at, "set the RAM with memory(Size.gib(…))");
      return;
    }
    if (!memory.isWholeMib()) {
      check.error(at, memory + " is not a whole number of MiB");
    } else if (memory.compareTo(MIN_MEMORY) < 0) {
      check.error(at, "a VM needs at least 64 MiB of RAM, not " + memory);
    } else if (memory.compareTo(MAX_MEMORY) > 0) {
      check.error(at, memory + " is more RAM than the provider accepts (" + MAX_MEMORY + ")");
    } else if (check.node() != null && check.node().memory() != null && memory.compareTo(check.node().memory()) > 0) {
      check.error(at, "the VM's " + memory + " of RAM is more than the " + check.node().memory() + " of node "
          + Names.describe(check.node().name()));
    }
    Size balloon = vm.balloon();
    if (balloon == null) {
      return;
    }
    Path bat = check.at().field("balloon");
    if (!balloon.isPositive()) {
      check.error(bat, "the balloon minimum must be positive; leave ballooning out to turn the balloon off");
    } else if (!balloon.isWholeMib()) {
      check.error(bat, balloon + " is not a whole number of MiB");
    } else if (balloon.compareTo(memory) > 0) {
      check.error(bat, "the balloon minimum of " + balloon + " is more than the VM's " + memory + " of RAM");
    } else if (!vm.passthrough().isEmpty()) {
      check.warning(bat, "the RAM of a VM with PCI passthrough is pinned, so the balloon cannot shrink it");
    }
  }

  private static void firmware(VmCheck check) {
    Vm vm = check.vm();
    Path at = check.at();
    Bios bios = vm.firmware();
    boolean clonesEfiDisk = vm.cloneOf() != null && vm.cloneOf().template().bios() == Bios.OVMF;
    if (bios == Bios.OVMF && vm.efiDisk() == null && !clonesEfiDisk) {
      check.error(at.field("efiDisk"), "a UEFI (OVMF) VM needs an EFI disk; add it with uefi(storage)");
    } else if (bios == Bios.SEABIOS && vm.efiDisk() != null) {
      check.error(at.field("efiDisk"), "an EFI disk is for UEFI (OVMF) VMs, and this one boots SeaBIOS");
    }
    if (vm.efiDisk() != null) {
      check.storage(vm.efiDisk().storage(), ContentType.IMAGES, "an EFI disk", at.field("efiDisk").field("storage"));
    }
    if (vm.tpm() != null) {
      check.storage(vm.tpm().storage(), ContentType.IMAGES, "a TPM state", at.field("tpm").field("storage"));
    }
    if (vm.os() == OsType.WIN11) {
      if (vm.tpm() == null || vm.tpm().version() != TpmVersion.V2_0) {
        check.error(at.field("tpm"), "Windows 11 needs a TPM 2.0; add it with tpm(storage)");
      }
      if (bios != Bios.OVMF) {
        check.error(at.field("bios"), "Windows 11 needs UEFI; boot it with uefi(storage, true)");
      } else if (vm.efiDisk() != null && !vm.efiDisk().preEnrolledKeys()) {
        check.warning(at.field("efiDisk"), "Windows 11 expects Secure Boot; enroll the keys with uefi(storage, true)");
      }
    }
  }

  private static void tags(Vm vm, Path at, Problems problems) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < vm.tags().size(); i++) {
      String tag = vm.tags().get(i);
      if (!TAG.matcher(tag).matches()) {
        problems.error(at.field("tags", i), Names.describe(tag) + " is not a tag: use lower-case letters, digits,"
            + " \"_\", \"+\", \"-\" and \".\", starting with a letter, digit or \"_\"");
      } else if (!seen.add(tag)) {
        problems.error(at.field("tags", i), "tag " + Names.describe(tag) + " is listed twice");
      }
    }
  }
}
