package dev.ingot.core.yaml;

import java.util.List;
import java.util.Random;

/**
 * Seeded random strings built from the things that trip YAML writers: words other types use,
 * numbers and dates, indicators, comment and document markers, quotes, backslashes, template
 * syntax, line breaks of every kind, control characters, astral characters and leading or
 * trailing spaces.
 */
final class RandomStrings {
  /** Whole tokens that a reader may take for something other than a string. */
  static final List<String> TOKENS = List.of(
      "true", "False", "TRUE", "yes", "No", "ON", "off", "y", "N", "null", "Null", "~", "<<", "=",
      "0755", "0o17", "0x1F", "0b101", "1e3", "1E+5", ".5", "-.5", "1_000", "1:20", "190:20:30.15",
      ".inf", "-.Inf", ".NaN", "2024-01-01", "2024-1-1", "2001-12-14t21:59:43.10-05:00",
      "2001-12-14 21:59:43.10", "-0", "+1", "1.5", "08", "1__2", "_1", "1.2.3", "10.0.10.10",
      "123456789012345678901234567890", "1e999", "-", "?", ":", "#", "- a", "? b", ": c",
      "a: b", "a #b", "a#b", "key:", "---", "...", "--- x", "${var}", "$${x}", "%{if}", "{{ j }}",
      "'", "''", "\"", "\\", "\\n", "[a]", "{b: c}", "a,b", "&x", "*y", "!tag", "|", ">-", "%", "@",
      "`", "word", "two words", "é", "日本", "😀", "🏳️‍🌈");
  /** Single characters, weighted towards the awkward ones. */
  private static final String CHARS = "ab Z09:#-?'\"\\{}[],&*!|>%@`~._+eExX$\n\n\t\r"
      + "\u0000\u0007\u001b\u007f\u0080\u0085\u009f\u00a0\u2028\u2029\ufeff\ufffe\u00e9\u4e2d";
  private static final String[] ASTRAL = {"😀", "𝄞", "🏳️‍🌈", "\uDB40\uDC01"};

  private final Random random;

  RandomStrings(long seed) {
    this.random = new Random(seed);
  }

  /** A string of zero or more pieces: tokens, random characters, spaces and line breaks. */
  String next() {
    var out = new StringBuilder();
    int pieces = random.nextInt(5);
    for (int i = 0; i < pieces; i++) {
      switch (random.nextInt(5)) {
        case 0, 1 -> out.append(TOKENS.get(random.nextInt(TOKENS.size())));
        case 2 -> {
          int n = 1 + random.nextInt(6);
          for (int k = 0; k < n; k++) {
            out.append(CHARS.charAt(random.nextInt(CHARS.length())));
          }
        }
        case 3 -> out.append(ASTRAL[random.nextInt(ASTRAL.length)]);
        default -> out.append(random.nextBoolean() ? " " : "\n").append(random.nextBoolean() ? "  " : "");
      }
    }
    return out.toString();
  }
}
