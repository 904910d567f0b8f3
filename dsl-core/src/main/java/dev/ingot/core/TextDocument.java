package dev.ingot.core;

import java.util.Objects;

/**
 * A plain text file (shell script, Makefile, Nix expression, preseed, Markdown) whose content is
 * written as given. The header goes after a {@code #!} line when there is one.
 *
 * @param content the text; its line endings are normalised to LF and it gets exactly one final newline
 * @param comment how a comment line starts in this format ({@code "# "}), or null when the format
 *     has no line comments and the header is to be left out
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

  @Override
  public String render(String header) {
    String text = content.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
    if (header != null && comment != null) {
      String line = comment.startsWith("<!--") ? "<!-- " + header + " -->" : comment + header;
      if (text.startsWith("#!")) {
        int eol = text.indexOf('\n');
        text = eol < 0 ? text + "\n" + line : text.substring(0, eol + 1) + line + "\n" + text.substring(eol + 1);
      } else {
        text = line + "\n" + text;
      }
    }
    return text + "\n";
  }
}
