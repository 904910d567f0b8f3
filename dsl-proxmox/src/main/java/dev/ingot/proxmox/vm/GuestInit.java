package dev.ingot.proxmox.vm;

/** How a VM cloned from a template gets its first-boot configuration (users, keys, network). */
public enum GuestInit {
  /** cloud-init reads the Proxmox cloud-init drive (Linux images). */
  CLOUD_INIT,
  /** cloudbase-init reads the Proxmox cloud-init drive (Windows images). */
  CLOUDBASE_INIT,
  /** Nothing in the guest reads it; configuration arrives another way (Talos machine configuration). */
  NONE
}
