package dev.ingot.proxmox.zfs;

import dev.ingot.core.Emission;
import dev.ingot.core.ansible.Task;
import dev.ingot.core.value.Size;
import dev.ingot.core.yaml.YamlMapBuilder;
import dev.ingot.core.yaml.YamlNode;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.StorageResource;
import dev.ingot.proxmox.host.Handler;
import dev.ingot.proxmox.host.HostPlay;
import dev.ingot.proxmox.host.HostPlaybook;
import dev.ingot.proxmox.host.RebootCheck;
import dev.ingot.proxmox.host.Stage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a pool adds to the site: its storage registration in Terraform, and to its node's host play
 * the checks and tasks that create it without ever touching data, its properties and datasets, its
 * scrub timer and the node's ARC limits.
 */
final class PoolEmission {
  private static final String ZFS_CONF = "/etc/modprobe.d/zfs.conf";

  private PoolEmission() {}

  static void emit(ZfsPool pool, Emission out) {
    ProxmoxNode node = pool.node().in(out.infra());
    if (pool.storage() != null) {
      StorageResource.add(out, pool.storage(), List.of(node.name()));
    }
    ZfsArc arc = ZfsArc.of(out.infra(), node);
    HostPlay play = HostPlaybook.play(out, node.name());
    play.tasks(Stage.CHECK, checks(pool));
    play.tasks(Stage.MODULES, arcTasks(arc));
    play.tasks(Stage.STORAGE, creation(pool));
    if (arc.managed()) {
      play.rebootCheck(arcRebootCheck(arc));
    }
  }

  /**
   * Read-only tasks: which pools exist; when this one does, whether its vdevs are the model's;
   * when not, whether it is merely exported and whether its disks are bare.
   */
  static List<Task> checks(ZfsPool pool) {
    String absent = absent(pool);
    String imports = HostPlay.variable("zpool_import", pool.name());
    String lsblk = HostPlay.variable("disks", pool.name());
    var tasks = new ArrayList<Task>();
    tasks.add(Task.named("List the imported ZFS pools")
        .module("ansible.builtin.command", a -> a.put("argv", YamlNode.strings(List.of("zpool", "list", "-H", "-o",
            "name"))))
        .register("zpool_list")
        .changedWhen("false")
        .build());
    tasks.addAll(layoutCheck(pool));
    tasks.add(Task.named("Look for an exported pool called " + pool.name())
        .module("ansible.builtin.command", a -> a.put("argv", YamlNode.strings(List.of("zpool", "import"))))
        .register(imports)
        .changedWhen("false")
        .keyword("failed_when", YamlNode.str(imports + ".rc not in [0, 1]"))
        .when(absent)
        .build());
    tasks.add(Task.named("Refuse to create pool " + pool.name() + " beside an exported pool of that name")
        .module("ansible.builtin.assert", a -> a
            .put("that", "'" + pool.name() + "' not in (" + imports + ".stdout | regex_findall('pool: (.+)'))")
            .put("fail_msg", "a pool called " + pool.name() + " exists but is not imported: run zpool import "
                + pool.name() + " instead of creating it again"))
        .when(absent)
        .build());
    var lsblkArgs = new ArrayList<>(List.of("lsblk", "--noheadings", "--output", "TYPE,FSTYPE"));
    pool.disks().forEach(d -> lsblkArgs.add(d.devicePath()));
    tasks.add(Task.named("Read the partitions and signatures of the disks of pool " + pool.name())
        .module("ansible.builtin.command", a -> a.put("argv", YamlNode.strings(lsblkArgs)))
        .register(lsblk)
        .changedWhen("false")
        .when(absent)
        .build());
    if (!pool.allowWipe()) {
      tasks.add(Task.named("Refuse disks of pool " + pool.name() + " that hold partitions or data")
          .module("ansible.builtin.assert", a -> a
              .put("that", lsblk + ".stdout_lines | map('trim') | reject('equalto', 'disk') | list | length == 0")
              .put("fail_msg", "a disk of pool " + pool.name() + " holds partitions, a file system or an old pool"
                  + " label: wipe it by hand, or allow it with allowWipe(true) in the model"))
          .when(absent)
          .build());
    }
    return tasks;
  }

