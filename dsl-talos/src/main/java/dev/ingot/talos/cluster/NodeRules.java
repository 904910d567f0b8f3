package dev.ingot.talos.cluster;

import dev.ingot.core.ValidationContext;
import dev.ingot.core.validate.Path;
import dev.ingot.core.value.Cidr;
import dev.ingot.core.value.IpAddress;
import dev.ingot.proxmox.pci.PciDevice;
import java.util.HashMap;
import java.util.Map;

/** The checks across the nodes of the site's clusters: names, addresses, VM ids, PCI devices. */
final class NodeRules {
  private NodeRules() {}

  /** Adds the problems of the nodes of {@code c}. */
  static void validate(TalosCluster c, ValidationContext context) {
    Map<String, String> names = new HashMap<>();
    Map<String, String> addresses = new HashMap<>();
    Map<Long, String> vmIds = new HashMap<>();
    Map<String, String> devices = new HashMap<>();
    for (TalosCluster other : context.infra().all(TalosCluster.class)) {
      if (other.name().equals(c.name())) {
        break;
      }
      for (TalosNode node : other.nodes()) {
        String owner = node.name() + " of cluster " + other.name();
        names.putIfAbsent(node.name(), owner);
        if (node.address() != null) {
          addresses.putIfAbsent(node.address().text(), owner);
        }
        if (node.vmId() != null) {
          vmIds.putIfAbsent(node.vmId(), owner);
        }
        node.spec().passthrough().forEach(d -> devices.putIfAbsent(d.name(), owner));
      }
    }
    for (TalosNode node : c.nodes()) {
      Path at = node.path(c.path());
      if (!node.group().single()) {
        ClusterRules.requireName(node.name(), at.field("name"), context);
      }
      String named = names.putIfAbsent(node.name(), "node " + node.name() + " of group " + node.group().name());
      if (named != null) {
        context.error(at.field("name"), "the name " + node.name() + " is already taken by " + named);
      }
      Cidr first = node.spec().address();
      if (first != null && first.isValid() && first.address().isV4() && node.staticAddress() == null) {
        context.error(at.field("address"), "node " + (node.index() + 1) + " of group " + node.group().name()
            + " gets no address after " + first + ": start the group at a lower address");
      }
      IpAddress address = node.address();
      if (address != null && address.isValid()) {
        String taken = addresses.putIfAbsent(address.text(), "node " + node.name());
        if (taken != null) {
          context.error(at.field("address"), "the address " + address + " is already taken by " + taken);
        }
      }
      if (node.vmId() != null) {
        String taken = vmIds.putIfAbsent(node.vmId(), "node " + node.name());
        if (taken != null) {
          context.error(at.field("vmId"), "the VM id " + node.vmId() + " is already taken by " + taken);
        }
      }
      for (int i = 0; i < node.spec().passthrough().size(); i++) {
        PciDevice device = node.spec().passthrough().get(i);
        String taken = devices.putIfAbsent(device.name(), "node " + node.name());
        if (taken != null) {
          context.error(at.field("passthrough", i), "PCI device " + device.name() + " is also passed through to "
              + taken + ", and a device serves one VM: give each GPU node its own device and its own worker(…)");
        }
      }
    }
  }
}
