package dev.ingot.proxmox.vm;

/** The cache mode of a VM disk; the value is what Proxmox and bpg/proxmox use. */
public enum DiskCache {
  /** No host cache (Proxmox's default). */
  NONE("none"),
  /** Host page cache for reads, writes go through. */
  WRITETHROUGH("writethrough"),
  /** Host page cache for reads and writes; flushes are honoured. */
  WRITEBACK("writeback"),
  /** Like writeback but ignores flushes: data is lost on a host crash. */
  UNSAFE("unsafe"),
  /** No host cache, and every write is synchronous. */
  DIRECTSYNC("directsync");

  private final String value;

  DiskCache(String value) {
    this.value = value;
  }

  /** The value bpg/proxmox uses, e.g. {@code writeback}. */
  public String value() {
    return value;
  }
}
