package dev.ingot.core;

import java.util.Objects;

/**
 * A plain text file (shell script, Makefile, Nix expression, preseed, Markdown) whose content is
 * written as given, except that line endings become LF, a leading byte order mark is dropped and
 * the file ends with exactly one newline. The header goes on the first line, or on the second
 * when the first is a {@code #!} interpreter line or {@code #cloud-config}, which must stay first.
 *
 * @param content the text
 * @param comment how a comment line starts in this format ({@code "# "}); one starting with
 *     {@code <!--} is closed with {@code -->}. Null when the format has no comments and the header
 *     is to be left out
 */
public record TextDocument(String content, String comment) implements Document {
  /** Checks for null content. */
  public TextDocument {
    Objects.requireNonNull(content, "content");
  }

  /** A file whose comments start with {@code #} (shell, Makefile, Nix, preseed, YAML-free configs). */
  public static TextDocument hashComments(String content) {
    return new TextDocument(content, "# ");
  }

  /** A Markdown file; the header becomes an HTML comment. */
  public static TextDocument markdown(String content) {
    return new TextDocument(content, "<!-- ");
  }

  /** A file that takes no header. */
  public static TextDocument plain(String content) {
    return new TextDocument(content, null);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when the header spans more than one line
   */
  @Override
  public String render(String header) {
    String text = content.replace("\r\n", "\n").replace('\r', '\n');
    if (text.startsWith("\ufeff")) {
      text = text.substring(1);
    }
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '\n') {
      end--;
    }
    text = text.substring(0, end);
    if (header == null || comment == null) {
      return text + "\n";
    }
    if (header.indexOf('\n') >= 0 || header.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("the header must be a single line: " + header);
    }
    String line = headerLine(header);
    int firstLineEnd = text.indexOf('\n');
    String firstLine = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
    if (firstLine.startsWith("#!") || firstLine.equals("#cloud-config")) {
      return firstLine + "\n" + line + (firstLineEnd < 0 ? "" : text.substring(firstLineEnd)) + "\n";
    }
    return text.isEmpty() ? line + "\n" : line + "\n" + text + "\n";
  }

  private String headerLine(String header) {
    if (!comment.startsWith("<!--")) {
      return (comment + header).stripTrailing();
    }
    String safe = header;
    while (safe.contains("--")) {
      safe = safe.replace("--", "- -");
    }
    return "<!-- " + safe + " -->";
  }
}
