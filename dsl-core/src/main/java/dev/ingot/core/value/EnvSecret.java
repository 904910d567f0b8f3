package dev.ingot.core.value;

import java.util.Locale;
import java.util.Objects;

/**
 * A secret supplied through an environment variable at apply time.
 *
 * @param name the environment variable, e.g. {@code PROXMOX_API_TOKEN}
 */
public record EnvSecret(String name) implements Secret {
  /** Checks for null. */
  public EnvSecret {
    Objects.requireNonNull(name, "name");
  }

  /** The variable name is the environment name in lower case: {@code proxmox_api_token}. */
  @Override
  public String variable() {
    return name.toLowerCase(Locale.ROOT);
  }

  @Override
  public String describe() {
    return "$" + name;
  }
}
