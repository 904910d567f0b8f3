package dev.ingot.proxmox;

import dev.ingot.proxmox.host.KernelCommandLine;

/** How a node boots, which decides where its kernel command line lives. */
public enum BootLoader {
  /** GRUB: the command line is {@code GRUB_CMDLINE_LINUX_DEFAULT}, applied with {@code update-grub}. */
  GRUB,
  /**
   * systemd-boot through {@code proxmox-boot-tool}, as on UEFI installs with ZFS root and Secure
   * Boot off: the command line is {@code /etc/kernel/cmdline}, applied with {@code proxmox-boot-tool refresh}.
   */
  SYSTEMD_BOOT;

  /** Where a host booting this way keeps its kernel command line. */
  public KernelCommandLine commandLine() {
    return this == GRUB ? KernelCommandLine.GRUB : KernelCommandLine.KERNEL_CMDLINE_FILE;
  }
}
