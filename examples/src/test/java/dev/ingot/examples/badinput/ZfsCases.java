package dev.ingot.examples.badinput;

import static dev.ingot.examples.badinput.BadInput.bad;
import static dev.ingot.examples.badinput.Fixture.PVE;
import static dev.ingot.examples.badinput.Fixture.PVE2;
import static dev.ingot.examples.badinput.Fixture.TANK;

import dev.ingot.core.Component;
import dev.ingot.core.Infra;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.zfs.ArcSize;
import dev.ingot.proxmox.zfs.Disk;
import dev.ingot.proxmox.zfs.ZfsDataset;
import dev.ingot.proxmox.zfs.ZfsPool;
import java.util.List;

/** ZFS pools: their node, vdevs, disks, properties, datasets, storage registration and the ARC. */
final class ZfsCases {
  private ZfsCases() {}

  /** The cases of this area, each with every problem it must report. */
  static List<BadInput> cases() {
    return List.of(
        bad("the pool is on a node that is not in the site", () -> site(TANK.on(PVE2)), """
            error: zfs pool "tank" › node: node "pve2" is not part of infra "homelab"; add it with Infra.with(…)
            """),
        bad("the pool has neither node nor disks", () -> site(ZfsPool.named("tank")), """
            error: zfs pool "tank" › node: set the node with on(node)
            error: zfs pool "tank" › vdev: a pool needs at least one vdev; add disks with mirror(…), raidz1(…) or \
            stripe(…)
            """),
        bad("a mirror of one disk", () -> site(ZfsPool.named("tank").on(PVE).mirror(disk("A"))), """
            error: zfs pool "tank" › vdev[0]: a mirror needs at least two disks
            """),
        bad("a RAIDZ2 of three disks next to a mirror", () -> site(ZfsPool.named("tank").on(PVE)
            .raidz2(disk("A"), disk("B"), disk("C")).mirror(disk("D"), disk("E"))), """
            error: zfs pool "tank" › vdev[0]: a raidz2 vdev needs at least 4 disks: 2 for parity and two for data
            error: zfs pool "tank" › vdev[1]: a mirror vdev next to a raidz2 vdev: zpool refuses vdevs of different \
            redundancy in one pool
            warning: zfs pool "tank" › vdev[0]: VM disks on raidz2 get the random I/O of one disk per vdev and lose \
            space to padding; mirrors suit VM storage better
            """),
        bad("a disk given as /dev/sda and one given twice", () -> site(ZfsPool.named("tank").on(PVE)
            .mirror(Disk.byId("/dev/sda"), disk("A")).mirror(disk("A"), disk("B"))), """
            error: zfs pool "tank" › vdev[0] › disk[0]: "/dev/sda" is not a name under /dev/disk/by-id/, such as \
            nvme-Samsung_SSD_990_PRO_2TB_S7DNNJ0X123456X
            error: zfs pool "tank" › vdev[1] › disk[0]: disk "nvme-Samsung_SSD_990_PRO_2TB_A" is already used at \
            vdev[0] › disk[1]
            """),
        bad("a disk of the pool is already in another pool", () -> site(TANK,
            ZfsPool.named("fast").on(PVE).mirror(disk("C"), TANK.disks().get(0))), """
            error: zfs pool "fast" › vdev[0] › disk[1]: disk "nvme-Samsung_SSD_990_PRO_2TB_S7DNNJ0X000001A" is already \
            in zfs pool "tank"
            """),
        bad("the pool is called rpool on a ZFS-root node", () -> site(ZfsPool.named("rpool").on(PVE)
            .mirror(disk("A"), disk("B"))), """
            error: zfs pool "rpool" › name: "rpool" is the root pool the installer created on node "pve"; give this \
            pool another name
            """),
        bad("the pool name starts with a digit", () -> site(ZfsPool.named("1tank").on(PVE)
            .mirror(disk("A"), disk("B")).storage(s -> s.id("fast").pool("1tank"))), """
            error: zfs pool "1tank" › name: "1tank" is not a valid pool name: start with a letter, then use letters, \
            digits, "_", "-", "." or ":"
            error: zfs pool "1tank" › storage › pool: "1tank" is not a ZFS pool or dataset name like tank/vm
            """),
        bad("the pool name is a vdev keyword", () -> site(ZfsPool.named("mirror").on(PVE)
            .mirror(disk("A"), disk("B")).storage(s -> s.id("fast"))), """
            error: zfs pool "mirror" › name: "mirror" is not a valid pool name: zpool reserves it
            """),
        bad("ashift 9 and a record size that is not a power of two", () -> site(TANK.ashift(9)
            .recordsize(Size.kib(48))), """
            error: zfs pool "tank" › ashift: ashift 9 writes blocks smaller than the 4K sectors of current disks, \
            which turns every write into a slow read-modify-write; use 12 (4K) or 13 (8K)
            error: zfs pool "tank" › recordsize: the record size 48 KiB is not a power of two from 4 KiB to 16 MiB
            """),
        bad("ashift 20", () -> site(TANK.ashift(20)), """
            error: zfs pool "tank" › ashift: ashift must be between 9 and 16; use 12 (4K sectors) or 13 (8K)
            """),
        bad("a dataset with a space, one twice, one with a tiny record size", () -> site(TANK.dataset(
            ZfsDataset.named("my vms"), ZfsDataset.named("backup"), ZfsDataset.named("backup"),
            ZfsDataset.named("media").recordsize(Size.kib(2)))), """
            error: zfs pool "tank" › dataset[0]: "my vms" is not a dataset name: use letters, digits, "_", "-", "." or \
            ":", and "/" between nested names
            error: zfs pool "tank" › dataset[2]: dataset "backup" is declared twice
            error: zfs pool "tank" › dataset[3] › recordsize: the record size 2 KiB is not a power of two from 4 KiB \
            to 16 MiB
            """),
        bad("the storage points at a dataset the pool does not have", () -> site(TANK.storage(s -> s.pool("tank/vm"))),
            """
            error: zfs pool "tank" › storage › pool: "tank/vm" is neither this pool nor one of its datasets
            """),
        bad("the storage id is the built-in local", () -> site(TANK.storage(s -> s.id("local"))), """
            error: zfs pool "tank" › storage › id: storage id "local" is already a storage of node "pve"
            """),
        bad("two pools register one storage id", () -> site(TANK, ZfsPool.named("fast").on(PVE)
            .mirror(disk("C"), disk("D")).storage(s -> s.id("tank").pool("fast"))), """
            error: zfs pool "fast" › storage › id: storage id "tank" is already registered by zfs pool "tank"
            """),
        bad("two pools of one node size the ARC differently", () -> site(TANK, ZfsPool.named("fast").on(PVE)
            .mirror(disk("C"), disk("D")).arcMax(Size.gib(8))), """
            error: zfs pool "fast" › arc: zfs pool "tank" already sizes the ARC of node "pve" differently; size it on \
            one pool
            """),
        bad("the ARC is below 64 MiB", () -> site(TANK.arcMax(Size.mib(32))), """
            error: zfs pool "tank" › arc: the ARC maximum 32 MiB is below the 64 MiB ZFS needs
            """),
        bad("the ARC is sized by capacity, but the disks have no size", () -> site(TANK.arc(ArcSize.perPoolCapacity())),
            """
            error: zfs pool "tank" › arc: sizing the ARC by pool capacity needs the size of every disk of every pool \
            on node "pve"; give them with Disk.byId(…).size(…)
            """),
        bad("a disk with a size of zero", () -> site(ZfsPool.named("tank").on(PVE)
            .mirror(disk("A").size(Size.ZERO), disk("B").size(Size.tib(2)))), """
            error: zfs pool "tank" › vdev[0] › disk[0] › size: the disk size must be positive
            """));
  }

  private static Disk disk(String serial) {
    return Disk.byId("nvme-Samsung_SSD_990_PRO_2TB_" + serial);
  }

  private static Infra site(Component... pools) {
    return Infra.named("homelab").with(PVE).with(List.of(pools));
  }
}
