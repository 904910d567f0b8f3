package dev.ingot.proxmox.vm;

import dev.ingot.core.Component;
import dev.ingot.core.Infra;
import java.util.List;

/**
 * A component that makes VMs of its own, such as a Talos cluster, so that the site-wide rules —
 * unique VM ids, names, addresses and MAC addresses, PCI devices, the node's RAM — count them.
 */
public interface VmGroup extends Component {
  /** The VMs this component makes in {@code site}, as far as they are complete enough to check. */
  List<DefinesVm> vms(Infra site);
}
