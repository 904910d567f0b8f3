package dev.ingot.proxmox.image;

import dev.ingot.core.TextDocument;
import dev.ingot.core.cloudinit.CloudConfig;
import dev.ingot.core.cloudinit.CloudString;
import dev.ingot.core.cloudinit.CloudUser;
import dev.ingot.core.cloudinit.Command;
import dev.ingot.core.cloudinit.WriteFile;
import dev.ingot.core.hcl.HclExpr;
import dev.ingot.core.hcl.TemplateFile;
import dev.ingot.core.packer.PackerFunctions;
import dev.ingot.core.packer.Provisioner;
import dev.ingot.core.value.Admin;
import dev.ingot.core.value.SshKey;
import dev.ingot.core.yaml.YamlDocument;
import dev.ingot.core.yaml.YamlNode;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import dev.ingot.proxmox.packer.Communicator;
import dev.ingot.proxmox.packer.IsoContent;
import dev.ingot.proxmox.packer.IsoDrive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Debian and Ubuntu: the installer's answer file (a preseed, or subiquity's autoinstall), then the
 * baseline script, the extra steps and the cleanup, each run as root through sudo over SSH in the
 * installed system.
 */
final class DebianFamily {
  /** The packages of the baseline on Debian and Ubuntu. */
  static final List<String> PACKAGES = List.of("qemu-guest-agent", "cloud-init", "openssh-server", "sudo",
      "unattended-upgrades", "locales", "ca-certificates", "python3");
  /** How the build runs a script: executable, as root through sudo, with Packer's variables. */
  static final String EXECUTE = "chmod +x {{ .Path }}; {{ .Vars }} sudo -E {{ .Path }}";

  private DebianFamily() {}

  /** Debian: debian-installer with the preseed served over HTTP, or a clone of a cloud-image template. */
  static void debian(ImageBuild build) {
    if (build.image().base() != null) {
      cloudImage(build, false);
      return;
    }
    var recipe = (DebianRecipe) build.image().recipe();
    var vars = new TemplateVars();
    String preseed = preseed(build, recipe, vars);
    build.file("http/preseed.cfg.pkrtpl", TextDocument.hashComments(preseed));
    build.source()
        .http("/preseed.cfg", PackerFunctions.templatefile("http/preseed.cfg.pkrtpl", vars.vars()))
        .http("/authorized_keys", build.authorizedKeys())
        .bootCommand("5s", keys(List.of(
            "c<wait>",
            "linux /install.amd/vmlinuz auto=true priority=critical"
                + " url=http://{{ .HTTPIP }}:{{ .HTTPPort }}/preseed.cfg hostname=" + recipe.os()
                + " domain=localdomain locale=" + build.image().baseline().locale()
                + " keymap=" + build.image().baseline().keyboard() + " --- quiet<enter><wait>",
            "initrd /install.amd/initrd.gz<enter><wait>",
            "boot<enter>")));
    common(build, false);
  }

  /** Ubuntu: subiquity with autoinstall user-data served over HTTP (NoCloud), or a clone of a cloud-image template. */
  static void ubuntu(ImageBuild build) {
    if (build.image().base() != null) {
      cloudImage(build, true);
      return;
    }
    var vars = new TemplateVars();
    YamlDocument userData = autoinstall(build, vars);
    build.file("http/user-data.pkrtpl", userData);
    build.source()
        .http("/user-data", PackerFunctions.templatefile("http/user-data.pkrtpl", vars.vars()))
        .http("/meta-data", HclExpr.str(""))
        .bootCommand("5s", keys(List.of(
            "c<wait>",
            "linux /casper/vmlinuz autoinstall ds=nocloud\\;s=http://{{ .HTTPIP }}:{{ .HTTPPort }}/ ---<enter><wait>",
            "initrd /casper/initrd<enter><wait>",
            "boot<enter>")));
    common(build, true);
  }

