package dev.ingot.talos.schematic;

import java.util.regex.Pattern;

/**
 * An official extension name that Ingot's catalog does not list; create it with
 * {@link SystemExtension#official(String)} or {@link SystemExtension#unlisted(String)}.
 *
 * @param fullName the name in the schematic, {@code siderolabs/<name>}
 * @param declared true when named with {@code unlisted(…)}: validation then only warns that the
 *     name is not checked, instead of reporting it as unknown
 */
public record UnlistedExtension(String fullName, boolean declared) implements SystemExtension {
  private static final Pattern FORM = Pattern.compile("siderolabs/[a-z0-9]+(?:[._-][a-z0-9]+)*");

  /** Checks the form of the name. */
  public UnlistedExtension {
    requireForm(fullName);
  }

  /** Throws {@link IllegalArgumentException} unless {@code fullName} is {@code siderolabs/} and a lower-case image name. */
  static void requireForm(String fullName) {
    if (fullName == null || !FORM.matcher(fullName).matches()) {
      throw new IllegalArgumentException("\"" + fullName + "\" is not an official extension name: write it as "
          + SystemExtension.NAMESPACE + "<name>, e.g. siderolabs/qemu-guest-agent (the Image Factory builds"
          + " official extensions only)");
    }
  }
}
