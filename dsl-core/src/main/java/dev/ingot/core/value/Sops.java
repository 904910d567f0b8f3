package dev.ingot.core.value;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.validate.Validatable;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A SOPS-encrypted YAML file of secrets and the age recipients that can decrypt it.
 *
 * <p>{@code Sops.file("secrets/homelab.enc.yaml").recipients("age1…")}. The generator never reads
 * the file: it writes {@code .sops.yaml} rules for it and runs tools under {@code sops exec-env},
 * which exports each top-level key of the decrypted file as an environment variable.
 *
 * @param path the file, relative to the repository root
 * @param ageRecipients age public keys ({@code age1…}) that may decrypt it
 */
public record Sops(String path, List<String> ageRecipients) implements Validatable {
  private static final Pattern AGE_RECIPIENT = Pattern.compile("age1[02-9ac-hj-np-z]{58}");

  /** Copies the recipients and checks for null. */
  public Sops {
    Objects.requireNonNull(path, "path");
    ageRecipients = List.copyOf(ageRecipients);
  }

  /** The encrypted file at {@code path}, with no recipients yet. */
  public static Sops file(String path) {
    return new Sops(path, List.of());
  }

  /** This file with the given age recipients. */
  public Sops recipients(String... recipients) {
    return new Sops(path, List.of(recipients));
  }

  /** The secret stored under the top-level {@code key} of this file. */
  public SopsSecret ref(String key) {
    return new SopsSecret(this, key);
  }

  @Override
  public void validate(Path at, Problems problems) {
    if (!path.endsWith(".enc.yaml") || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
      problems.error(at.field("path"), Names.describe(path)
          + " must be a relative path inside the repository ending in .enc.yaml");
    }
    if (ageRecipients.isEmpty()) {
      problems.error(at.field("recipients"), "at least one age recipient is needed to encrypt the file");
    }
    for (int i = 0; i < ageRecipients.size(); i++) {
      if (!AGE_RECIPIENT.matcher(ageRecipients.get(i)).matches()) {
        problems.error(at.field("recipients", i), Names.describe(ageRecipients.get(i))
            + " is not an age public key (age1 followed by 58 bech32 characters)");
      }
    }
  }
}
