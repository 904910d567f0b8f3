package dev.ingot.proxmox.zfs;

import static dev.ingot.proxmox.TestSites.NVME_A;
import static dev.ingot.proxmox.TestSites.NVME_B;
import static dev.ingot.proxmox.TestSites.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.Infra;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.ContentType;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.TestSites;
import org.junit.jupiter.api.Test;

class PoolValidationTest {
  private static final ProxmoxNode PVE = TestSites.pve();
  private static final Disk SSD_C = Disk.byId("ata-Samsung_SSD_870_EVO_4TB_S000000000C");
  private static final Disk SSD_D = Disk.byId("ata-Samsung_SSD_870_EVO_4TB_S000000000D");
  private static final Disk SSD_E = Disk.byId("ata-Samsung_SSD_870_EVO_4TB_S000000000E");

  private static ZfsPool pool() {
    return ZfsPool.named("tank").on(PVE);
  }

  private static Infra site(ZfsPool... pools) {
    return Infra.named("homelab").with(PVE).with(pools);
  }

  @Test
  void theMsA2PoolIsValid() {
    assertThat(problems(site(TestSites.tank(PVE)))).isEmpty();
  }

  @Test
  void aMirrorNeedsTwoDisks() {
    assertThat(problems(site(pool().mirror(NVME_A))))
        .containsExactly("zfs pool \"tank\" › vdev[0]: a mirror needs at least two disks");
  }

  @Test
  void raidzNeedsParityPlusTwoDisks() {
    assertThat(problems(site(pool().raidz2(NVME_A, NVME_B, SSD_C).unregistered())))
        .containsExactly("zfs pool \"tank\" › vdev[0]: a raidz2 vdev needs at least 4 disks: 2 for parity and two for"
            + " data");
    assertThat(problems(site(pool().raidz1(NVME_A, NVME_B, SSD_C).unregistered()))).isEmpty();
  }

  @Test
  void raidzUnderVmDisksIsAWarning() {
    assertThat(problems(site(pool().raidz1(NVME_A, NVME_B, SSD_C)))).containsExactly("warning: zfs pool \"tank\" ›"
        + " vdev[0]: VM disks on raidz1 get the random I/O of one disk per vdev and lose space to padding; mirrors suit"
        + " VM storage better");
    assertThat(problems(site(pool().raidz1(NVME_A, NVME_B, SSD_C).storage(s -> s.content(ContentType.ROOTDIR)))))
        .isEmpty();
  }

  @Test
  void aStripeIsAWarning() {
    assertThat(problems(site(pool().stripe(NVME_A)))).containsExactly("warning: zfs pool \"tank\" › vdev[0]: a stripe"
        + " has no redundancy: one failed disk loses the whole pool");
  }

  @Test
  void allVdevsShareOneTopology() {
    assertThat(problems(site(pool().mirror(NVME_A, NVME_B).raidz1(SSD_C, SSD_D, SSD_E)))).containsExactly(
        "zfs pool \"tank\" › vdev[1]: a raidz1 vdev next to a mirror vdev: zpool refuses vdevs of different redundancy"
            + " in one pool");
  }

  @Test
  void aPoolNeedsAVdev() {
    assertThat(problems(site(pool()))).containsExactly("zfs pool \"tank\" › vdev: a pool needs at least one vdev; add"
        + " disks with mirror(…), raidz1(…) or stripe(…)");
  }

  @Test
  void ashift9IsRejected() {
    assertThat(problems(site(TestSites.tank(PVE).ashift(9)))).containsExactly("zfs pool \"tank\" › ashift: ashift 9"
        + " writes blocks smaller than the 4K sectors of current disks, which turns every write into a slow"
        + " read-modify-write; use 12 (4K) or 13 (8K)");
  }

