package dev.ingot.proxmox.pci;

import dev.ingot.core.ValidationContext;
import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.value.Names;
import dev.ingot.proxmox.ProxmoxIds;
import java.util.List;
import java.util.regex.Pattern;

/** The rules a {@link PciDevice} must follow, alone and in its site. */
final class PciRules {
  private static final Pattern MODULE = Pattern.compile("[a-z0-9_-]+");

  private PciRules() {}

  static void validate(PciDevice device, ValidationContext context) {
    Path at = device.path();
    Problems problems = context.problems();
    device.address().validate(at.field("address"), problems);
    if (device.node() == null) {
      problems.error(at.field("node"), "set the node with on(node)");
    } else if (context.requirePresent(at.field("node"), device.node()) && device.address().isValid()) {
      overlaps(device, context, at.field("address"));
    }
    functions(device, at, problems);
    if (device.mapping() != null) {
      mapping(device, at.field("mapping"), problems);
    }
    if (device.iommuGroup() != null && device.iommuGroup() < 0) {
      problems.error(at.field("iommuGroup"), "the IOMMU group cannot be negative");
    }
    if (device.subsystemId() != null) {
      device.subsystemId().validate(at.field("subsystemId"), problems);
    }
    modules(device.hostDrivers(), at.field("hostDrivers"), problems);
    modules(device.blacklist(), at.field("blacklist"), problems);
  }

  private static void functions(PciDevice device, Path at, Problems problems) {
    List<PciId> functions = device.functions();
    if (functions.isEmpty()) {
      problems.error(at.field("functions"), "list the vendor:device id of every function, e.g."
          + " functions(\"10de:27b2\", \"10de:22bc\")");
    } else if (!device.address().isDevice() && functions.size() > 1) {
      problems.error(at.field("functions"), device.address() + " is a single function: give its one id, or use the"
          + " device address " + device.address().device() + " for all its functions");
    }
    for (int i = 0; i < functions.size(); i++) {
      functions.get(i).validate(at.field("functions", i), problems);
    }
  }

  private static void mapping(PciDevice device, Path at, Problems problems) {
    ProxmoxIds.requireConfigId(device.mapping(), at, problems);
    if (!device.bindVfio()) {
      problems.error(at, "resource mapping " + Names.describe(device.mapping()) + " passes the device to VMs, but"
          + " bindVfio(false) leaves it to the host's drivers; bind it to vfio-pci or drop the mapping");
    } else if (device.iommuGroup() == null || device.subsystemId() == null) {
      String node = device.node() == null ? "<node>" : device.node().name();
      problems.warning(at, "Proxmox refuses to start a VM with mapping " + Names.describe(device.mapping())
          + " until it knows the device's IOMMU group and subsystem id; read them with pvesh get /nodes/" + node
          + "/hardware/pci and set iommuGroup(…) and subsystemId(…)");
    }
  }

  private static void overlaps(PciDevice device, ValidationContext context, Path at) {
    for (PciDevice other : context.infra().all(PciDevice.class)) {
      if (other.name().equals(device.name())) {
        return;
      }
      if (device.node().sameAs(other.node()) && other.address().isValid()
          && other.address().overlaps(device.address())) {
        context.error(at, device.address() + " overlaps pci device " + Names.describe(other.name()));
        return;
      }
    }
  }

  private static void modules(List<String> modules, Path at, Problems problems) {
    for (int i = 0; i < modules.size(); i++) {
      if (!MODULE.matcher(modules.get(i)).matches()) {
        problems.error(at.index(i), Names.describe(modules.get(i)) + " is not a kernel module name");
      }
    }
  }
}
