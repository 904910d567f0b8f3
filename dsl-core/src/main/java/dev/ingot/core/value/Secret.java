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

  @Override
  default void validate(Path path, Problems problems) {
    Names.requireIdentifier(variable(), path, problems);
  }
}