  /**
   * A clone of a cloud-image template: a NoCloud seed CD ({@code cidata}) gives cloud-init the admin
   * account with its keys, password hash and the build's sudo rule, and installs and starts the QEMU
   * guest agent, through which the plugin learns the clone's address.
   */
  private static void cloudImage(ImageBuild build, boolean ubuntu) {
    GoldenImage<?> image = build.image();
    Admin admin = image.admin();
    var vars = new TemplateVars();
    CloudUser user = CloudUser.named(admin.name()).groups("sudo").shell("/bin/bash");
    for (SshKey key : admin.sshKeys()) {
      CloudString value = CloudString.of(key);
      if (key instanceof SshKey.FromSecret s) {
        vars.bind(s.secret().variable(), build.secret(s.secret(), "SSH public key of the admin"));
      }
      user = user.sshAuthorizedKey(value);
    }
    HclExpr hash = build.passwordHash();
    if (hash != null) {
      vars.bind(admin.passwordHash().variable(), hash);
      user = user.hashedPassword(CloudString.secret(admin.passwordHash()));
    }
    CloudConfig seed = CloudConfig.empty()
        .user(user)
        .writeFile(WriteFile.of(LinuxFiles.BUILD_SUDOERS, LinuxFiles.buildSudoers(admin)).permissions("0440"))
        .updatePackageIndex()
        .packages("qemu-guest-agent")
        .runcmd(Command.argv("systemctl", "start", "qemu-guest-agent"));
    build.file("seed/user-data.pkrtpl", seed.toTemplate());
    Map<String, HclExpr> content = new LinkedHashMap<>();
    content.put("user-data", PackerFunctions.templatefile("seed/user-data.pkrtpl", vars.vars()));
    content.put("meta-data", HclExpr.str("instance-id: " + image.templateName() + "\nlocal-hostname: "
        + image.recipe().os() + "\n"));
    build.source().additionalIso(IsoDrive.sata(new IsoContent.Generated(content, List.of(), "cidata",
        build.isoStorage())));
    common(build, ubuntu);
  }

  /** The SSH connection, the baseline script, the extra steps and the cleanup. */
  private static void common(ImageBuild build, boolean ubuntu) {
    GoldenImage<?> image = build.image();
    build.source().communicator(Communicator.ssh(image.admin().name()));
    build.file("scripts/baseline.sh", Shell.script("Brings " + image.recipe().displayName()
        + " to the golden baseline; run as root", baseline(image, ubuntu)));
    build.file("scripts/cleanup.sh", Shell.script("Generalizes the image for its clones; run as root, last",
        cleanup(ubuntu, image.base() == null)));
    build.provision(script("scripts/baseline.sh"));
    for (ProvisionStep step : image.baseline().steps()) {
      build.provision(Provisioner.of("shell", b -> b
          .attribute("execute_command", EXECUTE)
          .attribute("inline_shebang", "/bin/bash -euo pipefail")
          .attribute("inline", HclExpr.strings(((ProvisionStep.Shell) step).lines()))));
    }
    build.provision(script("scripts/cleanup.sh"));
  }

  private static Provisioner script(String relative) {
    return Provisioner.of("shell", b -> b
        .attribute("execute_command", EXECUTE)
        .attribute("script", PackerFunctions.pathRoot(relative)));
  }

  /** Boot command keystrokes as literal strings. */
  static List<HclExpr> keys(List<String> keys) {
    return keys.stream().map(HclExpr::str).toList();
  }

