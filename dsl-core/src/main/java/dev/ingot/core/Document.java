package dev.ingot.core;

/**
 * A file's content as a tree of one format (HCL, Terraform JSON, YAML, XML or plain text) that
 * renders itself through that format's single writer.
 */
public interface Document {
  /**
   * Renders the document as text with LF line endings and exactly one final newline.
   *
   * @param header a one-line notice that the file is generated, placed where the format allows a
   *     comment (after a shebang or {@code #cloud-config} line, as {@code "//"} in Terraform JSON);
   *     {@code null} for none
   */
  String render(String header);
}
