package dev.ingot.proxmox.zfs;

import static dev.ingot.proxmox.TestSites.NVME_A;
import static dev.ingot.proxmox.TestSites.NVME_B;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.ansible.Task;
import dev.ingot.core.value.Size;
import dev.ingot.core.yaml.YamlNode;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import dev.ingot.core.yaml.YamlNode.YamlStr;
import dev.ingot.proxmox.TestSites;
import java.util.List;
import org.junit.jupiter.api.Test;

class PoolEmissionTest {
  private static final Disk C = Disk.byId("ata-C");

  private static List<String> argv(Task task) {
    return ((YamlNode.YamlSeq) ((YamlMap) task.arguments()).get("argv")).items().stream()
        .map(i -> ((YamlStr) i).value()).toList();
  }

  private static String arg(Task task, String key) {
    return ((YamlStr) ((YamlMap) task.arguments()).get(key)).value();
  }

  @Test
  void aPoolIsCreatedOnlyWhenAbsentWithEveryProperty() {
    ZfsPool pool = ZfsPool.named("bulk").on(TestSites.pve()).raidz1(NVME_A, NVME_B, C).media(Media.HDD)
        .compression(Compression.ZSTD).dedup(true).ashift(13);
    Task create = PoolEmission.creation(pool).get(0);
    assertThat(create.name()).isEqualTo("Create ZFS pool bulk");
    assertThat(argv(create)).containsExactly("zpool", "create", "-o", "ashift=13", "-O", "compression=zstd", "-O",
        "xattr=sa", "-O", "atime=off", "-O", "recordsize=131072", "-O", "dedup=on", "bulk", "raidz1",
        NVME_A.devicePath(), NVME_B.devicePath(), "/dev/disk/by-id/ata-C");
    assertThat(create.keywords()).extracting(YamlNode.Entry::key).containsExactly("changed_when", "when");
  }

  @Test
  void allowWipeForcesCreationAndSkipsTheDiskCheck() {
    ZfsPool pool = TestSites.tank(TestSites.pve()).allowWipe(true);
    assertThat(argv(PoolEmission.creation(pool).get(0))).startsWith("zpool", "create", "-f", "-o", "ashift=12");
    assertThat(PoolEmission.checks(pool)).extracting(Task::name).containsExactly(
        "List the imported ZFS pools",
        "Read the vdevs of ZFS pool tank",
        "Refuse ZFS pool tank when its vdevs differ from the model",
        "Look for an exported pool called tank",
        "Refuse to create pool tank beside an exported pool of that name",
        "Read the partitions and signatures of the disks of pool tank");
    assertThat(PoolEmission.checks(TestSites.tank(TestSites.pve()))).extracting(Task::name)
        .endsWith("Refuse disks of pool tank that hold partitions or data");
  }

  @Test
  void theLayoutNamesCountTopLevelVdevsWithEachStripeDiskAsOne() {
    Disk d = Disk.byId("ata-D");
    Disk e = Disk.byId("ata-E");
    ZfsPool pool = ZfsPool.named("mixed").on(TestSites.pve()).stripe(NVME_A).mirror(NVME_B, C).raidz2(C, d, e, NVME_A);
    assertThat(PoolEmission.vdevNames(pool)).containsExactly(NVME_A.id(), "mirror-1", NVME_B.id(), "ata-C",
        "raidz2-2", "ata-C", "ata-D", "ata-E", NVME_A.id());
    assertThat(PoolEmission.vdevNames(ZfsPool.named("s").on(TestSites.pve()).stripe(NVME_A, NVME_B).mirror(C, d)))
        .containsExactly(NVME_A.id(), NVME_B.id(), "mirror-2", "ata-C", "ata-D");
  }

  @Test
  void stripesListTheirDisksWithoutAKeyword() {
    ZfsPool pool = ZfsPool.named("scratch").on(TestSites.pve()).stripe(NVME_A, NVME_B);
    assertThat(argv(PoolEmission.creation(pool).get(0))).endsWith("scratch", NVME_A.devicePath(), NVME_B.devicePath());
  }

  @Test
  void datasetsAndWeeklyScrubsGetTheirTasks() {
    ZfsPool pool = TestSites.tank(TestSites.pve()).scrub(Scrub.WEEKLY)
        .dataset(ZfsDataset.named("vm"), ZfsDataset.named("backup").recordsize(Size.mib(1)));
    List<Task> tasks = PoolEmission.creation(pool);
    assertThat(tasks).extracting(Task::name).containsExactly(
        "Create ZFS pool tank",
        "Keep the properties of ZFS pool tank",
        "Create ZFS dataset tank/vm",
        "Create ZFS dataset tank/backup",
        "Install the weekly scrub service of pool tank",
        "Install the weekly scrub timer of pool tank",
        "Start the weekly scrub timer of pool tank");
    assertThat(((YamlMap) tasks.get(3).arguments()).get("extra_zfs_properties"))
        .isEqualTo(YamlMap.builder().put("recordsize", "1048576").build());
    assertThat(((YamlMap) tasks.get(2).arguments()).get("extra_zfs_properties")).isNull();
    assertThat(arg(tasks.get(4), "content")).isEqualTo("""
        [Unit]
        Description=Scrub ZFS pool tank
        Documentation=man:zpool-scrub(8)
        Requires=zfs.target
        After=zfs.target

        [Service]
        Type=oneshot
        ExecStart=/usr/sbin/zpool scrub tank
        """);
    assertThat(arg(tasks.get(5), "content")).contains("OnCalendar=Sun *-*-* 03:00:00\n", "Persistent=true\n");
  }

  @Test
  void theArcMinimumIsSetOnlyWhenTheMaximumNeedsIt() {
    List<Task> tasks = PoolEmission.arcTasks(new ZfsArc(Size.gib(2), Size.gib(2).minus(Size.bytes(1)), true));
    assertThat(tasks).extracting(t -> arg(t, "line"))
        .containsExactly("options zfs zfs_arc_max=2147483648", "options zfs zfs_arc_min=2147483647");
    assertThat(PoolEmission.arcTasks(new ZfsArc(Size.gib(16), null, true)).get(1).name())
        .isEqualTo("Leave the ZFS ARC minimum at its default");
    assertThat(PoolEmission.arcTasks(new ZfsArc(Size.mib(9830), null, false))).isEmpty();
  }
}
