package dev.ingot.proxmox.image;

import dev.ingot.core.ansible.Task;
import dev.ingot.core.value.Admin;
import dev.ingot.core.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;

/** The baseline tasks of Debian, Ubuntu and Arch clones: the same files the build writes. */
final class LinuxBaselineTasks {
  private LinuxBaselineTasks() {}

  static void add(GoldenImage<?> image, List<Task> tasks, List<Task> handlers) {
    boolean arch = image.recipe() instanceof ArchRecipe;
    Admin admin = image.admin();
    Baseline b = image.baseline();
    String bin = arch ? "/usr/bin/" : "/usr/sbin/";
    List<String> packages = new ArrayList<>(arch ? ArchBuild.PACKAGES : DebianFamily.PACKAGES);
    packages.addAll(b.packages());
    tasks.add(arch
        ? Task.named("Install the baseline packages")
            .module("community.general.pacman", a -> a.put("name", YamlNode.strings(packages)).put("state", "present"))
            .build()
        : Task.named("Install the baseline packages")
            .module("ansible.builtin.apt", a -> a.put("name", YamlNode.strings(packages)).put("state", "present")
                .put("update_cache", true).put("cache_valid_time", 3600))
            .build());
    tasks.add(Task.named("Run the QEMU guest agent")
        .module("ansible.builtin.service", a -> a.put("name", "qemu-guest-agent").put("state", "started"))
        .build());
    tasks.add(Task.named("Create the admin account")
        .module("ansible.builtin.user", a -> {
          a.put("name", admin.name())
              .put("groups", YamlNode.strings(List.of(arch ? "wheel" : "sudo")))
              .put("append", true)
              .put("shell", "/bin/bash");
          if (admin.passwordHash() != null) {
            a.put("password", "{{ " + admin.passwordHash().variable() + " }}");
          }
        })
        .keyword("no_log", YamlNode.bool(true))
        .build());
    tasks.add(Task.named("Authorize the admin's SSH keys")
        .module("ansible.posix.authorized_key", a -> a.put("user", admin.name()).put("key", "{{ item }}")
            .put("state", "present"))
        .loop(YamlNode.strings(BaselinePlaybook.keys(admin)))
        .build());
    tasks.add(copy("Let the admin use sudo", LinuxFiles.ADMIN_SUDOERS, LinuxFiles.adminSudoers(admin), "0440",
        bin + "visudo -cf %s", null));
    if (arch) {
      tasks.add(Task.named("Read the sshd drop-ins")
          .module("ansible.builtin.lineinfile", a -> a.put("path", "/etc/ssh/sshd_config")
              .put("line", "Include /etc/ssh/sshd_config.d/*.conf").put("insertbefore", "BOF"))
          .notify("Restart sshd")
          .build());
    }
    tasks.add(copy("Harden sshd", LinuxFiles.SSHD_DROP_IN, LinuxFiles.sshdHardening(), "0644",
        bin + "sshd -t -f %s", "Restart sshd"));
    tasks.add(Task.named("Set the time zone")
        .module("community.general.timezone", a -> a.put("name", b.timezone()))
        .build());
    tasks.add(Task.named("Generate the locale")
        .module("community.general.locale_gen", a -> a.put("name", b.locale()).put("state", "present"))
        .build());
    tasks.add(copy("Make it the system locale", arch ? "/etc/locale.conf" : "/etc/default/locale",
        "LANG=" + b.locale() + "\n", "0644", null, null));
    if (arch) {
      tasks.add(copy("Define the weekly upgrade", "/etc/systemd/system/ingot-upgrade.service",
          LinuxFiles.archUpgradeService(), "0644", null, null));
      tasks.add(copy("Schedule the weekly upgrade", "/etc/systemd/system/ingot-upgrade.timer",
          LinuxFiles.archUpgradeTimer(), "0644", null, null));
      tasks.add(Task.named("Upgrade all packages weekly")
          .module("ansible.builtin.systemd", a -> a.put("name", "ingot-upgrade.timer").put("enabled", true)
              .put("state", "started").put("daemon_reload", true))
          .build());
    } else {
      tasks.add(copy("Install security updates automatically", "/etc/apt/apt.conf.d/20auto-upgrades",
          LinuxFiles.aptAutoUpgrades(), "0644", null, null));
    }
    tasks.add(copy("Read the Proxmox VE cloud-init drive", LinuxFiles.CLOUD_INIT_DATASOURCES,
        LinuxFiles.cloudInitDatasources(), "0644", null, null));
    handlers.add(Task.named("Restart sshd")
        .module("ansible.builtin.service", a -> a.put("name", arch ? "sshd" : "ssh").put("state", "restarted"))
        .build());
  }

  /**
   * A root-owned file with {@code content}, checked by {@code validate} and notifying {@code handler}
   * (both optional).
   */
  private static Task copy(String name, String dest, String content, String mode, String validate, String handler) {
    var task = Task.named(name).module("ansible.builtin.copy", a -> a
        .put("dest", dest)
        .put("content", content)
        .put("owner", "root")
        .put("group", "root")
        .put("mode", mode)
        .put("validate", validate));
    if (handler != null) {
      task.notify(handler);
    }
    return task.build();
  }
}
