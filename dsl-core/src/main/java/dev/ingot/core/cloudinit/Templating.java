package dev.ingot.core.cloudinit;

import dev.ingot.core.hcl.TemplateFile;
import dev.ingot.core.yaml.YamlNode;

/** How the strings of a cloud-init file are written. */
public enum Templating {
  /** As they are; a file that holds a placeholder (a secret) cannot be written this way. */
  NONE,
  /**
   * As a template for Terraform's or Packer's {@code templatefile}: literal {@code ${} and
   * {@code %{} escaped, each placeholder (a secret's variable, a per-VM value) as
   * {@code ${jsonencode(<variable>)}}. Pass the values as they are: a JSON string is a YAML
   * double-quoted scalar, so a value with {@code #}, {@code :} or quotes stays one string.
   */
  TEMPLATEFILE;

  /**
   * The text of {@code value}.
   *
   * @throws IllegalStateException for a placeholder when not templating
   */
  public String text(CloudString value) {
    if (value instanceof CloudString.Text t) {
      return literal(t.text());
    }
    String traversal = ((CloudString.Placeholder) value).traversal();
    if (this == NONE) {
      throw new IllegalStateException("placeholder " + traversal + " can only be written into a template;"
          + " render the file with Templating.TEMPLATEFILE");
    }
    return TemplateFile.jsonEncoded(traversal);
  }

  /** Literal {@code text}, escaped when templating. */
  public String literal(String text) {
    return this == NONE ? text : TemplateFile.literal(text);
  }

  /** {@code value} as a YAML string. */
  YamlNode node(CloudString value) {
    return YamlNode.str(text(value));
  }

  /** Literal {@code text} as a YAML string. */
  YamlNode node(String text) {
    return YamlNode.str(literal(text));
  }
}
