package dev.ingot.core.hcl;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The text of a file that Terraform's or Packer's {@code templatefile} function renders: literal text
 * with {@code ${} and {@code %{} escaped as {@code $${} and {@code %%{}, and placeholders
 * {@code ${name}} (or {@code ${jsonencode(name)}}) that the function fills from its variables at
 * apply or build time. Ingot writes
 * secrets into files only this way, so their values never land in a generated file.
 */
public final class TemplateFile {
  private static final Pattern TRAVERSAL = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\[[0-9]+])*");

  private TemplateFile() {}

  /** {@code text} as literal template text: every {@code ${} and {@code %{} escaped, nothing else changed. */
  public static String literal(String text) {
    return HclStrings.escapeHeredocLine(Objects.requireNonNull(text, "text"));
  }

  /**
   * The placeholder {@code ${traversal}} for a template variable or an element of one, e.g.
   * {@code admin_password_hash} or {@code admin_ssh_keys[0]}.
   *
   * @throws IllegalArgumentException when {@code traversal} is not a variable with optional indexes
   */
  public static String placeholder(String traversal) {
    return "${" + requireTraversal(traversal) + "}";
  }

  /**
   * The placeholder {@code ${jsonencode(traversal)}}: the value as a JSON string, which YAML reads as
   * one double-quoted scalar whatever characters it holds.
   *
   * @throws IllegalArgumentException when {@code traversal} is not a variable with optional indexes
   */
  public static String jsonEncoded(String traversal) {
    return "${jsonencode(" + requireTraversal(traversal) + ")}";
  }

  /** True when {@code traversal} is a variable name with optional indexes such as {@code keys[0]}. */
  public static boolean isTraversal(String traversal) {
    return traversal != null && TRAVERSAL.matcher(traversal).matches();
  }

  private static String requireTraversal(String traversal) {
    if (!isTraversal(traversal)) {
      throw new IllegalArgumentException("not a template variable: " + traversal);
    }
    return traversal;
  }
}
