package dev.ingot.proxmox.vm;

/** The SCSI controller of a VM; the value is what Proxmox and bpg/proxmox use. */
public enum ScsiController {
  /** LSI Logic 53C895A. */
  LSI("lsi"),
  /** LSI Logic 53C810. */
  LSI53C810("lsi53c810"),
  /** One VirtIO SCSI controller for all disks (the provider's default). */
  VIRTIO_SCSI_PCI("virtio-scsi-pci"),
  /** One VirtIO SCSI controller per disk; needed for {@code iothread} on SCSI disks. */
  VIRTIO_SCSI_SINGLE("virtio-scsi-single"),
  /** MegaRAID SAS 8708EM2. */
  MEGASAS("megasas"),
  /** VMware paravirtual SCSI. */
  PVSCSI("pvscsi");

  private final String value;

  ScsiController(String value) {
    this.value = value;
  }

  /** The value bpg/proxmox uses, e.g. {@code virtio-scsi-single}. */
  public String value() {
    return value;
  }
}
