package dev.ingot.proxmox.vm;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.validate.Validatable;

/**
 * A Proxmox VM id (VMID): a whole number from 100 to 999 999 999, unique in the cluster.
 *
 * @param value the id
 */
public record VmId(long value) implements Validatable, Comparable<VmId> {
  /** The smallest id Proxmox accepts. */
  public static final long MIN = 100;
  /** The largest id Proxmox accepts. */
  public static final long MAX = 999_999_999;

  /** The id {@code value}. */
  public static VmId of(long value) {
    return new VmId(value);
  }

  /** True when the id is in Proxmox's range. */
  public boolean isValid() {
    return value >= MIN && value <= MAX;
  }

  @Override
  public void validate(Path path, Problems problems) {
    if (!isValid()) {
      problems.error(path, value + " is not a VM id: use a number from 100 to 999999999");
    }
  }

  @Override
  public int compareTo(VmId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