  private static String preseed(ImageBuild build, DebianRecipe recipe, TemplateVars vars) {
    GoldenImage<?> image = build.image();
    Admin admin = image.admin();
    String user = admin.name();
    String home = "/home/" + user;
    HclExpr hash = build.passwordHash();
    var lines = new ArrayList<String>();
    lines.add("# debian-installer answers for " + recipe.displayName()
        + "; Packer's templatefile fills in the admin's password hash");
    lines.add("d-i debian-installer/locale string " + image.baseline().locale());
    lines.add("d-i keyboard-configuration/xkb-keymap select " + image.baseline().keyboard());
    lines.add("d-i netcfg/choose_interface select auto");
    lines.add("d-i netcfg/get_hostname string " + recipe.os());
    lines.add("d-i netcfg/get_domain string localdomain");
    lines.add("d-i hw-detect/load_firmware boolean false");
    lines.add("d-i mirror/country string manual");
    lines.add("d-i mirror/http/hostname string " + recipe.mirror());
    lines.add("d-i mirror/http/directory string /debian");
    lines.add("d-i mirror/http/proxy string");
    lines.add("d-i passwd/root-login boolean false");
    lines.add("d-i passwd/make-user boolean true");
    lines.add("d-i passwd/user-fullname string " + user);
    lines.add("d-i passwd/username string " + user);
    var out = new StringBuilder();
    lines.forEach(l -> out.append(TemplateFile.literal(l)).append('\n'));
    out.append("d-i passwd/user-password-crypted password ")
        .append(hash == null ? "!" : vars.placeholder(admin.passwordHash().variable(), hash)).append('\n');
    lines.clear();
    lines.add("d-i clock-setup/utc boolean true");
    lines.add("d-i time/zone string " + image.baseline().timezone());
    lines.add("d-i clock-setup/ntp boolean true");
    lines.add("d-i partman-auto/disk string /dev/sda");
    lines.add("d-i partman-auto/method string regular");
    lines.add("d-i partman-partitioning/choose_label select gpt");
    lines.add("d-i partman-partitioning/default_label string gpt");
    lines.add("d-i partman-auto/expert_recipe string ingot :: 538 538 1075 free $iflabel{ gpt } $reusemethod{ }"
        + " method{ efi } format{ } . 4096 8192 -1 ext4 method{ format } format{ } use_filesystem{ }"
        + " filesystem{ ext4 } mountpoint{ / } .");
    lines.add("d-i partman-auto/choose_recipe select ingot");
    lines.add("d-i partman-basicfilesystems/no_swap boolean false");
    lines.add("d-i partman-partitioning/confirm_write_new_label boolean true");
    lines.add("d-i partman/choose_partition select finish");
    lines.add("d-i partman/confirm boolean true");
    lines.add("d-i partman/confirm_nooverwrite boolean true");
    lines.add("d-i apt-setup/non-free-firmware boolean true");
    lines.add("d-i apt-setup/services-select multiselect security, updates");
    lines.add("tasksel tasksel/first multiselect standard, ssh-server");
    lines.add("d-i pkgsel/include string qemu-guest-agent cloud-init sudo");
    lines.add("d-i pkgsel/upgrade select full-upgrade");
    lines.add("popularity-contest popularity-contest/participate boolean false");
    lines.add("d-i grub-installer/only_debian boolean true");
    lines.add("d-i grub-installer/bootdev string default");
    lines.add("d-i finish-install/reboot_in_progress note");
    lines.add("d-i preseed/late_command string"
        + " in-target install -d -m 0700 -o " + user + " -g " + user + " " + home + "/.ssh;"
        + " wget -q -O /target" + home + "/.ssh/authorized_keys"
        + " \"$(debconf-get preseed/url | sed 's,/preseed.cfg$,/authorized_keys,')\";"
        + " in-target chown " + user + ":" + user + " " + home + "/.ssh/authorized_keys;"
        + " in-target chmod 0600 " + home + "/.ssh/authorized_keys;"
        + " echo '" + LinuxFiles.buildSudoers(admin).strip() + "' > /target" + LinuxFiles.BUILD_SUDOERS + ";"
        + " chmod 0440 /target" + LinuxFiles.BUILD_SUDOERS);
    lines.forEach(l -> out.append(TemplateFile.literal(l)).append('\n'));
    return out.toString();
  }

  private static YamlDocument autoinstall(ImageBuild build, TemplateVars vars) {
    GoldenImage<?> image = build.image();
    Admin admin = image.admin();
    HclExpr hash = build.passwordHash();
    String password = hash == null ? "!" : vars.jsonEncoded(admin.passwordHash().variable(), hash);
    List<YamlNode> keys = new ArrayList<>();
    for (SshKey key : admin.sshKeys()) {
      if (key instanceof SshKey.Literal literal) {
        keys.add(lit(literal.publicKey()));
      } else {
        var secret = ((SshKey.FromSecret) key).secret();
        HclExpr variable = build.secret(secret, "SSH public key of the admin");
        keys.add(YamlNode.str(vars.jsonEncoded(secret.variable(), variable)));
      }
    }
    YamlMap install = YamlMap.builder()
        .put("version", 1)
        .put("locale", lit(image.baseline().locale()))
        .map("keyboard", k -> k.put("layout", lit(image.baseline().keyboard())))
        .put("timezone", lit(image.baseline().timezone()))
        .map("identity", i -> i.put("hostname", lit(image.recipe().os()))
            .put("username", lit(admin.name()))
            .put("password", YamlNode.str(password)))
        .map("ssh", s -> s.put("install-server", true).put("allow-pw", false)
            .put("authorized-keys", YamlNode.seq(keys)))
        .map("storage", s -> s.map("layout", l -> l.put("name", "direct")))
        .put("packages", YamlNode.seq(PACKAGES.stream().map(DebianFamily::lit).toList()))
        .put("late-commands", YamlNode.seq(List.of(
            lit("echo '" + LinuxFiles.buildSudoers(admin).strip() + "' > /target" + LinuxFiles.BUILD_SUDOERS),
            lit("chmod 0440 /target" + LinuxFiles.BUILD_SUDOERS))))
        .put("shutdown", "reboot")
        .build();
    return YamlDocument.cloudConfig(YamlMap.builder().put("autoinstall", install).build());
  }

