package dev.ingot.proxmox.host;

/**
 * The parts of a node's host preparation play, in the order they run: everything is checked before
 * anything is changed.
 */
public enum Stage {
  /** Read-only checks that the host matches the model: disks, PCI ids, boot loader. */
  CHECK,
  /** The kernel command line, built from the kernel arguments the play collects. */
  KERNEL,
  /** Kernel modules and their options: vfio, the ZFS ARC. */
  MODULES,
  /** ZFS pools, datasets, scrubs and storage settings. */
  STORAGE
}