  /**
   * Read-only tasks for a pool that exists: its data vdevs as {@code zpool list -v -H} names them
   * (the lines after the pool's up to the first class header such as {@code logs} or {@code cache},
   * first field), which must be {@link #vdevNames(ZfsPool)}. Ingot never reshapes a pool, so a
   * difference stops the play.
   */
  static List<Task> layoutCheck(ZfsPool pool) {
    String listing = HostPlay.variable("zpool_vdevs", pool.name());
    return List.of(
        Task.named("Read the vdevs of ZFS pool " + pool.name())
            .module("ansible.builtin.command", a -> a.put("argv", YamlNode.strings(List.of("zpool", "list", "-v",
                "-H", pool.name()))))
            .register(listing)
            .changedWhen("false")
            .when(present(pool))
            .build(),
        Task.named("Refuse ZFS pool " + pool.name() + " when its vdevs differ from the model")
            .module("ansible.builtin.assert", a -> a
                .put("that", "zfs_vdevs_found == zfs_vdevs_expected")
                .put("fail_msg", "pool " + pool.name() + " has the vdevs {{ zfs_vdevs_found }}, the model"
                    + " {{ zfs_vdevs_expected }}: Ingot never reshapes a pool (see docs/guide-zfs.md)")
                .put("quiet", true))
            .keyword("vars", YamlMap.builder()
                .put("zfs_vdevs_expected", YamlNode.strings(vdevNames(pool)))
                .put("zfs_vdevs_found", "{{ " + listing + ".stdout | regex_replace('(?s)\\n[^\\t].*', '')"
                    + " | regex_findall('(?m)^\\t([^\\t]+)') }}")
                .build())
            .when(present(pool))
            .build());
  }

  /**
   * The names {@code zpool list -v -H} gives the data vdevs of {@code pool} in model order: a mirror
   * or RAIDZ vdev as {@code mirror-<id>} or {@code raidz<parity>-<id>} followed by its disks, a stripe
   * disk on its own; {@code <id>} counts the top-level vdevs, each stripe disk being one. Disks appear
   * by their by-id name, which zpool shows without path and partition.
   */
  static List<String> vdevNames(ZfsPool pool) {
    var names = new ArrayList<String>();
    int top = 0;
    for (Vdev vdev : pool.vdevs()) {
      if (vdev.topology().keyword() != null) {
        names.add(vdev.topology().keyword() + "-" + top++);
        vdev.disks().forEach(d -> names.add(d.id()));
      } else {
        for (Disk disk : vdev.disks()) {
          names.add(disk.id());
          top++;
        }
      }
    }
    return names;
  }

  /** Tasks that create the pool when it is absent and keep its properties, datasets and scrub timer. */
  static List<Task> creation(ZfsPool pool) {
    var argv = new ArrayList<>(List.of("zpool", "create"));
    if (pool.allowWipe()) {
      argv.add("-f");
    }
    argv.addAll(List.of("-o", "ashift=" + pool.properties().ashift()));
    properties(pool.properties()).forEach((k, v) -> argv.addAll(List.of("-O", k + "=" + v)));
    argv.add(pool.name());
    pool.vdevs().forEach(v -> argv.addAll(v.zpoolArgs()));
    var tasks = new ArrayList<Task>();
    tasks.add(Task.named("Create ZFS pool " + pool.name())
        .module("ansible.builtin.command", a -> a.put("argv", YamlNode.strings(argv)))
        .keyword("changed_when", YamlNode.bool(true))
        .when(absent(pool))
        .build());
    tasks.add(dataset("Keep the properties of ZFS pool " + pool.name(), pool.name(), properties(pool.properties())));
    for (ZfsDataset d : pool.datasets()) {
      Map<String, String> props = new LinkedHashMap<>();
      if (d.recordsize() != null) {
        props.put("recordsize", Long.toString(d.recordsize().bytes()));
      }
      tasks.add(dataset("Create ZFS dataset " + pool.name() + "/" + d.name(), pool.name() + "/" + d.name(), props));
    }
    if (pool.scrub() == Scrub.WEEKLY) {
      tasks.addAll(weeklyScrub(pool.name()));
    }
    return tasks;
  }

  /** The root dataset properties, with sizes in bytes as {@code zfs get -p} reports them. */
  private static Map<String, String> properties(PoolProperties p) {
    Map<String, String> props = new LinkedHashMap<>();
    props.put("compression", p.compression().value());
    props.put("xattr", "sa");
    props.put("atime", p.atime() ? "on" : "off");
    props.put("recordsize", Long.toString(p.effectiveRecordsize().bytes()));
    if (p.dedup()) {
      props.put("dedup", "on");
    }
    return props;
  }

