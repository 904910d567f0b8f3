package dev.ingot.core.hcl;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The text of a file that Terraform's or Packer's {@code templatefile} function renders: literal text
 * with {@code ${} and {@code %{} escaped as {@code $${} and {@code %%{}, and placeholders
 * {@code ${name}} that the function fills from its variables at apply or build time. Ingot writes
 * secrets into files only this way, so their values never land in a generated file.
 */
public final class TemplateFile {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private TemplateFile() {}

  /** {@code text} as literal template text: every {@code ${} and {@code %{} escaped, nothing else changed. */
  public static String literal(String text) {
    return HclStrings.escapeHeredocLine(Objects.requireNonNull(text, "text"));
  }

  /**
   * The placeholder {@code ${name}} for the template variable {@code name}.
   *
   * @throws IllegalArgumentException when {@code name} is not an identifier
   */
  public static String placeholder(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a template variable name: " + name);
    }
    return "${" + name + "}";
  }
}
