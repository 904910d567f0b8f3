package dev.ingot.proxmox.image;

import dev.ingot.core.value.Admin;
import java.util.List;

/** The files of the Linux baseline, the same text in the build scripts and the baseline playbooks. */
final class LinuxFiles {
  /** The sshd drop-in that hardens SSH; sshd takes the first value it reads, and 10- comes before cloud-init's 50-. */
  static final String SSHD_DROP_IN = "/etc/ssh/sshd_config.d/10-ingot-hardening.conf";
  /** The cloud-init setting that reads Proxmox VE's cloud-init drive. */
  static final String CLOUD_INIT_DATASOURCES = "/etc/cloud/cloud.cfg.d/99-ingot-proxmox.cfg";
  /** The admin's sudo rule. */
  static final String ADMIN_SUDOERS = "/etc/sudoers.d/10-ingot-admin";
  /** Passwordless sudo for Packer during the build; the build removes it at the end. */
  static final String BUILD_SUDOERS = "/etc/sudoers.d/99-ingot-build";

  private LinuxFiles() {}

  /** sshd: keys only, no root, no keyboard-interactive or empty passwords. */
  static String sshdHardening() {
    return Shell.lines(List.of(
        "# Ingot baseline: logins with SSH keys only, never as root",
        "PermitRootLogin no",
        "PasswordAuthentication no",
        "KbdInteractiveAuthentication no",
        "PermitEmptyPasswords no",
        "PubkeyAuthentication yes",
        "X11Forwarding no",
        "MaxAuthTries 3"));
  }

  /** cloud-init's data sources: the NoCloud and ConfigDrive formats of Proxmox VE's cloud-init drive. */
  static String cloudInitDatasources() {
    return "# Ingot baseline: read Proxmox VE's cloud-init drive\ndatasource_list: [NoCloud, ConfigDrive]\n";
  }

  /** The admin's sudo rule: with the password when it has one, without when it has none. */
  static String sudoRule(Admin admin) {
    return admin.passwordHash() == null ? "ALL=(ALL) NOPASSWD: ALL" : "ALL=(ALL:ALL) ALL";
  }

  /** The admin's sudoers file. */
  static String adminSudoers(Admin admin) {
    return admin.name() + " " + sudoRule(admin) + "\n";
  }

  /** The build's sudo rule for the admin, removed at the end of the build. */
  static String buildSudoers(Admin admin) {
    return admin.name() + " ALL=(ALL) NOPASSWD: ALL\n";
  }

  /** APT's daily package list update and unattended security upgrades. */
  static String aptAutoUpgrades() {
    return "APT::Periodic::Update-Package-Lists \"1\";\nAPT::Periodic::Unattended-Upgrade \"1\";\n";
  }

  /** The systemd service that upgrades Arch (which has no security-only updates). */
  static String archUpgradeService() {
    return Shell.lines(List.of(
        "[Unit]",
        "Description=Upgrade all packages (Ingot baseline)",
        "Wants=network-online.target",
        "After=network-online.target",
        "",
        "[Service]",
        "Type=oneshot",
        "ExecStart=/usr/bin/pacman -Syu --noconfirm"));
  }

  /** The weekly timer of {@link #archUpgradeService()}. */
  static String archUpgradeTimer() {
    return Shell.lines(List.of(
        "[Unit]",
        "Description=Upgrade all packages weekly (Ingot baseline)",
        "",
        "[Timer]",
        "OnCalendar=weekly",
        "RandomizedDelaySec=1h",
        "Persistent=true",
        "",
        "[Install]",
        "WantedBy=timers.target"));
  }

  /** The line {@code locale.gen} has for {@code locale}: {@code en_US.UTF-8 UTF-8}. */
  static String localeGenLine(String locale) {
    return locale + " UTF-8";
  }
}
