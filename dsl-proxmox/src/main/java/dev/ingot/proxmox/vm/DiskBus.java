package dev.ingot.proxmox.vm;

/** The bus a VM disk is attached to, and how many disks Proxmox allows on it. */
public enum DiskBus {
  /** SCSI, through the VM's SCSI controller: {@code scsi0} to {@code scsi30}. */
  SCSI("scsi", 31),
  /** VirtIO block: {@code virtio0} to {@code virtio15}. */
  VIRTIO("virtio", 16),
  /** SATA (AHCI): {@code sata0} to {@code sata5}. */
  SATA("sata", 6);

  private final String prefix;
  private final int slots;

  DiskBus(String prefix, int slots) {
    this.prefix = prefix;
    this.slots = slots;
  }

  /** The interface name without its number, e.g. {@code scsi}. */
  public String prefix() {
    return prefix;
  }

  /** How many disks the bus takes: indexes run from 0 to {@code slots() - 1}. */
  public int slots() {
    return slots;
  }
}
