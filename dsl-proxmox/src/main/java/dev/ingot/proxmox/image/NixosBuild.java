package dev.ingot.proxmox.image;

import dev.ingot.core.TextDocument;
import dev.ingot.core.hcl.HclExpr;
import dev.ingot.core.hcl.TemplateFile;
import dev.ingot.core.packer.PackerFunctions;
import dev.ingot.core.packer.Provisioner;
import dev.ingot.core.value.Admin;
import dev.ingot.core.value.SshKey;
import java.util.ArrayList;
import java.util.List;

/**
 * NixOS: the minimal ISO, then partitioning, the emitted {@code configuration.nix} (the admin account,
 * filled from Packer's variables) and {@code ingot.nix} (the baseline), and {@code nixos-install}.
 */
final class NixosBuild {
  /** The file of the baseline module, on the build host and in {@code /etc/nixos}. */
  static final String MODULE = "ingot.nix";
  /** The shell the extra steps run in: bash of the new system, entered with {@code nixos-enter}. */
  static final String ENTER = "nixos-enter --root /mnt -- /run/current-system/sw/bin/bash -euo pipefail -s";

  private NixosBuild() {}

  static void configure(ImageBuild build) {
    GoldenImage<?> image = build.image();
    LiveInstall.connect(build, LiveInstall.authorizeRoot() + guestAgent(), "5s", "<enter><wait60s>");
    build.file("scripts/install.sh", Shell.script("Partitions " + LiveInstall.DISK
        + " from the live system and writes the hardware configuration; run as root", install()));
    build.file("scripts/finish.sh", Shell.script("Generalizes the new system and unmounts it; run as root, last",
        Shell.lines(List.of(
            "rm -f /mnt/etc/ssh/ssh_host_* /mnt/root/.bash_history",
            ": > /mnt/etc/machine-id",
            "umount -R /mnt",
            "sync"))));
    var vars = new TemplateVars();
    build.file("configuration.nix.pkrtpl", TextDocument.hashComments(configuration(build, vars)));
    build.file(MODULE, TextDocument.hashComments(module(image)));
    build.provision(LiveInstall.script("scripts/install.sh"));
    build.provision(Provisioner.of("file", b -> b
        .attribute("content", PackerFunctions.templatefile("configuration.nix.pkrtpl", vars.vars()))
        .attribute("destination", "/mnt/etc/nixos/configuration.nix")));
    build.provision(Provisioner.of("file", b -> b
        .attribute("source", PackerFunctions.pathRoot(MODULE))
        .attribute("destination", "/mnt/etc/nixos/" + MODULE)));
    build.provision(Provisioner.of("shell", b -> b
        .attribute("inline", HclExpr.strings(List.of("nixos-install --no-root-passwd")))));
    LiveInstall.steps(build, ENTER);
    build.provision(LiveInstall.script("scripts/finish.sh"));
  }

  /**
   * The minimal ISO has no QEMU guest agent, which the plugin needs for the address: fetch one from the
   * binary cache for the ISO's own channel and start it.
   */
  private static String guestAgent() {
    return Shell.lines(List.of(
        "agent=$(nix-build /nix/var/nix/profiles/per-user/root/channels/nixos -A qemu_kvm.ga --no-out-link)",
        "\"$agent/bin/qemu-ga\" --daemonize --method=virtio-serial --path=/dev/virtio-ports/org.qemu.guest_agent.0"));
  }

  private static String install() {
    return Shell.lines(List.of(
        "disk=" + LiveInstall.DISK,
        "parted -s \"$disk\" -- mklabel gpt mkpart ESP fat32 1MiB 1GiB set 1 esp on mkpart root ext4 1GiB 100%",
        "udevadm settle",
        "mkfs.fat -F 32 -n BOOT \"${disk}1\"",
        "mkfs.ext4 -F -L nixos \"${disk}2\"",
        "mount \"${disk}2\" /mnt",
        "mkdir -p /mnt/boot",
        "mount -o umask=0077 \"${disk}1\" /mnt/boot",
        "nixos-generate-config --root /mnt"));
  }

  /** {@code configuration.nix} as a templatefile template: the admin's hash and keys are placeholders. */
  private static String configuration(ImageBuild build, TemplateVars vars) {
    Admin admin = build.admin();
    var recipe = (NixosRecipe) build.image().recipe();
    var out = new StringBuilder();
    out.append("# The admin account of the image; Packer's templatefile fills in its password hash and keys.\n")
        .append("{ ... }:\n\n{\n")
        .append("  imports = [\n    ./hardware-configuration.nix\n    ./").append(MODULE).append("\n  ];\n\n")
        .append("  users.users.").append(admin.name()).append(" = {\n")
        .append("    isNormalUser = true;\n")
        .append("    extraGroups = [ \"wheel\" ];\n");
    HclExpr hash = build.passwordHash();
    if (hash != null) {
      out.append("    hashedPassword = \"").append(vars.placeholder(admin.passwordHash().variable(), hash))
          .append("\";\n");
    }
    out.append("    openssh.authorizedKeys.keys = [\n");
    for (SshKey key : admin.sshKeys()) {
      if (key instanceof SshKey.Literal literal) {
        out.append("      ").append(TemplateFile.literal(nixString(literal.publicKey()))).append('\n');
      } else {
        var secret = ((SshKey.FromSecret) key).secret();
        out.append("      \"").append(vars.placeholder(secret.variable(),
            build.secret(secret, "SSH public key of the admin"))).append("\"\n");
      }
    }
    out.append("    ];\n  };\n\n")
        .append("  system.stateVersion = \"").append(recipe.release()).append("\";\n}\n");
    return out.toString();
  }

  /** {@code ingot.nix}: the baseline, without secrets, so that the baseline playbook can keep it too. */
  static String module(GoldenImage<?> image) {
    Baseline b = image.baseline();
    List<String> packages = new ArrayList<>(List.of("python3"));
    packages.addAll(b.packages());
    return Shell.lines(List.of(
        "# The Ingot baseline of " + image.recipe().displayName() + ", imported by configuration.nix",
        "{ pkgs, ... }:",
        "",
        "{",
        "  boot.loader.systemd-boot.enable = true;",
        "  boot.loader.efi.canTouchEfiVariables = true;",
        "  boot.growPartition = true;",
        "  fileSystems.\"/\".autoResize = true;",
        "",
        "  networking.hostName = \"\";",
        "  networking.useNetworkd = true;",
        "  networking.useDHCP = false;",
        "  services.cloud-init.enable = true;",
        "  services.cloud-init.network.enable = true;",
        "  services.qemuGuest.enable = true;",
        "",
        "  services.openssh.enable = true;",
        "  services.openssh.settings.PermitRootLogin = \"no\";",
        "  services.openssh.settings.PasswordAuthentication = false;",
        "  services.openssh.settings.KbdInteractiveAuthentication = false;",
        "  security.sudo.wheelNeedsPassword = " + (image.admin().passwordHash() != null) + ";",
        "",
        "  time.timeZone = " + nixString(b.timezone()) + ";",
        "  i18n.defaultLocale = " + nixString(b.locale()) + ";",
        "  console.keyMap = " + nixString(b.keyboard()) + ";",
        "",
        "  environment.systemPackages = with pkgs; [ " + String.join(" ", packages) + " ];",
        "",
        "  system.autoUpgrade.enable = true;",
        "  system.autoUpgrade.allowReboot = false;",
        "}"));
  }

  /** {@code value} as a Nix string literal. */
  private static String nixString(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("${", "\\${") + "\"";
  }
}
