package dev.ingot.core.value;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.validate.Validatable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The administrator account every image and VM gets: a login name, SSH public keys and a password
 * hash that stays in a secret store.
 *
 * <pre>{@code
 * Admin.named("ops")
 *     .sshKey(secrets.ref("ssh_public_key"))
 *     .passwordHash(secrets.ref("password_hash"))   // a crypt(3) hash, e.g. from mkpasswd -m sha-512
 * }</pre>
 *
 * @param name the login name
 * @param sshKeys public keys allowed to log in
 * @param passwordHash the crypt(3) hash of the password (for the console and sudo), or null for none
 */
public record Admin(String name, List<SshKey> sshKeys, Secret passwordHash) implements Validatable {
  private static final Pattern LOGIN = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");

  /** Checks for null and copies the keys. */
  public Admin {
    Objects.requireNonNull(name, "name");
    sshKeys = List.copyOf(sshKeys);
  }

  /** An admin account called {@code name}, without keys or password yet. */
  public static Admin named(String name) {
    return new Admin(name, List.of(), null);
  }

  /** This account with one more public key, written in the model. */
  public Admin sshKey(String publicKey) {
    return withKey(SshKey.of(publicKey));
  }

  /** This account with one more public key, read from a secret. */
  public Admin sshKey(Secret publicKey) {
    return withKey(SshKey.from(publicKey));
  }

  /** This account with the password hash kept in {@code hash}. */
  public Admin passwordHash(Secret hash) {
    return new Admin(name, sshKeys, hash);
  }

  /** The secrets the account needs at apply time. */
  public List<Secret> secrets() {
    var secrets = new ArrayList<Secret>();
    for (SshKey key : sshKeys) {
      if (key instanceof SshKey.FromSecret s) {
        secrets.add(s.secret());
      }
    }
    if (passwordHash != null) {
      secrets.add(passwordHash);
    }
    return secrets;
  }

  @Override
  public void validate(Path path, Problems problems) {
    if (!LOGIN.matcher(name).matches()) {
      problems.error(path.field("name"), Names.describe(name) + " is not a login name: use up to 32 lower-case"
          + " letters, digits, _ and -, starting with a letter or _");
    } else if (name.equals("root")) {
      problems.error(path.field("name"), "the admin account must not be root: root logins are disabled everywhere");
    }
    if (sshKeys.isEmpty()) {
      problems.error(path.field("sshKeys"), "at least one SSH public key is needed: password logins are disabled");
    }
    for (int i = 0; i < sshKeys.size(); i++) {
      sshKeys.get(i).validate(path.field("sshKeys", i), problems);
    }
  }

  private Admin withKey(SshKey key) {
    var keys = new ArrayList<>(sshKeys);
    keys.add(key);
    return new Admin(name, keys, passwordHash);
  }
}
