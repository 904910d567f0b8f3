package dev.ingot.proxmox.image;

import dev.ingot.core.ansible.Task;
import dev.ingot.core.value.Admin;
import dev.ingot.core.yaml.YamlNode;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import java.util.List;

/** The baseline tasks of Windows clones, through the ansible.windows modules over SSH. */
final class WindowsBaselineTasks {
  private static final String AU = "HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate\\AU";

  private WindowsBaselineTasks() {}

  static void add(GoldenImage<?> image, WindowsRecipe recipe, List<Task> tasks, List<Task> handlers) {
    Admin admin = image.admin();
    String keysFile = WindowsBuild.ADMIN_KEYS.replace('/', '\\');
    tasks.add(Task.named("Create the admin account")
        .module("ansible.windows.win_user", a -> a
            .put("name", admin.name())
            .put("password", "{{ " + recipe.adminPassword().variable() + " }}")
            .put("update_password", "on_create")
            .put("groups", YamlNode.strings(List.of("Administrators")))
            .put("groups_action", "add"))
        .keyword("no_log", YamlNode.bool(true))
        .build());
    tasks.add(service("Run the QEMU guest agent", "QEMU-GA"));
    tasks.add(Task.named("Harden sshd")
        .module("ansible.windows.win_copy", a -> a.put("dest", "C:\\ProgramData\\ssh\\sshd_config")
            .put("content", WindowsBuild.SSHD_CONFIG))
        .notify("Restart sshd")
        .build());
    tasks.add(service("Run the OpenSSH server", "sshd"));
    tasks.add(Task.named("Authorize the admin's SSH keys")
        .module("ansible.windows.win_copy", a -> a.put("dest", keysFile)
            .put("content", String.join("\n", BaselinePlaybook.keys(admin)) + "\n"))
        .build());
    for (String principal : List.of("Administrators", "SYSTEM")) {
      tasks.add(Task.named("Let " + principal + " read the admin keys")
          .module("ansible.windows.win_acl", a -> a.put("path", keysFile).put("user", principal)
              .put("rights", "FullControl").put("type", "allow").put("state", "present"))
          .build());
    }
    tasks.add(Task.named("Let only them read the admin keys")
        .module("ansible.windows.win_acl_inheritance", a -> a.put("path", keysFile).put("state", "absent")
            .put("reorganize", false))
        .build());
    tasks.add(Task.named("Set the time zone")
        .module("community.windows.win_timezone", a -> a.put("timezone",
            WindowsZones.of(image.baseline().timezone()).orElseThrow()))
        .build());
    tasks.add(Task.named("Install updates automatically")
        .module("ansible.windows.win_regedit", a -> a.put("path", AU).put("name", "{{ item.name }}")
            .put("data", "{{ item.data }}").put("type", "dword"))
        .loop(YamlNode.seq(List.of(
            setting("NoAutoUpdate", 0), setting("AUOptions", 4), setting("ScheduledInstallDay", 0),
            setting("ScheduledInstallTime", 3))))
        .build());
    handlers.add(Task.named("Restart sshd")
        .module("ansible.windows.win_service", a -> a.put("name", "sshd").put("state", "restarted"))
        .build());
  }

  private static Task service(String name, String service) {
    return Task.named(name)
        .module("ansible.windows.win_service", a -> a.put("name", service).put("start_mode", "auto")
            .put("state", "started"))
        .build();
  }

  private static YamlMap setting(String name, int data) {
    return YamlMap.builder().put("name", name).put("data", data).build();
  }
}
