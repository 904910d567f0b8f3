package dev.ingot.proxmox.zfs;

import dev.ingot.core.value.Size;
import java.util.Objects;

/**
 * A dataset inside a pool, e.g. {@code ZfsDataset.named("backup").recordsize(Size.mib(1))}; it
 * inherits the pool's properties except the ones it sets.
 *
 * @param name the name relative to the pool, e.g. {@code vm} or {@code media/photos}
 * @param recordsize its own record size, or null to inherit the pool's
 */
public record ZfsDataset(String name, Size recordsize) {
  /** Checks for null. */
  public ZfsDataset {
    Objects.requireNonNull(name, "name");
  }

  /** A dataset called {@code name} inside its pool. */
  public static ZfsDataset named(String name) {
    return new ZfsDataset(name, null);
  }

  /** This dataset with its own record size. */
  public ZfsDataset recordsize(Size recordsize) {
    return new ZfsDataset(name, recordsize);
  }
}
