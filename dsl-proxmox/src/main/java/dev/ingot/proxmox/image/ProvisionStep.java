package dev.ingot.proxmox.image;

import java.util.List;

/**
 * An extra step of a golden image's build, run after the baseline and before the image is
 * generalized. On Debian and Ubuntu shell steps run as root (through sudo) in the installed system;
 * on Arch and NixOS in the installed system through {@code arch-chroot} or {@code nixos-enter}; on
 * Windows PowerShell steps run as the administrator.
 */
public sealed interface ProvisionStep {
  /** Shell lines run by bash with {@code -euo pipefail} (Linux). */
  static ProvisionStep shell(String... lines) {
    return new Shell(List.of(lines));
  }

  /** PowerShell lines (Windows). */
  static ProvisionStep powershell(String... lines) {
    return new PowerShell(List.of(lines));
  }

  /** A restart of Windows, waiting until it is back (after updates or features that need one). */
  static ProvisionStep windowsRestart() {
    return new WindowsRestart();
  }

  /** True when the step runs on Windows, false for Linux. */
  boolean forWindows();

  /**
   * Shell lines.
   *
   * @param lines the lines, in order
   */
  record Shell(List<String> lines) implements ProvisionStep {
    /** Copies the lines. */
    public Shell {
      lines = List.copyOf(lines);
    }

    @Override
    public boolean forWindows() {
      return false;
    }
  }

  /**
   * PowerShell lines.
   *
   * @param lines the lines, in order
   */
  record PowerShell(List<String> lines) implements ProvisionStep {
    /** Copies the lines. */
    public PowerShell {
      lines = List.copyOf(lines);
    }

    @Override
    public boolean forWindows() {
      return true;
    }
  }

  /** A restart of Windows. */
  record WindowsRestart() implements ProvisionStep {
    @Override
    public boolean forWindows() {
      return true;
    }
  }
}
