package dev.ingot.core.cloudinit;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.validate.Validatable;
import dev.ingot.core.yaml.YamlDocument;
import dev.ingot.core.yaml.YamlNode;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A cloud-config document (user-data): what cloud-init sets up on a VM's first boot. Settings left
 * null are not written, so cloud-init's defaults apply.
 *
 * <pre>{@code
 * CloudConfig.empty()
 *     .hostname(CloudString.of("util"))
 *     .user(CloudUser.admin(admin, "/bin/bash", "sudo"))
 *     .sshPasswordAuthentication(false).disableRoot(true)
 *     .timezone("Europe/Berlin").locale("en_US.UTF-8")
 *     .packages("qemu-guest-agent")
 *     .toTemplate()                       // #cloud-config, secrets as ${…} placeholders
 * }</pre>
 *
 * @param hostname the host name, or null
 * @param manageEtcHosts whether cloud-init writes {@code /etc/hosts} from the host name, or null
 * @param timezone the time zone (IANA name such as {@code Europe/Berlin}), or null
 * @param locale the system locale such as {@code en_US.UTF-8}, or null
 * @param users the accounts to create; cloud-init's default user is not created when there are some
 * @param sshPwauth whether sshd accepts passwords, or null to leave sshd as it is
 * @param disableRoot whether root logins over SSH are refused, or null
 * @param packageUpdate whether the package index is updated first, or null
 * @param packageUpgrade whether installed packages are upgraded, or null
 * @param packageRebootIfRequired whether to reboot when an upgrade asks for it, or null
 * @param packages packages to install
 * @param writeFiles files to write
 * @param bootcmd commands run early on every boot
 * @param runcmd commands run once, late in the first boot
 */
