package dev.ingot.core.cloudinit;

import dev.ingot.core.value.Secret;
import dev.ingot.core.value.SshKey;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A string value of a cloud-init file: literal text, or a placeholder that only a template can hold
 * and that {@code templatefile} fills at apply time (a secret, or a per-VM value such as the host name).
 */
public sealed interface CloudString {
  /** Literal text. */
  static CloudString of(String text) {
    return new Text(text);
  }

  /** The value of the template variable {@code name}, e.g. {@code hostname}. */
  static CloudString placeholder(String name) {
    return new Placeholder(name);
  }

  /** The value of {@code secret}: the placeholder of its variable. */
  static CloudString secret(Secret secret) {
    return new Placeholder(secret.variable());
  }

  /** An SSH public key: literal when written in the model, a placeholder when kept in a secret. */
  static CloudString of(SshKey key) {
    return key instanceof SshKey.Literal l ? new Text(l.publicKey()) : secret(((SshKey.FromSecret) key).secret());
  }

  /**
   * Literal text.
   *
   * @param text the text
   */
  record Text(String text) implements CloudString {
    /** Checks for null. */
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * The value of a template variable.
   *
   * @param name the variable, an identifier
   */
  record Placeholder(String name) implements CloudString {
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    /** Checks that the name is an identifier. */
    public Placeholder {
      if (!NAME.matcher(Objects.requireNonNull(name, "name")).matches()) {
        throw new IllegalArgumentException("not a template variable name: " + name);
      }
    }
  }
}
