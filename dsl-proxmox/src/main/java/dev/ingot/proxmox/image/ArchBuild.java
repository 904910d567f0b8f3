package dev.ingot.proxmox.image;

import dev.ingot.core.value.Admin;
import java.util.ArrayList;
import java.util.List;

/** Arch Linux: the live ISO, then partitioning, {@code pacstrap} and the configuration through {@code arch-chroot}. */
final class ArchBuild {
  /** The packages of the baseline on Arch, besides {@code base} and {@code linux}. */
  static final List<String> PACKAGES = List.of("openssh", "sudo", "qemu-guest-agent", "cloud-init",
      "cloud-guest-utils", "python");
  /** The services the new system starts; cloud-init's are the units of cloud-init 25. */
  static final List<String> SERVICES = List.of("sshd.service", "systemd-networkd.service",
      "systemd-resolved.service", "cloud-init-main.service", "cloud-init-local.service",
      "cloud-init-network.service", "cloud-config.service", "cloud-final.service", "ingot-upgrade.timer");
  /** The chroot the extra steps run in. */
  static final String CHROOT = "arch-chroot /mnt /bin/bash -euo pipefail -s";

  private ArchBuild() {}

  static void configure(ImageBuild build) {
    GoldenImage<?> image = build.image();
    LiveInstall.connect(build, LiveInstall.authorizeRoot(), "5s", "<enter><wait60s>");
    build.file("scripts/install.sh", Shell.script("Installs Arch Linux onto " + LiveInstall.DISK
        + " from the live system; run as root", install(image)));
    build.file("scripts/finish.sh", Shell.script("Generalizes the new system and unmounts it; run as root, last",
        finish()));
    build.provision(LiveInstall.scriptWithSecrets(build, "scripts/install.sh"));
    LiveInstall.steps(build, CHROOT);
    build.provision(LiveInstall.script("scripts/finish.sh"));
  }

  private static String install(GoldenImage<?> image) {
    var recipe = (ArchRecipe) image.recipe();
    String disk = LiveInstall.DISK;
    List<String> packages = new ArrayList<>(List.of("base", "linux"));
    packages.addAll(PACKAGES);
    packages.addAll(image.baseline().packages());
    return Shell.lines(List.of(
        "disk=" + disk,
        "sgdisk --zap-all \"$disk\"",
        "sgdisk --new=1:0:+1G --typecode=1:ef00 --change-name=1:ESP \\",
        "  --new=2:0:0 --typecode=2:8304 --change-name=2:root \"$disk\"",
        "udevadm settle",
        "mkfs.fat -F 32 -n ESP \"${disk}1\"",
        "mkfs.ext4 -F -L root \"${disk}2\"",
        "mount \"${disk}2\" /mnt",
        "mount --mkdir -o umask=0077 \"${disk}1\" /mnt/boot",
        "",
        "echo " + Shell.quote("Server = " + recipe.mirror()) + " > /etc/pacman.d/mirrorlist",
        "pacstrap -K /mnt " + String.join(" ", packages),
        "genfstab -U /mnt >> /mnt/etc/fstab",
        "install -m 0644 /etc/pacman.d/mirrorlist /mnt/etc/pacman.d/mirrorlist",
        "",
        "arch-chroot /mnt /bin/bash -euo pipefail -s <<'CHROOT'"))
        + configure(image)
        + Shell.lines(List.of(
        "CHROOT",
        "ln -sf ../run/systemd/resolve/stub-resolv.conf /mnt/etc/resolv.conf"));
  }

  /** The configuration of the new system, run inside it. */
  private static String configure(GoldenImage<?> image) {
    Baseline b = image.baseline();
    Admin admin = image.admin();
    String localeLine = LinuxFiles.localeGenLine(b.locale());
    return Shell.lines(List.of(
        "ln -sf " + Shell.quote("/usr/share/zoneinfo/" + b.timezone()) + " /etc/localtime",
        "sed -i " + Shell.quote("s/^#" + localeLine.replace(".", "\\.") + "$/" + localeLine + "/") + " /etc/locale.gen",
        "locale-gen",
        "echo " + Shell.quote("LANG=" + b.locale()) + " > /etc/locale.conf",
        "echo " + Shell.quote("KEYMAP=" + b.keyboard()) + " > /etc/vconsole.conf",
        "",
        "bootctl install"))
        + Shell.writeFile("/boot/loader/loader.conf", "0644", Shell.lines(List.of("default arch.conf", "timeout 0")))
        + Shell.writeFile("/boot/loader/entries/arch.conf", "0644", Shell.lines(List.of(
            "title Arch Linux",
            "linux /vmlinuz-linux",
            "initrd /initramfs-linux.img",
            "options root=LABEL=root rw")))
        + "\n"
        + LiveInstall.createAdmin(admin, "wheel", "/bin/bash")
        + Shell.writeFile(LinuxFiles.ADMIN_SUDOERS, "0440", LinuxFiles.adminSudoers(admin))
        + "visudo -cf " + LinuxFiles.ADMIN_SUDOERS + "\n\n"
        + Shell.writeFile(LinuxFiles.SSHD_DROP_IN, "0644", LinuxFiles.sshdHardening())
        + "grep -q '^Include /etc/ssh/sshd_config.d/\\*.conf' /etc/ssh/sshd_config \\\n"
        + "  || sed -i '1i Include /etc/ssh/sshd_config.d/*.conf' /etc/ssh/sshd_config\n\n"
        + Shell.writeFile(LinuxFiles.CLOUD_INIT_DATASOURCES, "0644", LinuxFiles.cloudInitDatasources())
        + Shell.writeFile("/etc/systemd/system/ingot-upgrade.service", "0644", LinuxFiles.archUpgradeService())
        + Shell.writeFile("/etc/systemd/system/ingot-upgrade.timer", "0644", LinuxFiles.archUpgradeTimer())
        + "systemctl enable " + String.join(" ", SERVICES) + "\n";
  }

  private static String finish() {
    return Shell.lines(List.of(
        "rm -rf /mnt/var/cache/pacman/pkg/*",
        "rm -f /mnt/etc/ssh/ssh_host_* /mnt/root/.bash_history",
        ": > /mnt/etc/machine-id",
        "umount -R /mnt",
        "sync"));
  }
}
