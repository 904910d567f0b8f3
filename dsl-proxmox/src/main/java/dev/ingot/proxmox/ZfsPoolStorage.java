package dev.ingot.proxmox;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.value.Names;
import dev.ingot.core.value.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A ZFS storage ({@code zfspool}): VM disks become zvols and container volumes datasets under
 * {@link #pool()}. The built-in {@code local-zfs} of a ZFS install lives on {@code rpool/data}; a
 * {@code dev.ingot.proxmox.zfs.ZfsPool} registers its own.
 *
 * @param id the storage id
 * @param pool the pool or dataset that holds the volumes, e.g. {@code tank} or {@code rpool/data}
 * @param content the content types it may hold (images and rootdir only)
 * @param sparse whether zvols are thin-provisioned
 * @param blocksize the block size of new zvols, or null for the Proxmox default (16K)
 * @param builtIn whether the installer created it
 */
public record ZfsPoolStorage(String id, String pool, List<ContentType> content, boolean sparse, Size blocksize,
    boolean builtIn) implements Storage {
  private static final Pattern DATASET = Pattern.compile("[A-Za-z][A-Za-z0-9_.:-]*(/[A-Za-z0-9_.:-]+)*");

  /** Checks for null and copies the content types. */
  public ZfsPoolStorage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(pool, "pool");
    content = List.copyOf(content);
  }

  /** The built-in {@code local-zfs} storage of a ZFS install: {@code rpool/data}, images and rootdir, sparse. */
  public static ZfsPoolStorage localZfs() {
    return new ZfsPoolStorage("local-zfs", "rpool/data", List.of(ContentType.IMAGES, ContentType.ROOTDIR), true,
        null, true);
  }

  /** A new ZFS storage called {@code id} on {@code pool}: images and rootdir, sparse. */
  public static ZfsPoolStorage of(String id, String pool) {
    return new ZfsPoolStorage(id, pool, List.of(ContentType.IMAGES, ContentType.ROOTDIR), true, null, false);
  }

  /** This storage under another id. */
  public ZfsPoolStorage id(String id) {
    return new ZfsPoolStorage(id, pool, content, sparse, blocksize, builtIn);
  }

  /** This storage on another pool or dataset, e.g. {@code tank/vm}. */
  public ZfsPoolStorage pool(String pool) {
    return new ZfsPoolStorage(id, pool, content, sparse, blocksize, builtIn);
  }

  /** This storage holding exactly the given content types. */
  public ZfsPoolStorage content(ContentType... types) {
    return new ZfsPoolStorage(id, pool, List.of(types), sparse, blocksize, builtIn);
  }

  /** This storage holding its content types and {@code types}. */
  public ZfsPoolStorage addContent(ContentType... types) {
    var next = new ArrayList<>(content);
    next.addAll(List.of(types));
    return new ZfsPoolStorage(id, pool, next, sparse, blocksize, builtIn);
  }

  /** This storage with thin-provisioned ({@code true}) or fully reserved zvols. */
  public ZfsPoolStorage sparse(boolean sparse) {
    return new ZfsPoolStorage(id, pool, content, sparse, blocksize, builtIn);
  }

  /** This storage creating zvols with block size {@code blocksize} (a power of two, 4K to 128K). */
  public ZfsPoolStorage blocksize(Size blocksize) {
    return new ZfsPoolStorage(id, pool, content, sparse, blocksize, builtIn);
  }

  @Override
  public String type() {
    return "zfspool";
  }

  @Override
  public List<ContentType> supportedContent() {
    return List.of(ContentType.IMAGES, ContentType.ROOTDIR);
  }

  /** The block size as Proxmox writes it, e.g. {@code 16k}; null when not set. */
  public String blocksizeText() {
    return blocksize == null ? null : blocksize.toKib() + "k";
  }

  /** Adds to the common checks: the pool is a ZFS dataset name, the block size a power of two from 4K to 1M. */
  @Override
  public void validate(Path at, Problems problems) {
    Storage.super.validate(at, problems);
    if (!DATASET.matcher(pool).matches()) {
      problems.error(at.field("pool"), Names.describe(pool) + " is not a ZFS pool or dataset name like tank/vm");
    }
    if (blocksize != null && (Long.bitCount(blocksize.bytes()) != 1 || blocksize.compareTo(Size.kib(4)) < 0
        || blocksize.compareTo(Size.mib(1)) > 0)) {
      problems.error(at.field("blocksize"), "the block size " + blocksize
          + " is not a power of two from 4 KiB to 1 MiB");
    }
  }
}
