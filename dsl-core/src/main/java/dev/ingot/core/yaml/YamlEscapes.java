package dev.ingot.core.yaml;

import java.util.Locale;

/** The escape sequences of YAML double-quoted scalars, shared by both writers. */
final class YamlEscapes {
  private YamlEscapes() {}

  /**
   * Appends the escape sequence for {@code codePoint}: the short form where YAML has one (backslash
   * and {@code n}, {@code t}, {@code N}, {@code L} …), otherwise backslash and {@code x}, {@code u}
   * or {@code U} with two, four or eight upper-case hex digits.
   */
  static void append(StringBuilder out, int codePoint) {
    String named = switch (codePoint) {
      case 0x00 -> "\\0";
      case 0x07 -> "\\a";
      case 0x08 -> "\\b";
      case 0x09 -> "\\t";
      case 0x0A -> "\\n";
      case 0x0B -> "\\v";
      case 0x0C -> "\\f";
      case 0x0D -> "\\r";
      case 0x1B -> "\\e";
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      case 0x85 -> "\\N";
      case 0xA0 -> "\\_";
      case 0x2028 -> "\\L";
      case 0x2029 -> "\\P";
      default -> null;
    };
    if (named != null) {
      out.append(named);
      return;
    }
    String hex = Integer.toHexString(codePoint).toUpperCase(Locale.ROOT);
    int width = codePoint <= 0xFF ? 2 : codePoint <= 0xFFFF ? 4 : 8;
    out.append(width == 2 ? "\\x" : width == 4 ? "\\u" : "\\U");
    out.append("0".repeat(width - hex.length())).append(hex);
  }
}
