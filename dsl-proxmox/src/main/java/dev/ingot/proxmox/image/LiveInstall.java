package dev.ingot.proxmox.image;

import dev.ingot.core.hcl.HclExpr;
import dev.ingot.core.packer.PackerFunctions;
import dev.ingot.core.packer.Provisioner;
import dev.ingot.core.value.Admin;
import dev.ingot.proxmox.packer.Communicator;
import java.util.List;

/**
 * Arch and NixOS, installed from a live ISO: the boot command fetches {@code http/bootstrap.sh} from
 * Packer's HTTP server and runs it, which gives root the admin's SSH keys (and on NixOS starts a
 * QEMU guest agent, so the plugin learns the address); Packer then connects as root to the live
 * system and installs onto {@code /dev/sda} mounted at {@code /mnt}. Extra steps run in the new
 * system through a chroot.
 */
final class LiveInstall {
  /** The disk the VM installs onto: the first disk on the VirtIO SCSI controller. */
  static final String DISK = "/dev/sda";

  private LiveInstall() {}

  /** The HTTP files, the boot command after {@code wait} and the SSH connection as root. */
  static void connect(ImageBuild build, String bootstrap, String wait, String beforeCommand) {
    build.file("http/bootstrap.sh", Shell.script("Lets Packer in over SSH: the admin's keys for root in the live"
        + " system; the first argument is the URL of Packer's HTTP server", bootstrap));
    build.source()
        .http("/bootstrap.sh", PackerFunctions.file("http/bootstrap.sh"))
        .http("/authorized_keys", build.authorizedKeys())
        .bootCommand(wait, List.of(HclExpr.str(beforeCommand),
            HclExpr.str("curl -fsS http://{{ .HTTPIP }}:{{ .HTTPPort }}/bootstrap.sh | sudo bash -s"
                + " http://{{ .HTTPIP }}:{{ .HTTPPort }}<enter>")))
        .communicator(Communicator.ssh("root"));
  }

  /** The bootstrap steps both live systems share: root's keys from Packer, and sshd running. */
  static String authorizeRoot() {
    return Shell.lines(List.of(
        "install -d -m 0700 /root/.ssh",
        "curl -fsS -o /root/.ssh/authorized_keys \"$1/authorized_keys\"",
        "chmod 0600 /root/.ssh/authorized_keys",
        "systemctl start sshd"));
  }

  /** A script next to the template, run as root. */
  static Provisioner script(String relative) {
    return Provisioner.of("shell", b -> b.attribute("script", PackerFunctions.pathRoot(relative)));
  }

  /** A script next to the template, run as root with the admin's secrets in its environment. */
  static Provisioner scriptWithSecrets(ImageBuild build, String relative) {
    return Provisioner.of("shell", b -> b
        .attribute("environment_vars", HclExpr.list(environment(build)))
        .attribute("script", PackerFunctions.pathRoot(relative)));
  }

  /** The extra steps, each read from standard input by {@code shell}, a bash in the new system. */
  static void steps(ImageBuild build, String shell) {
    for (ProvisionStep step : build.image().baseline().steps()) {
      build.provision(Provisioner.of("shell", b -> b
          .attribute("execute_command", "{{ .Vars }} " + shell + " < {{ .Path }}")
          .attribute("inline", HclExpr.strings(((ProvisionStep.Shell) step).lines()))));
    }
  }

  /**
   * {@code ADMIN_PASSWORD_HASH} (empty when the admin has none) and {@code ADMIN_AUTHORIZED_KEYS},
   * whose values Packer masks in its output.
   */
  private static List<HclExpr> environment(ImageBuild build) {
    HclExpr hash = build.passwordHash();
    return List.of(
        HclExpr.template("ADMIN_PASSWORD_HASH=", hash == null ? HclExpr.str("") : hash),
        build.keysTemplate("ADMIN_AUTHORIZED_KEYS=", ""));
  }

  /** Shell lines that create the admin with the keys and hash from the environment, inside the new system. */
  static String createAdmin(Admin admin, String groups, String shell) {
    String home = "/home/" + admin.name();
    return Shell.lines(List.of(
        "useradd -m -G " + groups + " -s " + shell + " " + admin.name(),
        "if [ -n \"$ADMIN_PASSWORD_HASH\" ]; then printf '%s:%s\\n' " + admin.name()
            + " \"$ADMIN_PASSWORD_HASH\" | chpasswd -e; fi",
        "install -d -m 0700 -o " + admin.name() + " -g " + admin.name() + " " + home + "/.ssh",
        "printf '%s\\n' \"$ADMIN_AUTHORIZED_KEYS\" > " + home + "/.ssh/authorized_keys",
        "chown " + admin.name() + ":" + admin.name() + " " + home + "/.ssh/authorized_keys",
        "chmod 0600 " + home + "/.ssh/authorized_keys"));
  }
}