  @Test
  void ashiftOutOfRangeIsRejectedAnd13IsAllowed() {
    assertThat(problems(site(TestSites.tank(PVE).ashift(17)))).containsExactly("zfs pool \"tank\" › ashift: ashift"
        + " must be between 9 and 16; use 12 (4K sectors) or 13 (8K)");
    assertThat(problems(site(TestSites.tank(PVE).ashift(13)))).isEmpty();
  }

  @Test
  void aDiskIsUsedOnceInAPool() {
    assertThat(problems(site(pool().mirror(NVME_A, NVME_B).mirror(NVME_A, SSD_C)))).containsExactly(
        "zfs pool \"tank\" › vdev[1] › disk[0]: disk \"nvme-Samsung_SSD_990_PRO_2TB_S7DNNJ0X000001A\" is already used"
            + " at vdev[0] › disk[0]");
  }

  @Test
  void aDiskIsUsedByOnePool() {
    assertThat(problems(site(TestSites.tank(PVE), ZfsPool.named("fast").on(PVE).mirror(NVME_B, SSD_C))))
        .containsExactly("zfs pool \"fast\" › vdev[0] › disk[0]: disk \"nvme-Samsung_SSD_990_PRO_2TB_S7DNNJ0X000002B\""
            + " is already in zfs pool \"tank\"");
  }

  @Test
  void disksAreNamedByIdAndHaveAPositiveSize() {
    assertThat(problems(site(pool().mirror(Disk.byId("/dev/sda"), NVME_B.size(Size.ZERO))))).containsExactly(
        "zfs pool \"tank\" › vdev[0] › disk[0]: \"/dev/sda\" is not a name under /dev/disk/by-id/, such as"
            + " nvme-Samsung_SSD_990_PRO_2TB_S7DNNJ0X123456X",
        "zfs pool \"tank\" › vdev[0] › disk[1] › size: the disk size must be positive");
  }

  @Test
  void aPoolOnANodeOutsideTheSiteIsReported() {
    assertThat(problems(Infra.named("homelab").with(TestSites.tank(PVE)))).containsExactly(
        "zfs pool \"tank\" › node: node \"pve\" is not part of infra \"homelab\"; add it with Infra.with(…)");
    assertThat(problems(site(ZfsPool.named("tank").mirror(NVME_A, NVME_B))))
        .containsExactly("zfs pool \"tank\" › node: set the node with on(node)");
  }

  @Test
  void poolNamesFollowZpoolRules() {
    assertThat(problems(site(ZfsPool.named("mirror").on(PVE).mirror(NVME_A, NVME_B))))
        .containsExactly("zfs pool \"mirror\" › name: \"mirror\" is not a valid pool name: zpool reserves it");
    assertThat(problems(site(ZfsPool.named("rpool").on(PVE).mirror(NVME_A, NVME_B)))).containsExactly(
        "zfs pool \"rpool\" › name: \"rpool\" is the root pool the installer created on node \"pve\"; give this pool"
            + " another name");
    assertThat(problems(site(ZfsPool.named("t@nk").on(PVE).mirror(NVME_A, NVME_B).unregistered()))).containsExactly(
        "zfs pool \"t@nk\" › name: \"t@nk\" is not a valid pool name: start with a letter, then use letters, digits,"
            + " \"_\", \"-\", \".\" or \":\"");
  }

  @Test
  void dedupIsAWarning() {
    assertThat(problems(site(TestSites.tank(PVE).dedup(true)))).containsExactly("warning: zfs pool \"tank\" › dedup:"
        + " deduplication keeps a table of every block in RAM (several GiB per TiB) and slows every write; leave it"
        + " off unless the data is known to repeat");
  }

  @Test
  void allowWipeIsAWarning() {
    assertThat(problems(site(TestSites.tank(PVE).allowWipe(true)))).containsExactly("warning: zfs pool \"tank\" ›"
        + " allowWipe: zpool create -f will overwrite whatever the disks hold while the pool does not exist yet");
  }

