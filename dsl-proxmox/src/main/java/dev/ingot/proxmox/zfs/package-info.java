/**
 * ZFS pools on Proxmox nodes: topology, creation settings, datasets, the node's ARC and the
 * pool's registration as Proxmox storage.
 *
 * <p>The host playbook creates a pool only when {@code zpool list} does not show it, refuses to
 * create it when an exported pool of that name exists ({@code zpool import} lists it), and refuses
 * disks that {@code lsblk} shows with partitions or signatures unless the model says
 * {@code allowWipe(true)}, which adds {@code -f}. It never destroys or re-creates a pool. The root
 * dataset properties are kept with {@code community.general.zfs}, sizes in bytes as
 * {@code zfs get -p} reports them, so a second run changes nothing.
 *
 * <p>Scrubs: Proxmox VE's {@code zfsutils-linux} already scrubs every pool on the second Sunday of
 * the month ({@code /etc/cron.d/zfsutils-linux}), so {@link dev.ingot.proxmox.zfs.Scrub#MONTHLY}
 * adds nothing; {@link dev.ingot.proxmox.zfs.Scrub#WEEKLY} adds a systemd timer per pool.
 *
 * <p>ARC: {@code zfs_arc_max} goes to {@code /etc/modprobe.d/zfs.conf} (and {@code zfs_arc_min}
 * to the maximum minus one byte when the maximum is at most 1/32 of the RAM, as pve-docs
 * explains), followed by {@code update-initramfs -u -k all}; the play reports a pending reboot
 * until the running value matches. Only pools declared in the model count towards the
 * per-capacity rule; a ZFS-root node's {@code rpool} keeps the installer's setting when the node
 * has no modelled pool.
 */
package dev.ingot.proxmox.zfs;
