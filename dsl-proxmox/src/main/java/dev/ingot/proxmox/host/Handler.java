package dev.ingot.proxmox.host;

import dev.ingot.core.ansible.Task;
import dev.ingot.core.yaml.YamlNode;
import java.util.List;

/**
 * The handlers of a host preparation play, declared in the order Ansible must run them: the
 * initramfs first, then the boot entries that copy it to the EFI system partitions.
 */
public enum Handler {
  /** Rebuilds the initramfs of every installed kernel, as pve-docs asks after module changes. */
  UPDATE_INITRAMFS("Update the initramfs", List.of("update-initramfs", "-u", "-k", "all")),
  /** Regenerates the GRUB configuration (on proxmox-boot-tool hosts it runs a refresh itself). */
  UPDATE_GRUB("Update GRUB", List.of("update-grub")),
  /** Copies kernels, initramfs and {@code /etc/kernel/cmdline} to the EFI system partitions. */
  REFRESH_BOOT_ENTRIES("Refresh the boot entries", List.of("proxmox-boot-tool", "refresh"));

  private final String taskName;
  private final List<String> command;

  Handler(String taskName, List<String> command) {
    this.taskName = taskName;
    this.command = command;
  }

  /** The handler's task name, which tasks notify. */
  public String taskName() {
    return taskName;
  }

  /** The handler as a task; commands always report a change, since they only run when notified. */
  Task toTask() {
    return Task.named(taskName)
        .module("ansible.builtin.command", a -> a.put("argv", YamlNode.strings(command)))
        .keyword("changed_when", YamlNode.bool(true))
        .build();
  }
}
