package dev.ingot.core.value;

import java.util.Objects;

/**
 * A secret stored under a top-level key of a SOPS file.
 *
 * @param file the encrypted file
 * @param key the top-level key; also the name of the input variable that carries it
 */
public record SopsSecret(Sops file, String key) implements Secret {
  /** Checks for null. */
  public SopsSecret {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(key, "key");
  }

  @Override
  public String variable() {
    return key;
  }

  @Override
  public String describe() {
    return file.path() + "#" + key;
  }
}