  /** A literal string of a template. */
  private static YamlNode lit(String text) {
    return YamlNode.str(TemplateFile.literal(text));
  }

  /** The baseline: packages, time zone, locale, hardened SSH, sudo, automatic security updates, cloud-init. */
  private static String baseline(GoldenImage<?> image, boolean ubuntu) {
    Baseline b = image.baseline();
    List<String> packages = new ArrayList<>(PACKAGES);
    packages.addAll(b.packages());
    var out = new StringBuilder();
    out.append("export DEBIAN_FRONTEND=noninteractive\n")
        .append("apt-get update\n")
        .append("apt-get -y full-upgrade\n")
        .append("apt-get -y install ").append(String.join(" ", packages)).append('\n')
        .append("systemctl start qemu-guest-agent\n\n")
        .append("timedatectl set-timezone ").append(Shell.quote(b.timezone())).append('\n');
    if (ubuntu) {
      out.append("locale-gen ").append(Shell.quote(b.locale())).append('\n');
    } else {
      String line = LinuxFiles.localeGenLine(b.locale());
      out.append("sed -i ").append(Shell.quote("s/^# *" + line.replace(".", "\\.") + "$/" + line + "/"))
          .append(" /etc/locale.gen\n")
          .append("grep -qx ").append(Shell.quote(line)).append(" /etc/locale.gen || echo ").append(Shell.quote(line))
          .append(" >> /etc/locale.gen\n")
          .append("locale-gen\n");
    }
    out.append("update-locale LANG=").append(b.locale()).append("\n\n")
        .append(Shell.writeFile(LinuxFiles.SSHD_DROP_IN, "0644", LinuxFiles.sshdHardening()))
        .append("sshd -t\n\n")
        .append(Shell.writeFile(LinuxFiles.ADMIN_SUDOERS, "0440", LinuxFiles.adminSudoers(image.admin())))
        .append("visudo -cf ").append(LinuxFiles.ADMIN_SUDOERS).append("\n\n")
        .append(Shell.writeFile("/etc/apt/apt.conf.d/20auto-upgrades", "0644", LinuxFiles.aptAutoUpgrades()))
        .append('\n')
        .append(Shell.writeFile(LinuxFiles.CLOUD_INIT_DATASOURCES, "0644", LinuxFiles.cloudInitDatasources()));
    return out.toString();
  }

  /**
   * The cleanup: the network and cloud-init settings of the build go (cloud-init configures each clone
   * from the Proxmox drive), so do the machine id, the SSH host keys, caches, logs and the build's sudo.
   */
  private static String cleanup(boolean ubuntu, boolean installed) {
    var out = new StringBuilder("export DEBIAN_FRONTEND=noninteractive\n")
        .append("apt-get -y autoremove --purge\n")
        .append("apt-get -y clean\n");
    if (!installed) {
      out.append("rm -f /etc/netplan/50-cloud-init.yaml\n");
    } else if (ubuntu) {
      out.append("rm -f /etc/cloud/cloud.cfg.d/99-installer.cfg /etc/cloud/cloud.cfg.d/90-installer-network.cfg \\\n")
          .append("  /etc/cloud/cloud.cfg.d/subiquity-disable-cloudinit-networking.cfg\n")
          .append("rm -f /etc/netplan/00-installer-config.yaml /etc/netplan/50-cloud-init.yaml\n");
    } else {
      out.append(Shell.writeFile("/etc/network/interfaces", "0644", Shell.lines(List.of(
          "# cloud-init writes the network of each clone to /etc/network/interfaces.d/",
          "source /etc/network/interfaces.d/*",
          "",
          "auto lo",
          "iface lo inet loopback"))));
    }
    out.append("cloud-init clean --logs --seed\n")
        .append("rm -f /etc/ssh/ssh_host_*\n")
        .append("truncate -s 0 /etc/machine-id\n")
        .append("rm -f /var/lib/dbus/machine-id\n")
        .append("rm -f /root/.bash_history /home/*/.bash_history\n")
        .append("rm -f ").append(LinuxFiles.BUILD_SUDOERS).append('\n')
        .append("fstrim -av || true\n")
        .append("sync\n");
    return out.toString();
  }
}
