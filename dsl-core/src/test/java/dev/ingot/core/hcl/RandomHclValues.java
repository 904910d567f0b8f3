package dev.ingot.core.hcl;

import java.util.List;
import java.util.Random;

/**
 * Random strings aimed at HCL's escaping rules: template introducers, quotes, backslashes, control
 * characters, combining marks, astral characters, Hangul jamo, flags, newlines and heredoc markers.
 * Code points assigned after Unicode 13 are limited to a few without decompositions, so that the
 * expected NFC form is the same in Java 17, Java 25 and Terraform. Combining marks come from
 * U+0300–U+036F and U+20D0–U+20FF only: Go's NFC (which Terraform applies to every string) composes
 * wrongly across some marks of other scripts (golang/go#81001).
 */
final class RandomHclValues {
  private static final List<String> SPECIALS = List.of(
      "$", "%", "{", "}", "~", "${", "%{", "$${", "%%{", "${~", "~}", "$$", "%%", "\"", "\\", "\\n", "\\u0041",
      "\n", "\r", "\t", "\r\n", "EOT", "<<EOT", "#", "//", "/*", " ", "  ", "e\u0301", "\uD83D\uDC4D\uD83C\uDFFD",
      "\uD83C\uDDE9\uD83C\uDDEA", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\u1100\u1161\u11A8",
      "\u0915\u094D\u0937", "\u0E01\u0E33", "\u00A0", "\u200B", "\u2028", "\uFEFF", "\u0000", "\u007F");

  /** Ranges to draw single code points from, as inclusive pairs. */
  private static final int[] RANGES = {
      0x20, 0x7E, 0x20, 0x7E, 0x20, 0x7E, 0x00, 0x1F, 0x7F, 0x9F, 0xA0, 0xFF, 0x300, 0x36F, 0x400, 0x4FF,
      0x600, 0x6FF, 0x900, 0x97F, 0xE00, 0xE7F, 0x1100, 0x11FF, 0x2000, 0x206F, 0x20D0, 0x20FF, 0x4E00, 0x9FFF,
      0xAC00, 0xD7A3, 0xE000, 0xE0FF, 0xFE00, 0xFE0F, 0xFFF0, 0xFFFF, 0x10000, 0x1FFFF, 0x1F1E6, 0x1F1FF,
      0x1F300, 0x1FAFF, 0x1F3FB, 0x1F3FF, 0x20000, 0x2A6DF, 0xE0000, 0xE007F, 0xE0100, 0xE01EF, 0xF0000, 0xF00FF
  };

  /** Code points assigned in Unicode 14 to 16 that have no canonical decomposition or composition. */
  private static final int[] NEW_SAFE = {0x0870, 0x0C5D, 0x1FAE8, 0x1E4D0, 0x1CC00, 0x11F04};

  private static final String HEREDOC_CHARS = "abcXYZ019 _-.:;,'\"\\/*#=+!?()[]<>`^|$%{}~\té日本語한ж";

  private final Random random;

  /** A generator driven by {@code random}. */
  RandomHclValues(Random random) {
    this.random = random;
  }

  /** A random string of up to {@code maxPieces} pieces. */
  String string(int maxPieces) {
    var out = new StringBuilder();
    int pieces = random.nextInt(maxPieces + 1);
    for (int i = 0; i < pieces; i++) {
      if (random.nextInt(3) == 0) {
        out.append(SPECIALS.get(random.nextInt(SPECIALS.size())));
      } else {
        out.appendCodePoint(codePoint());
      }
    }
    return out.toString();
  }

  /** A string ending with a newline, usually one a heredoc can hold. */
  String heredocText() {
    if (random.nextInt(5) == 0) {
      return string(12) + "\n";
    }
    var out = new StringBuilder();
    int lines = 1 + random.nextInt(5);
    for (int l = 0; l < lines; l++) {
      switch (random.nextInt(8)) {
        case 0 -> out.append("");
        case 1 -> out.append(random.nextBoolean() ? "EOT" : "  EOT");
        case 2 -> out.append(" ".repeat(1 + random.nextInt(4)));
        case 3 -> out.append("\u0301");
        case 4 -> out.append("\t");
        default -> { }
      }
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        out.append(HEREDOC_CHARS.charAt(random.nextInt(HEREDOC_CHARS.length())));
      }
      if (random.nextInt(6) == 0) {
        out.append(random.nextBoolean() ? "${x}" : "%{ if y }");
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** A random text that often ends in {@code $} or {@code %}, the case that needs care before {@code ${}. */
  String templateText() {
    String text = string(5);
    return switch (random.nextInt(4)) {
      case 0 -> text + "$";
      case 1 -> text + "$$";
      case 2 -> text + "%";
      default -> text;
    };
  }

  /** A uniformly chosen index below {@code bound}. */
  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /**
   * A code point from {@link #RANGES} (which skip the surrogates); a safe new one replaces an unstable
   * one, and U+0301 replaces a mark outside the two combining blocks.
   */
  private int codePoint() {
    int range = random.nextInt(RANGES.length / 2);
    int cp = RANGES[2 * range] + random.nextInt(RANGES[2 * range + 1] - RANGES[2 * range] + 1);
    if (HclText.isUnstable(cp)) {
      return NEW_SAFE[random.nextInt(NEW_SAFE.length)];
    }
    int type = Character.getType(cp);
    boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
    return mark && !(cp >= 0x300 && cp <= 0x36F || cp >= 0x20D0 && cp <= 0x20FF) ? 0x301 : cp;
  }
}
