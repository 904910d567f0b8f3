package dev.ingot.core.cloudinit;

import dev.ingot.core.hcl.TemplateFile;
import dev.ingot.core.value.Secret;
import dev.ingot.core.value.SshKey;
import java.util.Objects;

/**
 * A string value of a cloud-init file: literal text, or a placeholder that only a template can hold
 * and that {@code templatefile} fills at apply time (a secret, or a per-VM value).
 */
public sealed interface CloudString {
  /** Literal text. */
  static CloudString of(String text) {
    return new Text(text);
  }

  /** The value of the template variable {@code traversal}: {@code admin_password_hash}, {@code keys[1]}. */
  static CloudString placeholder(String traversal) {
    return new Placeholder(traversal);
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
   * The value of a template variable, or of an element of a list variable.
   *
   * @param traversal the variable, with optional indexes: {@code admin_ssh_keys[0]}
   */
  record Placeholder(String traversal) implements CloudString {
    /** Checks that the traversal is a variable with optional indexes. */
    public Placeholder {
      if (!TemplateFile.isTraversal(traversal)) {
        throw new IllegalArgumentException("not a template variable: " + traversal);
      }
    }
  }
}
