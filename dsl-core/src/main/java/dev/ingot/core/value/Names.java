package dev.ingot.core.value;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import java.util.regex.Pattern;

/** Checks and conversions for the names used in a model: hosts, resources, files. */
public final class Names {
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
  private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]*");

  private Names() {}

  /** True for a lower-case DNS label (RFC 1123): letters, digits and inner hyphens, 1 to 63 characters. */
  public static boolean isDnsLabel(String name) {
    return name != null && DNS_LABEL.matcher(name).matches();
  }

  /** True for a lower-case identifier: a letter, then letters, digits or underscores. */
  public static boolean isIdentifier(String name) {
    return name != null && IDENTIFIER.matcher(name).matches();
  }

  /**
   * Reports an error unless {@code name} is a DNS label; the message says what is wrong with it
   * (empty, too long, upper case, spaces, path separators, other characters).
   */
  public static void requireDnsLabel(String name, Path path, Problems problems) {
    if (isDnsLabel(name)) {
      return;
    }
    problems.error(path, describe(name) + " is not a valid name: use 1 to 63 lower-case letters, digits and"
        + " hyphens, starting and ending with a letter or digit");
  }

  /** Reports an error unless {@code name} is an identifier (see {@link #isIdentifier}). */
  public static void requireIdentifier(String name, Path path, Problems problems) {
    if (!isIdentifier(name)) {
      problems.error(path, describe(name) + " is not a valid identifier: use a lower-case letter followed by"
          + " lower-case letters, digits and underscores");
    }
  }

  /** The Terraform/Packer identifier for a DNS-style name: {@code talos-cp-1} becomes {@code talos_cp_1}. */
  public static String identifier(String name) {
    return name.replace('-', '_');
  }

  /** {@code "name"} quoted for messages; an empty name reads as {@code ""}. */
  public static String describe(String name) {
    return name == null ? "null" : "\"" + name + "\"";
  }
}
