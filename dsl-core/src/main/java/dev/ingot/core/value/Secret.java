package dev.ingot.core.value;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.validate.Validatable;

/**
 * A reference to a secret value; the value itself never enters the model or the generated files.
 *
 * <p>At apply time the value reaches the tools through an environment variable: Terraform reads
 * {@code TF_VAR_<variable>}, Packer {@code PKR_VAR_<variable>}, Ansible the variable itself. The
 * generated files declare {@link #variable()} as a sensitive input.
 */
public sealed interface Secret extends Validatable permits SopsSecret, EnvSecret {
  /** A secret read from the environment variable {@code name} at apply time. */
  static EnvSecret env(String name) {
    return new EnvSecret(name);
  }

  /**
   * The name of the sensitive input variable that carries the secret in Terraform, Packer and
   * Ansible, e.g. {@code admin_password_hash}.
   */
  String variable();

  /** Where the secret comes from, for people: {@code secrets/homelab.enc.yaml#admin_password_hash}. */
  String describe();

  /**
   * Where the secret is in problem reports: {@code secret "secrets/homelab.enc.yaml#password_hash"}.
   * A site checks each of its secrets once, there, however many components use it.
   */
  default Path path() {
    return Path.of("secret", describe());
  }

  /** Reports a variable name that Terraform, Packer and Ansible cannot take. */
  @Override
  default void validate(Path path, Problems problems) {
    if (!Names.isIdentifier(variable())) {
      problems.error(path, Names.describe(variable()) + " cannot name the input variable that carries the secret: use a"
          + " lower-case letter followed by lower-case letters, digits and underscores");
    }
  }
}
