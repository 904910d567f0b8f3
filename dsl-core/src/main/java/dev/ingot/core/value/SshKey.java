package dev.ingot.core.value;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.validate.Validatable;
import java.util.Objects;
import java.util.regex.Pattern;

/** An SSH public key for an admin account: written in the model, or kept in a secret store. */
public sealed interface SshKey extends Validatable {
  /** A public key written in the model, e.g. {@code ssh-ed25519 AAAA… ops@laptop}. */
  static SshKey of(String publicKey) {
    return new Literal(publicKey);
  }

  /** A public key read from a secret at apply time. */
  static SshKey from(Secret secret) {
    return new FromSecret(secret);
  }

  /**
   * A public key given in the model. Public keys are not secret, so they appear in generated files.
   *
   * @param publicKey the key in OpenSSH {@code authorized_keys} form
   */
  record Literal(String publicKey) implements SshKey {
    private static final Pattern FORM = Pattern.compile(
        "(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\\.com"
            + "|sk-ecdsa-sha2-nistp256@openssh\\.com) [A-Za-z0-9+/]+={0,3}( [^\\n\\r]*)?");

    /** Checks for null. */
    public Literal {
      Objects.requireNonNull(publicKey, "publicKey");
    }

    @Override
    public void validate(Path path, Problems problems) {
      if (publicKey.contains("PRIVATE KEY")) {
        problems.error(path, "this is a private key: give the public key (the .pub file), or keep it in a secret");
      } else if (!FORM.matcher(publicKey).matches()) {
        problems.error(path, "not an OpenSSH public key like \"ssh-ed25519 AAAA… user@host\"");
      }
    }
  }

  /**
   * A public key kept in a secret store.
   *
   * @param secret where the key comes from at apply time
   */
  record FromSecret(Secret secret) implements SshKey {
    /** Checks for null. */
    public FromSecret {
      Objects.requireNonNull(secret, "secret");
    }

    /** Nothing to check here: the site checks each of its secrets once, at the secret's own path. */
    @Override
    public void validate(Path path, Problems problems) {
    }
  }
}
