/** Ingot for Proxmox VE: nodes, storage, ZFS pools, PCI passthrough, host preparation, VMs and golden images. */
module dev.ingot.proxmox {
  requires transitive dev.ingot.core;

  exports dev.ingot.proxmox;
  exports dev.ingot.proxmox.host;
  exports dev.ingot.proxmox.image;
  exports dev.ingot.proxmox.packer;
  exports dev.ingot.proxmox.pci;
  exports dev.ingot.proxmox.template;
  exports dev.ingot.proxmox.vm;
  exports dev.ingot.proxmox.zfs;
}
