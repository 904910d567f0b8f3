package dev.ingot.proxmox.image;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.validate.Validatable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a download is checked, written as Packer writes {@code iso_checksum}: {@code sha256:<hex>},
 * {@code sha512:<hex>}, or {@code file:<url>} for a checksum file published next to the image.
 *
 * @param value the checksum in Packer's form
 */
public record Checksum(String value) implements Validatable {
  private static final Pattern FORM = Pattern.compile("sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128}|file:https://\\S+");

  /** Checks for null. */
  public Checksum {
    Objects.requireNonNull(value, "value");
  }

  /** A SHA-256 digest, 64 hex digits. */
  public static Checksum sha256(String hex) {
    return new Checksum("sha256:" + hex);
  }

  /** A SHA-512 digest, 128 hex digits. */
  public static Checksum sha512(String hex) {
    return new Checksum("sha512:" + hex);
  }

  /** The digest listed for the image in the checksum file at {@code url} (e.g. a {@code SHA256SUMS}). */
  public static Checksum file(String url) {
    return new Checksum("file:" + url);
  }

  /** The algorithm, {@code sha256} or {@code sha512}, or null for a checksum file. */
  public String algorithm() {
    int colon = value.indexOf(':');
    String kind = colon < 0 ? "" : value.substring(0, colon);
    return kind.equals("file") ? null : kind;
  }

  /** The hex digest, or null for a checksum file. */
  public String hex() {
    return algorithm() == null ? null : value.substring(value.indexOf(':') + 1);
  }

  @Override
  public void validate(Path path, Problems problems) {
    if (!FORM.matcher(value).matches()) {
      problems.error(path, "\"" + value + "\" is not a checksum: use sha256:<64 lower-case hex digits>,"
          + " sha512:<128 hex digits> or file:https://… for a checksum file");
    }
  }
}
