package dev.ingot.proxmox.zfs;

/** How a vdev spreads data over its disks. */
public enum Topology {
  /** Every disk on its own, no redundancy: one failed disk loses the pool. */
  STRIPE(null, 0, 1),
  /** Every disk holds a copy. */
  MIRROR("mirror", 0, 2),
  /** One parity disk's worth of redundancy. */
  RAIDZ1("raidz1", 1, 3),
  /** Two parity disks' worth of redundancy. */
  RAIDZ2("raidz2", 2, 4),
  /** Three parity disks' worth of redundancy. */
  RAIDZ3("raidz3", 3, 5);

  private final String keyword;
  private final int parity;
  private final int minDisks;

  Topology(String keyword, int parity, int minDisks) {
    this.keyword = keyword;
    this.parity = parity;
    this.minDisks = minDisks;
  }

  /** The word {@code zpool create} puts before the disks, or null for a stripe (disks listed bare). */
  public String keyword() {
    return keyword;
  }

  /** The number of parity disks of a RAIDZ vdev; 0 otherwise. */
  public int parity() {
    return parity;
  }

  /** The fewest disks that make sense: two for a mirror, parity plus two for RAIDZ. */
  public int minDisks() {
    return minDisks;
  }

  /** True for RAIDZ1, RAIDZ2 and RAIDZ3. */
  public boolean isRaidz() {
    return parity > 0;
  }
}
