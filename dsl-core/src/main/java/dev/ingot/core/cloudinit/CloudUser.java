package dev.ingot.core.cloudinit;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.validate.Validatable;
import dev.ingot.core.value.Admin;
import dev.ingot.core.value.Names;
import dev.ingot.core.value.SshKey;
import dev.ingot.core.yaml.YamlNode;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of {@code users}: an account cloud-init creates.
 *
 * @param name the login name
 * @param groups supplementary groups
 * @param shell the login shell, or null for the distribution's default
 * @param sudo a sudoers rule such as {@code ALL=(ALL) NOPASSWD:ALL}, or null for none
 * @param hashedPassword the crypt(3) hash of the password, or null for none
 * @param sshAuthorizedKeys public keys allowed to log in
 */
public record CloudUser(String name, List<String> groups, String shell, String sudo, CloudString hashedPassword,
    List<CloudString> sshAuthorizedKeys) implements Validatable {
  private static final Pattern LOGIN = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");

  /** Checks for null and copies the lists. */
  public CloudUser {
    Objects.requireNonNull(name, "name");
    groups = List.copyOf(groups);
    sshAuthorizedKeys = List.copyOf(sshAuthorizedKeys);
  }

  /** An account called {@code name} with no groups, keys or password. */
  public static CloudUser named(String name) {
    return new CloudUser(name, List.of(), null, null, null, List.of());
  }

  /**
   * The administrator account: its keys and password hash and the given groups. sudo asks for the
   * password when the account has one, and only then; without one it could not use sudo at all.
   */
  public static CloudUser admin(Admin admin, String shell, String... groups) {
    var user = named(admin.name()).groups(groups).shell(shell)
        .sudo(admin.passwordHash() == null ? "ALL=(ALL) NOPASSWD:ALL" : "ALL=(ALL:ALL) ALL");
    for (SshKey key : admin.sshKeys()) {
      user = user.sshAuthorizedKey(CloudString.of(key));
    }
    return admin.passwordHash() == null ? user : user.hashedPassword(CloudString.secret(admin.passwordHash()));
  }

  /** This account in {@code groups} as well. */
  public CloudUser groups(String... more) {
    var next = new ArrayList<>(groups);
    next.addAll(List.of(more));
    return new CloudUser(name, next, shell, sudo, hashedPassword, sshAuthorizedKeys);
  }

  /** This account with login shell {@code shell}. */
  public CloudUser shell(String shell) {
    return new CloudUser(name, groups, shell, sudo, hashedPassword, sshAuthorizedKeys);
  }

  /** This account with the sudoers rule {@code sudo}. */
  public CloudUser sudo(String sudo) {
    return new CloudUser(name, groups, shell, sudo, hashedPassword, sshAuthorizedKeys);
  }

  /** This account with a password, given as its crypt(3) hash; the account is unlocked. */
  public CloudUser hashedPassword(CloudString hash) {
    return new CloudUser(name, groups, shell, sudo, hash, sshAuthorizedKeys);
  }

  /** This account with one more SSH public key. */
  public CloudUser sshAuthorizedKey(CloudString key) {
    var next = new ArrayList<>(sshAuthorizedKeys);
    next.add(key);
    return new CloudUser(name, groups, shell, sudo, hashedPassword, next);
  }

  @Override
  public void validate(Path at, Problems problems) {
    if (!LOGIN.matcher(name).matches()) {
      problems.error(at.field("name"), Names.describe(name) + " is not a login name");
    }
    if (hashedPassword instanceof CloudString.Text t && !t.text().startsWith("$")) {
      problems.error(at.field("hashedPassword"), "not a crypt(3) hash: a password must never be written as text");
    }
  }

  /** The entry; {@code lock_passwd} is false only when the account has a password. */
  YamlMap toYaml(Templating templating) {
    var b = YamlMap.builder().put("name", templating.node(name));
    if (!groups.isEmpty()) {
      b.put("groups", YamlNode.seq(groups.stream().map(templating::node).toList()));
    }
    b.put("shell", shell == null ? null : templating.node(shell))
        .put("sudo", sudo == null ? null : templating.node(sudo))
        .put("lock_passwd", hashedPassword == null)
        .put("hashed_passwd", hashedPassword == null ? null : templating.node(hashedPassword));
    if (!sshAuthorizedKeys.isEmpty()) {
      b.put("ssh_authorized_keys", YamlNode.seq(sshAuthorizedKeys.stream().map(templating::node).toList()));
    }
    return b.build();
  }
}
