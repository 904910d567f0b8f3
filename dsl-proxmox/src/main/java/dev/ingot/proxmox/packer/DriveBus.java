package dev.ingot.proxmox.packer;

/** The bus a disk, CD drive or cloud-init drive is attached to; the value is the plugin's. */
public enum DriveBus {
  /** IDE; q35 machines have only ide0 and ide2. */
  IDE("ide"),
  /** SATA (AHCI), which Windows Setup and every Linux installer read without extra drivers. */
  SATA("sata"),
  /** SCSI, through the VM's SCSI controller. */
  SCSI("scsi"),
  /** VirtIO block; disks only, Proxmox cannot attach ISOs to it. */
  VIRTIO("virtio");

  private final String value;

  DriveBus(String value) {
    this.value = value;
  }

  /** The value the plugin uses. */
  public String value() {
    return value;
  }
}
