package dev.ingot.talos.cluster;

import dev.ingot.core.validate.Path;
import dev.ingot.core.value.Cidr;
import dev.ingot.core.value.IpAddress;
import java.util.Objects;

/**
 * One node of a cluster: a Proxmox VM running Talos, made by its group's {@link NodeSpec}.
 *
 * @param name the node's name: its host name, its VM name and its Kubernetes node name
 * @param group the group it belongs to
 * @param index its position in the group, from 0
 */
public record TalosNode(String name, NodeGroup group, int index) {
  /** Checks for null. */
  public TalosNode {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(group, "group");
  }

  /** The node's role. */
  public NodeRole role() {
    return group.role();
  }

  /** How the node is made. */
  public NodeSpec spec() {
    return group.spec();
  }

  /** The node's static address with prefix length, or null when it has none (or it cannot be counted on). */
  public Cidr staticAddress() {
    Cidr first = spec().address();
    return first == null ? null : Addresses.plus(first, index);
  }

  /** True when the node is configured by DHCP. */
  public boolean dhcp() {
    return spec().dhcpAddress() != null;
  }

  /** The address Terraform and talosctl reach the node at, or null when it has none. */
  public IpAddress address() {
    if (spec().address() != null) {
      Cidr own = staticAddress();
      return own == null ? null : own.address();
    }
    IpAddress reserved = spec().dhcpAddress();
    return reserved == null ? null : Addresses.plus(reserved, index);
  }

  /** The node's VM id, or null to let Proxmox choose. */
  public Long vmId() {
    return spec().vmId() == null ? null : spec().vmId() + index;
  }

  /** Where the node is in problem reports, below its cluster: {@code node "homelab-cp-1"}. */
  public Path path(Path cluster) {
    return cluster.element("node", name);
  }
}