public record CloudConfig(CloudString hostname, Boolean manageEtcHosts, String timezone, String locale,
    List<CloudUser> users, Boolean sshPwauth, Boolean disableRoot, Boolean packageUpdate, Boolean packageUpgrade,
    Boolean packageRebootIfRequired, List<String> packages, List<WriteFile> writeFiles, List<Command> bootcmd,
    List<Command> runcmd) implements Validatable {
  private static final Pattern LOCALE =
      Pattern.compile("[a-z]{2,3}(_[A-Z]{2})?(\\.[A-Za-z0-9-]+)?(@[a-z]+)?|C|C\\.UTF-8|POSIX");
  private static final Pattern TIMEZONE = Pattern.compile("[A-Za-z0-9_+-]+(/[A-Za-z0-9_+-]+)*");

  /** Copies the lists. */
  public CloudConfig {
    users = List.copyOf(users);
    packages = List.copyOf(packages);
    writeFiles = List.copyOf(writeFiles);
    bootcmd = List.copyOf(bootcmd);
    runcmd = List.copyOf(runcmd);
  }

  /** A document that sets nothing. */
  public static CloudConfig empty() {
    return new CloudConfig(null, null, null, null, List.of(), null, null, null, null, null, List.of(), List.of(),
        List.of(), List.of());
  }

  /** This document setting the host name to {@code hostname}, with {@code /etc/hosts} managed by cloud-init. */
  public CloudConfig hostname(CloudString hostname) {
    return new CloudConfig(hostname, true, timezone, locale, users, sshPwauth, disableRoot, packageUpdate,
        packageUpgrade, packageRebootIfRequired, packages, writeFiles, bootcmd, runcmd);
  }

  /** This document setting the time zone. */
  public CloudConfig timezone(String timezone) {
    return new CloudConfig(hostname, manageEtcHosts, timezone, locale, users, sshPwauth, disableRoot,
        packageUpdate, packageUpgrade, packageRebootIfRequired, packages, writeFiles, bootcmd, runcmd);
  }

  /** This document setting the system locale. */
  public CloudConfig locale(String locale) {
    return new CloudConfig(hostname, manageEtcHosts, timezone, locale, users, sshPwauth, disableRoot,
        packageUpdate, packageUpgrade, packageRebootIfRequired, packages, writeFiles, bootcmd, runcmd);
  }

  /** This document creating one more account. */
  public CloudConfig user(CloudUser user) {
    var next = new ArrayList<>(users);
    next.add(user);
    return new CloudConfig(hostname, manageEtcHosts, timezone, locale, next, sshPwauth, disableRoot,
        packageUpdate, packageUpgrade, packageRebootIfRequired, packages, writeFiles, bootcmd, runcmd);
  }

  /** This document letting sshd accept passwords ({@code true}) or not. */
  public CloudConfig sshPasswordAuthentication(boolean allowed) {
    return new CloudConfig(hostname, manageEtcHosts, timezone, locale, users, allowed, disableRoot,
        packageUpdate, packageUpgrade, packageRebootIfRequired, packages, writeFiles, bootcmd, runcmd);
  }

  /** This document refusing ({@code true}) or allowing root logins over SSH. */
  public CloudConfig disableRoot(boolean disabled) {
    return new CloudConfig(hostname, manageEtcHosts, timezone, locale, users, sshPwauth, disabled,
        packageUpdate, packageUpgrade, packageRebootIfRequired, packages, writeFiles, bootcmd, runcmd);
  }

  /** This document updating the package index and upgrading the installed packages, rebooting if they ask. */
  public CloudConfig upgradePackages() {
    return new CloudConfig(hostname, manageEtcHosts, timezone, locale, users, sshPwauth, disableRoot, true, true,
        true, packages, writeFiles, bootcmd, runcmd);
  }

  /** This document updating the package index before installing packages. */
  public CloudConfig updatePackageIndex() {
    return new CloudConfig(hostname, manageEtcHosts, timezone, locale, users, sshPwauth, disableRoot, true,
        packageUpgrade, packageRebootIfRequired, packages, writeFiles, bootcmd, runcmd);
  }

  /** This document installing more packages. */
  public CloudConfig packages(List<String> more) {
    var next = new ArrayList<>(packages);
    next.addAll(more);
    return new CloudConfig(hostname, manageEtcHosts, timezone, locale, users, sshPwauth, disableRoot,
        packageUpdate, packageUpgrade, packageRebootIfRequired, next, writeFiles, bootcmd, runcmd);
  }

  /** This document installing more packages. */
  public CloudConfig packages(String... more) {
    return packages(List.of(more));
  }

  /** This document writing one more file. */
  public CloudConfig writeFile(WriteFile file) {
    var next = new ArrayList<>(writeFiles);
    next.add(file);
    return new CloudConfig(hostname, manageEtcHosts, timezone, locale, users, sshPwauth, disableRoot,
        packageUpdate, packageUpgrade, packageRebootIfRequired, packages, next, bootcmd, runcmd);
  }

  /** This document running one more command early on every boot. */
  public CloudConfig bootcmd(Command command) {
    var next = new ArrayList<>(bootcmd);
    next.add(command);
    return new CloudConfig(hostname, manageEtcHosts, timezone, locale, users, sshPwauth, disableRoot,
        packageUpdate, packageUpgrade, packageRebootIfRequired, packages, writeFiles, next, runcmd);
  }

  /** This document running one more command once, late in the first boot. */
  public CloudConfig runcmd(Command command) {
    var next = new ArrayList<>(runcmd);
    next.add(command);
    return new CloudConfig(hostname, manageEtcHosts, timezone, locale, users, sshPwauth, disableRoot,
        packageUpdate, packageUpgrade, packageRebootIfRequired, packages, writeFiles, bootcmd, next);
  }

  /** Reports malformed locales, time zones, users and files. */
  @Override
  public void validate(Path at, Problems problems) {
    if (locale != null && !LOCALE.matcher(locale).matches()) {
      problems.error(at.field("locale"), "\"" + locale + "\" is not a locale like en_US.UTF-8");
    }
    if (timezone != null && !TIMEZONE.matcher(timezone).matches()) {
      problems.error(at.field("timezone"), "\"" + timezone + "\" is not a time zone like Europe/Berlin");
    }
    for (int i = 0; i < users.size(); i++) {
      users.get(i).validate(at.field("users", i), problems);
    }
    for (int i = 0; i < writeFiles.size(); i++) {
      writeFiles.get(i).validate(at.field("writeFiles", i), problems);
    }
  }

  /** The document's mapping, its strings written as {@code templating} says. */
  public YamlMap toYaml(Templating templating) {
    var b = YamlMap.builder()
        .put("hostname", hostname == null ? null : templating.node(hostname))
        .put("manage_etc_hosts", manageEtcHosts)
        .put("timezone", timezone == null ? null : templating.node(timezone))
        .put("locale", locale == null ? null : templating.node(locale));
    if (!users.isEmpty()) {
      b.put("users", YamlNode.seq(users.stream().map(u -> u.toYaml(templating)).toList()));
    }
    b.put("ssh_pwauth", sshPwauth)
        .put("disable_root", disableRoot)
        .put("package_update", packageUpdate)
        .put("package_upgrade", packageUpgrade)
        .put("package_reboot_if_required", packageRebootIfRequired);
    if (!packages.isEmpty()) {
      b.put("packages", YamlNode.seq(packages.stream().map(templating::node).toList()));
    }
    if (!writeFiles.isEmpty()) {
      b.put("write_files", YamlNode.seq(writeFiles.stream().map(f -> f.toYaml(templating)).toList()));
    }
    if (!bootcmd.isEmpty()) {
      b.put("bootcmd", YamlNode.seq(bootcmd.stream().map(c -> c.toYaml(templating)).toList()));
    }
    if (!runcmd.isEmpty()) {
      b.put("runcmd", YamlNode.seq(runcmd.stream().map(c -> c.toYaml(templating)).toList()));
    }
    return b.build();
  }

  /**
   * The document as a plain {@code #cloud-config} file.
   *
   * @throws IllegalStateException when it holds a placeholder
   */
  public YamlDocument toDocument() {
    return YamlDocument.cloudConfig(toYaml(Templating.NONE));
  }

  /** The document as a {@code #cloud-config} template for {@code templatefile}, placeholders as {@code ${…}}. */
  public YamlDocument toTemplate() {
    return YamlDocument.cloudConfig(toYaml(Templating.TEMPLATEFILE));
  }
}
