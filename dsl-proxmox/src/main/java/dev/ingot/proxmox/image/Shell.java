package dev.ingot.proxmox.image;

import dev.ingot.core.TextDocument;
import java.util.List;

/** Bash scripts and the snippets they are made of. */
final class Shell {
  /** The here-document delimiter; no content written by Ingot has a line equal to it. */
  private static final String DELIMITER = "INGOT";

  private Shell() {}

  /** A bash script that stops at the first failed command: a shebang, {@code set -euo pipefail}, then {@code body}. */
  static TextDocument script(String purpose, String body) {
    return TextDocument.hashComments("#!/usr/bin/env bash\n# " + purpose + "\nset -euo pipefail\n\n" + body);
  }

  /**
   * Writes {@code content} (ending in a newline) to {@code path} with mode {@code mode}, creating the
   * directories: {@code install -D -m 0644 /dev/stdin path <<'INGOT' … INGOT}.
   *
   * @throws IllegalArgumentException when a line of the content equals the delimiter
   */
  static String writeFile(String path, String mode, String content) {
    if (!content.endsWith("\n") || List.of(content.split("\n")).contains(DELIMITER)) {
      throw new IllegalArgumentException("content must end in a newline and have no line " + DELIMITER);
    }
    return "install -D -m " + mode + " /dev/stdin " + path + " <<'" + DELIMITER + "'\n" + content + DELIMITER + "\n";
  }

  /** {@code value} in single quotes, as bash reads it literally. */
  static String quote(String value) {
    return "'" + value.replace("'", "'\\''") + "'";
  }

  /** {@code lines} joined, each ending in a newline. */
  static String lines(List<String> lines) {
    var out = new StringBuilder();
    lines.forEach(l -> out.append(l).append('\n'));
    return out.toString();
  }
}
