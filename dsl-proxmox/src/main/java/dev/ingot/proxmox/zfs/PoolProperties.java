package dev.ingot.proxmox.zfs;

import dev.ingot.core.value.Size;
import java.util.Objects;

/**
 * The settings a pool is created with: {@code ashift} for the pool, the rest as properties of its
 * root dataset, which every dataset inherits. {@code xattr=sa} is always set.
 *
 * @param ashift the sector size exponent: 12 for 4K sectors, 13 for 8K
 * @param media the disks' media, which picks the record size, or null
 * @param recordsize the record size, or null to take it from the media (128K without media)
 * @param compression the compression
 * @param atime whether reads update access times
 * @param dedup whether blocks are deduplicated
 */
public record PoolProperties(int ashift, Media media, Size recordsize, Compression compression, boolean atime,
    boolean dedup) {
  /** The record size ZFS uses unless told otherwise. */
  public static final Size ZFS_DEFAULT_RECORDSIZE = Size.kib(128);

  /** Checks for null. */
  public PoolProperties {
    Objects.requireNonNull(compression, "compression");
  }

  /** The defaults: ashift 12, lz4, atime off, dedup off. */
  public static PoolProperties defaults() {
    return new PoolProperties(12, null, null, Compression.LZ4, false, false);
  }

  /** These settings with another ashift. */
  public PoolProperties ashift(int ashift) {
    return new PoolProperties(ashift, media, recordsize, compression, atime, dedup);
  }

  /** These settings for disks of {@code media}. */
  public PoolProperties media(Media media) {
    return new PoolProperties(ashift, media, recordsize, compression, atime, dedup);
  }

  /** These settings with an explicit record size. */
  public PoolProperties recordsize(Size recordsize) {
    return new PoolProperties(ashift, media, recordsize, compression, atime, dedup);
  }

  /** These settings with another compression. */
  public PoolProperties compression(Compression compression) {
    return new PoolProperties(ashift, media, recordsize, compression, atime, dedup);
  }

  /** These settings with access times on or off. */
  public PoolProperties atime(boolean atime) {
    return new PoolProperties(ashift, media, recordsize, compression, atime, dedup);
  }

  /** These settings with deduplication on or off. */
  public PoolProperties dedup(boolean dedup) {
    return new PoolProperties(ashift, media, recordsize, compression, atime, dedup);
  }

  /** The record size in effect: the explicit one, else the media's, else 128K. */
  public Size effectiveRecordsize() {
    if (recordsize != null) {
      return recordsize;
    }
    return media == null ? ZFS_DEFAULT_RECORDSIZE : media.recordsize();
  }
}