  @Test
  void recordSizesArePowersOfTwo() {
    assertThat(problems(site(TestSites.tank(PVE).recordsize(Size.kib(20))
        .dataset(ZfsDataset.named("media").recordsize(Size.mib(32)))))).containsExactly(
            "zfs pool \"tank\" › recordsize: the record size 20 KiB is not a power of two from 4 KiB to 16 MiB",
            "zfs pool \"tank\" › dataset[0] › recordsize: the record size 32 MiB is not a power of two from 4 KiB to"
                + " 16 MiB");
  }

  @Test
  void datasetsHaveValidDistinctNames() {
    assertThat(problems(site(TestSites.tank(PVE).dataset(ZfsDataset.named("vm"), ZfsDataset.named("vm"),
        ZfsDataset.named("/vm"))))).containsExactly(
            "zfs pool \"tank\" › dataset[1]: dataset \"vm\" is declared twice",
            "zfs pool \"tank\" › dataset[2]: \"/vm\" is not a dataset name: use letters, digits, \"_\", \"-\", \".\""
                + " or \":\", and \"/\" between nested names");
  }

  @Test
  void theStorageLivesOnThePoolOrOneOfItsDatasets() {
    assertThat(problems(site(TestSites.tank(PVE).storage(s -> s.pool("tank/vm"))))).containsExactly(
        "zfs pool \"tank\" › storage › pool: \"tank/vm\" is neither this pool nor one of its datasets");
    assertThat(problems(site(TestSites.tank(PVE).dataset(ZfsDataset.named("vm")).storage(s -> s.pool("tank/vm")))))
        .isEmpty();
  }

  @Test
  void theStorageHoldsOnlyImagesAndRootdir() {
    assertThat(problems(site(TestSites.tank(PVE).storage(s -> s.addContent(ContentType.ISO))))).containsExactly(
        "zfs pool \"tank\" › storage › content[2]: a zfspool storage cannot hold iso; it holds images and rootdir");
  }

  @Test
  void theStorageIdIsNotTaken() {
    assertThat(problems(site(TestSites.tank(PVE).storage(s -> s.id("local-zfs"))))).containsExactly(
        "zfs pool \"tank\" › storage › id: storage id \"local-zfs\" is already a storage of node \"pve\"");
    assertThat(problems(site(TestSites.tank(PVE), ZfsPool.named("fast").on(PVE).mirror(SSD_C, SSD_D)
        .storage(s -> s.id("tank"))))).containsExactly(
            "zfs pool \"fast\" › storage › id: storage id \"tank\" is already registered by zfs pool \"tank\"");
  }

  @Test
  void oneArcSizePerNode() {
    assertThat(problems(site(TestSites.tank(PVE), ZfsPool.named("fast").on(PVE).mirror(SSD_C, SSD_D)
        .arcMax(Size.gib(8))))).containsExactly("zfs pool \"fast\" › arc: zfs pool \"tank\" already sizes the ARC of"
            + " node \"pve\" differently; size it on one pool");
    assertThat(problems(site(TestSites.tank(PVE), ZfsPool.named("fast").on(PVE).mirror(SSD_C, SSD_D)))).isEmpty();
  }

  @Test
  void sizingByCapacityNeedsDiskSizes() {
    assertThat(problems(site(TestSites.tank(PVE).arc(ArcSize.perPoolCapacity())))).containsExactly(
        "zfs pool \"tank\" › arc: sizing the ARC by pool capacity needs the size of every disk of every pool on node"
            + " \"pve\"; give them with Disk.byId(…).size(…)");
  }

  @Test
  void theArcFitsBetween64MibAndTheRam() {
    assertThat(problems(site(TestSites.tank(PVE).arcMax(Size.gib(96))))).containsExactly(
        "zfs pool \"tank\" › arc: the ARC maximum 96 GiB is not below the 96 GiB of RAM of node \"pve\"");
    assertThat(problems(site(TestSites.tank(PVE).arcMax(Size.mib(32))))).containsExactly(
        "zfs pool \"tank\" › arc: the ARC maximum 32 MiB is below the 64 MiB ZFS needs");
  }
}