  private static Task dataset(String taskName, String dataset, Map<String, String> props) {
    return Task.named(taskName)
        .module("community.general.zfs", a -> {
          a.put("name", dataset).put("state", "present");
          if (!props.isEmpty()) {
            YamlMapBuilder m = YamlMap.builder();
            props.forEach(m::put);
            a.put("extra_zfs_properties", m.build());
          }
        })
        .build();
  }

  private static List<Task> weeklyScrub(String pool) {
    String unit = "zfs-scrub-weekly-" + pool;
    String service = "[Unit]\nDescription=Scrub ZFS pool " + pool + "\nDocumentation=man:zpool-scrub(8)\n"
        + "Requires=zfs.target\nAfter=zfs.target\n\n[Service]\nType=oneshot\nExecStart=/usr/sbin/zpool scrub "
        + pool + "\n";
    String timer = "[Unit]\nDescription=Weekly scrub of ZFS pool " + pool + "\n\n[Timer]\n"
        + "OnCalendar=Sun *-*-* 03:00:00\nRandomizedDelaySec=1h\nPersistent=true\n\n[Install]\n"
        + "WantedBy=timers.target\n";
    return List.of(
        unitFile("Install the weekly scrub service of pool " + pool, unit + ".service", service),
        unitFile("Install the weekly scrub timer of pool " + pool, unit + ".timer", timer),
        Task.named("Start the weekly scrub timer of pool " + pool)
            .module("ansible.builtin.systemd", a -> a.put("name", unit + ".timer").put("enabled", true)
                .put("state", "started").put("daemon_reload", true))
            .build());
  }

  private static Task unitFile(String taskName, String file, String content) {
    return Task.named(taskName)
        .module("ansible.builtin.copy", a -> a.put("dest", "/etc/systemd/system/" + file).put("content", content)
            .put("owner", "root").put("group", "root").put("mode", "0644"))
        .build();
  }

  /** The node-wide ARC limits in {@code /etc/modprobe.d/zfs.conf}; empty when Ingot does not manage them. */
  static List<Task> arcTasks(ZfsArc arc) {
    if (!arc.managed()) {
      return List.of();
    }
    var max = Task.named("Set the ZFS ARC maximum to " + arc.max())
        .module("ansible.builtin.lineinfile", a -> a.put("path", ZFS_CONF)
            .put("regexp", "^options zfs zfs_arc_max=")
            .put("line", "options zfs zfs_arc_max=" + arc.max().bytes())
            .put("create", true).put("owner", "root").put("group", "root").put("mode", "0644"))
        .notify(Handler.UPDATE_INITRAMFS.taskName())
        .build();
    Size min = arc.min();
    var minTask = min == null
        ? Task.named("Leave the ZFS ARC minimum at its default")
            .module("ansible.builtin.lineinfile", a -> a.put("path", ZFS_CONF)
                .put("regexp", "^options zfs zfs_arc_min=").put("state", "absent"))
            .notify(Handler.UPDATE_INITRAMFS.taskName())
            .build()
        : Task.named("Set the ZFS ARC minimum below the maximum")
            .module("ansible.builtin.lineinfile", a -> a.put("path", ZFS_CONF)
                .put("regexp", "^options zfs zfs_arc_min=")
                .put("line", "options zfs zfs_arc_min=" + min.bytes())
                .put("create", true).put("owner", "root").put("group", "root").put("mode", "0644"))
            .notify(Handler.UPDATE_INITRAMFS.taskName())
            .build();
    return List.of(max, minTask);
  }

  private static RebootCheck arcRebootCheck(ZfsArc arc) {
    Task probe = Task.named("Read the running ZFS ARC maximum")
        .module("ansible.builtin.slurp", a -> a.put("src", "/sys/module/zfs/parameters/zfs_arc_max"))
        .register("zfs_arc_max")
        .build();
    return new RebootCheck(probe, "(zfs_arc_max.content | b64decode | trim) != '" + arc.max().bytes() + "'",
        "the ZFS ARC maximum");
  }

  private static String absent(ZfsPool pool) {
    return "'" + pool.name() + "' not in zpool_list.stdout_lines";
  }

  private static String present(ZfsPool pool) {
    return "'" + pool.name() + "' in zpool_list.stdout_lines";
  }
}
