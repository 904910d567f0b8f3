/** Ingot for Proxmox VE: nodes, storage, ZFS pools, PCI passthrough, VMs and golden images. */
module dev.ingot.proxmox {
  requires transitive dev.ingot.core;
}
