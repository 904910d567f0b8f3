package dev.ingot.proxmox.zfs;

/** The compression of a pool's datasets. */
public enum Compression {
  /** LZ4: fast, gives up early on incompressible data; the sensible default. */
  LZ4("lz4"),
  /** Zstandard at its default level: smaller, more CPU. */
  ZSTD("zstd"),
  /** No compression. */
  OFF("off");

  private final String value;

  Compression(String value) {
    this.value = value;
  }

  /** The property value, e.g. {@code lz4}. */
  public String value() {
    return value;
  }
}
