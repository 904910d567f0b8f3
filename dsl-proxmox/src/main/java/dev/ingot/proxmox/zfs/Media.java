package dev.ingot.proxmox.zfs;

import dev.ingot.core.value.Size;

/** What a pool's disks are made of; it picks the default record size. */
public enum Media {
  /** NVMe SSDs: 16K records. */
  NVME(Size.kib(16)),
  /** SATA or SAS SSDs: 16K records. */
  SSD(Size.kib(16)),
  /** Spinning disks: 128K records, the ZFS default. */
  HDD(Size.kib(128));

  private final Size recordsize;

  Media(Size recordsize) {
    this.recordsize = recordsize;
  }

  /** The record size datasets on such disks get unless one is given. */
  public Size recordsize() {
    return recordsize;
  }
}
