package dev.ingot.core.yaml;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * How go-yaml (v4 with its v3 defaults) writes one string: the style its representer asks for,
 * corrected by what its emitter's scalar analysis allows in block context.
 *
 * <p>The representer asks for a literal block when the string holds a line feed and some
 * non-space character (else double quotes), single quotes for YAML 1.1 booleans such as
 * {@code off}, base-60 numbers and {@code <<}, double quotes for anything the resolver would read
 * as another type, and plain otherwise. The emitter then falls back from plain to single quotes,
 * and from single quotes or a literal block to double quotes, when the characters forbid them.
 *
 * @param value the string
 * @param style how it is written
 * @param simpleKey whether, as a mapping key, it fits the implicit {@code key:} form
 */
record GoScalar(String value, Style style, boolean simpleKey) {
  /** The scalar styles go-yaml uses for strings. */
  enum Style { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL }

  private static final Pattern BASE_60_FLOAT = Pattern.compile("[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?");
  private static final String LEADING_INDICATORS = "#,[]{}&*!|>'\"%@`";
  /** The longest key, in UTF-8 bytes, that the emitter writes in the implicit form. */
  private static final int MAX_SIMPLE_KEY_BYTES = 128;

  /** The style go-yaml chooses for {@code s}. */
  static GoScalar of(String s) {
    Analysis a = Analysis.of(s);
    Style requested;
    if (s.indexOf('\n') >= 0) {
      requested = literalWanted(s) ? Style.LITERAL : Style.DOUBLE_QUOTED;
    } else if (BASE_60_FLOAT.matcher(s).matches() || isOldBool(s) || s.equals("<<")) {
      requested = Style.SINGLE_QUOTED;
    } else {
      requested = GoResolver.resolvesToNonString(s) ? Style.DOUBLE_QUOTED : Style.PLAIN;
    }
    Style style = requested;
    if (style == Style.PLAIN && !a.plainAllowed) {
      style = Style.SINGLE_QUOTED;
    }
    if (style == Style.SINGLE_QUOTED && !a.singleQuotedAllowed) {
      style = Style.DOUBLE_QUOTED;
    }
    if (style == Style.LITERAL && !a.blockAllowed) {
      style = Style.DOUBLE_QUOTED;
    }
    boolean simpleKey = !a.multiline && s.getBytes(StandardCharsets.UTF_8).length <= MAX_SIMPLE_KEY_BYTES;
    return new GoScalar(s, style, simpleKey);
  }

  /**
   * Go's {@code isPrintable}: LF, ASCII from space to tilde, and the Basic Multilingual Plane from
   * U+00A0 on without surrogates, the byte order mark, U+FFFE and U+FFFF. Characters outside the
   * BMP count as not printable, so go-yaml escapes them.
   */
  static boolean printable(int c) {
    return c == 0x0A || (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
  }

  /** Go's {@code isLineBreak}: CR, LF, NEL, LS and PS. */
  static boolean lineBreak(int c) {
    return c == '\r' || c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
  }

  private static boolean isOldBool(String s) {
    return switch (s) {
      case "y", "Y", "yes", "Yes", "YES", "on", "On", "ON",
          "n", "N", "no", "No", "NO", "off", "Off", "OFF" -> true;
      default -> false;
    };
  }

  /** Go's {@code shouldUseLiteralStyle}: at least two bytes and some rune that {@code unicode.IsSpace} rejects. */
  private static boolean literalWanted(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length >= 2 && s.codePoints().anyMatch(c -> !goSpace(c));
  }

  /** Go's {@code unicode.IsSpace}. */
  private static boolean goSpace(int c) {
    return (c >= '\t' && c <= '\r') || c == ' ' || c == 0x85 || c == 0xA0 || c == 0x1680
        || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F
        || c == 0x205F || c == 0x3000;
  }

  /** The emitter's scalar analysis ({@code analyzeScalar}) for block context. */
  private record Analysis(boolean multiline, boolean plainAllowed, boolean singleQuotedAllowed, boolean blockAllowed) {
    static Analysis of(String s) {
      if (s.isEmpty()) {
        return new Analysis(false, true, true, false);
      }
      int[] cps = s.codePoints().toArray();
      boolean indicators = s.startsWith("---") || s.startsWith("...");
      boolean lineBreaks = false;
      boolean special = false;
      boolean tabs = false;
      boolean leadingSpace = false;
      boolean leadingBreak = false;
      boolean trailingSpace = false;
      boolean trailingBreak = false;
      boolean breakSpace = false;
      boolean spaceBreak = false;
      boolean precededByWhitespace = true;
      boolean previousSpace = false;
      boolean previousBreak = false;
      for (int i = 0; i < cps.length; i++) {
        int c = cps[i];
        boolean first = i == 0;
        boolean last = i == cps.length - 1;
        boolean followedByWhitespace = last || cps[i + 1] == ' ' || cps[i + 1] == '\t';
        if (first) {
          indicators |= LEADING_INDICATORS.indexOf(c) >= 0
              || ((c == '?' || c == ':' || c == '-') && followedByWhitespace);
        } else {
          indicators |= (c == ':' && followedByWhitespace) || (c == '#' && precededByWhitespace);
        }
        if (c == '\t') {
          tabs = true;
        } else if (!printable(c)) {
          special = true;
        }
        if (c == ' ') {
          leadingSpace |= first;
          trailingSpace |= last;
          breakSpace |= previousBreak;
          previousSpace = true;
          previousBreak = false;
        } else if (lineBreak(c)) {
          lineBreaks = true;
          leadingBreak |= first;
          trailingBreak |= last;
          spaceBreak |= previousSpace;
          previousSpace = false;
          previousBreak = true;
        } else {
          previousSpace = false;
          previousBreak = false;
        }
        precededByWhitespace = c == ' ' || c == '\t' || c == 0 || lineBreak(c);
      }
      boolean plain = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak || breakSpace
          || spaceBreak || tabs || special || lineBreaks || indicators);
      boolean singleQuoted = !(breakSpace || spaceBreak || tabs || special);
      boolean block = !(trailingSpace || spaceBreak || special);
      return new Analysis(lineBreaks, plain, singleQuoted, block);
    }
  }
}
