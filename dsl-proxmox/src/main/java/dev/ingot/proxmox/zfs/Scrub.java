package dev.ingot.proxmox.zfs;

/** How often a pool is scrubbed (read in full and checked against its checksums). */
public enum Scrub {
  /**
   * Monthly, on the second Sunday: the cron job {@code /etc/cron.d/zfsutils-linux} that the
   * {@code zfsutils-linux} package of Proxmox VE ships scrubs every imported pool, so nothing is added.
   */
  MONTHLY,
  /** Weekly, on Sunday night: a systemd timer for this pool, on top of the monthly job. */
  WEEKLY
}
