package dev.ingot.proxmox.packer;

import dev.ingot.core.hcl.HclBody;
import java.util.Objects;

/**
 * A {@code network_adapters} block: a VirtIO NIC of the VM being built.
 *
 * @param bridge the Linux bridge, e.g. {@code vmbr0}
 * @param vlan the VLAN tag, or null for untagged
 * @param firewall whether Proxmox's firewall filters it
 */
public record NetworkAdapter(String bridge, Integer vlan, boolean firewall) {
  /** Checks for null. */
  public NetworkAdapter {
    Objects.requireNonNull(bridge, "bridge");
  }

  /** An untagged VirtIO NIC on {@code bridge}, without Proxmox's firewall. */
  public static NetworkAdapter on(String bridge) {
    return new NetworkAdapter(bridge, null, false);
  }

  void write(HclBody.Builder body) {
    body.attribute("model", "virtio").attribute("bridge", bridge);
    if (vlan != null) {
      body.attribute("vlan_tag", Integer.toString(vlan));
    }
    body.attribute("firewall", firewall);
  }
}
