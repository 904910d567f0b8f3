package dev.ingot.proxmox.host;

import dev.ingot.core.ansible.Task;
import dev.ingot.core.yaml.YamlNode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a host keeps its kernel command line, and the idempotent tasks that add arguments to it.
 * Arguments are only ever added or replaced (an argument with the same key, such as an older
 * {@code iommu=…}); nothing else on the line is touched.
 */
public enum KernelCommandLine {
  /**
   * {@code GRUB_CMDLINE_LINUX_DEFAULT} of GRUB, extended by a drop-in in {@code /etc/default/grub.d/}
   * (which Debian's {@code update-grub} reads after {@code /etc/default/grub}), so that the main file
   * stays the administrator's.
   */
  GRUB {
    @Override
    List<Task> checks(String host) {
      return List.of();
    }

    @Override
    List<Task> apply(List<String> args) {
      String content = "# Managed by Ingot: kernel arguments for PCI passthrough.\n"
          + "GRUB_CMDLINE_LINUX_DEFAULT=\"${GRUB_CMDLINE_LINUX_DEFAULT} " + String.join(" ", args) + "\"\n";
      return List.of(Task.named("Add " + String.join(" ", args) + " to the GRUB kernel command line")
          .module("ansible.builtin.copy", a -> a.put("dest", GRUB_DROP_IN).put("content", content)
              .put("owner", "root").put("group", "root").put("mode", "0644"))
          .notify(Handler.UPDATE_GRUB.taskName())
          .build());
    }
  },

  /** {@code /etc/kernel/cmdline}, one line that {@code proxmox-boot-tool refresh} copies to systemd-boot. */
  KERNEL_CMDLINE_FILE {
    @Override
    List<Task> checks(String host) {
      return List.of(
          Task.named("Look for /etc/kernel/cmdline")
              .module("ansible.builtin.stat", a -> a.put("path", CMDLINE_FILE))
              .register("kernel_cmdline_file")
              .build(),
          Task.named("Check that " + host + " boots with systemd-boot")
              .module("ansible.builtin.assert", a -> a.put("that", "kernel_cmdline_file.stat.exists")
                  .put("fail_msg", CMDLINE_FILE + " is missing, so " + host
                      + " does not boot with systemd-boot: model it with BootLoader.GRUB"))
              .build());
    }

    @Override
    List<Task> apply(List<String> args) {
      String keys = args.stream().map(a -> a.split("=", 2)[0]).distinct().collect(Collectors.joining("|"));
      String added = args.stream().map(a -> "'" + a + "'").collect(Collectors.joining(", "));
      String content = "{{ (kernel_cmdline_args | reject('match', '(" + keys + ")(=|$)') | list + [" + added
          + "]) | join(' ') }}\n";
      return List.of(
          Task.named("Read /etc/kernel/cmdline")
              .module("ansible.builtin.slurp", a -> a.put("src", CMDLINE_FILE))
              .register("kernel_cmdline")
              .build(),
          Task.named("Add " + String.join(" ", args) + " to /etc/kernel/cmdline")
              .module("ansible.builtin.copy", a -> a.put("dest", CMDLINE_FILE).put("content", content)
                  .put("owner", "root").put("group", "root").put("mode", "0644"))
              .keyword("vars", YamlNode.YamlMap.builder()
                  .put("kernel_cmdline_args", "{{ (kernel_cmdline.content | b64decode).split() }}").build())
              .notify(Handler.REFRESH_BOOT_ENTRIES.taskName())
              .build());
    }
  };

  /** The GRUB drop-in that carries the arguments. */
  static final String GRUB_DROP_IN = "/etc/default/grub.d/ingot-kernel-args.cfg";

  private static final String CMDLINE_FILE = "/etc/kernel/cmdline";

  /** Read-only tasks that check the host really keeps its command line here. */
  abstract List<Task> checks(String host);

  /** Tasks that add {@code args} to the command line and notify the handler that applies them. */
  abstract List<Task> apply(List<String> args);

  /** The reboot check: true while the running kernel lacks one of {@code args}. */
  static RebootCheck rebootCheck(List<String> args) {
    Task probe = Task.named("Read the running kernel command line")
        .module("ansible.builtin.slurp", a -> a.put("src", "/proc/cmdline"))
        .register("proc_cmdline")
        .build();
    String wanted = args.stream().map(a -> "'" + a + "'").collect(Collectors.joining(", "));
    return new RebootCheck(probe,
        "[" + wanted + "] | difference((proc_cmdline.content | b64decode).split()) | length > 0",
        "the kernel command line (" + String.join(" ", args) + ")");
  }
}
