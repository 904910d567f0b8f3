package dev.ingot.proxmox.zfs;

import dev.ingot.core.value.Size;
import java.util.Objects;

/**
 * How large the ZFS ARC (the read cache in RAM) of a node may grow; set on one pool of the node.
 * Left alone, OpenZFS 2.3 (Proxmox VE 9) lets it take all the RAM but 1 GiB, or 5/8 of it when
 * that is more; half the RAM was the Linux default before 2.3.
 */
public sealed interface ArcSize {
  /** What the Proxmox VE installer writes since 8.1: 10 % of the RAM, at most 16 GiB. */
  static ArcSize proxmoxDefault() {
    return new ProxmoxDefault();
  }

  /** The rule of thumb of pve-docs: 2 GiB plus 1 GiB per TiB of pool capacity (needs every disk's size). */
  static ArcSize perPoolCapacity() {
    return new PerPoolCapacity();
  }

  /** At most {@code max}. */
  static ArcSize of(Size max) {
    return new Fixed(max);
  }

  /** 10 % of the RAM, at most 16 GiB. */
  record ProxmoxDefault() implements ArcSize {}

  /** 2 GiB plus 1 GiB per TiB of the node's pools. */
  record PerPoolCapacity() implements ArcSize {}

  /**
   * A fixed maximum.
   *
   * @param max the ARC maximum
   */
  record Fixed(Size max) implements ArcSize {
    /** Checks for null. */
    public Fixed {
      Objects.requireNonNull(max, "max");
    }
  }
}
