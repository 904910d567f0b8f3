package dev.ingot.core.yaml;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides how {@link YamlWriter} writes a string so that YAML 1.1 readers (PyYAML for Ansible and
 * cloud-init, SnakeYAML), YAML 1.2 readers and Go's yaml.v3 all read back the same string, and so
 * that yamllint's default rules pass.
 */
final class SafeScalars {
  /** Words that some YAML 1.1 or 1.2 schema reads as a boolean, null, merge key or value key (compared ignoring case). */
  private static final Set<String> KEYWORDS = Set.of(
      "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~", "<<", "=");
  /** Numbers of any schema: ints with base prefixes, floats with exponents, underscores, infinities. */
  private static final Pattern NUMBER = Pattern.compile(
      "[-+]?(?:0[bBoOxX][0-9a-fA-F_]*|(?:\\.[0-9_]+|[0-9_]+(?:\\.[0-9_]*)?)(?:[eE][-+]?[0-9_]+)?)"
          + "|[-+]?\\.(?:inf|nan)",
      Pattern.CASE_INSENSITIVE);
  /** YAML 1.1 base-60 numbers such as {@code 1:20} or {@code 190:20:30.15}. */
  private static final Pattern SEXAGESIMAL = Pattern.compile("[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?");
  /** Dates and timestamps, generously: a date alone, or a date followed by a time separator and anything. */
  private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt \\t].*)?");
  /** Characters that start something else when they open a plain scalar. */
  private static final String LEADING_INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
  /** Blank lines in a row that yamllint's {@code empty-lines} rule allows. */
  private static final int MAX_BLANK_LINES = 2;

  private SafeScalars() {}

  /** True when {@code s} can be written without quotes and still reads back as this string everywhere. */
  static boolean plainIsSafe(String s) {
    return !s.isEmpty()
        && s.codePoints().allMatch(SafeScalars::printableInLine)
        && LEADING_INDICATORS.indexOf(s.charAt(0)) < 0
        && s.charAt(0) != ' '
        && s.charAt(s.length() - 1) != ' '
        && s.charAt(s.length() - 1) != ':'
        && !s.contains(": ")
        && !s.contains(" #")
        && !s.startsWith("---")
        && !s.startsWith("...")
        && !looksLikeAnotherType(s);
  }

  /**
   * True when the multi-line string {@code s} can be written as a literal block that reproduces it
   * exactly and passes yamllint: only printable characters other than tabs, no line ending in a
   * space, at least one non-empty line, and no more blank lines in a row than yamllint allows
   * (none after the last line of the file).
   *
   * @param lastInFile whether the block would end the file
   */
  static boolean literalIsSafe(String s, boolean lastInFile) {
    if (!s.codePoints().allMatch(c -> c == '\n' || printableInLine(c))
        || s.contains(" \n") || s.endsWith(" ") || s.chars().allMatch(c -> c == '\n')) {
      return false;
    }
    int leading = 0;
    while (s.charAt(leading) == '\n') {
      leading++;
    }
    int trailing = 0;
    while (s.charAt(s.length() - 1 - trailing) == '\n') {
      trailing++;
    }
    int blankLinesAtEnd = Math.max(0, trailing - 1);
    return leading <= MAX_BLANK_LINES
        && !s.contains("\n".repeat(MAX_BLANK_LINES + 2))
        && blankLinesAtEnd <= (lastInFile ? 0 : MAX_BLANK_LINES);
  }

  /** {@code s} in double quotes, escaping quotes, backslashes, line breaks and what YAML cannot print. */
  static String doubleQuoted(String s) {
    var out = new StringBuilder(s.length() + 2).append('"');
    s.codePoints().forEach(c -> {
      if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
        throw new IllegalArgumentException("a YAML string cannot hold an unpaired surrogate: " + s);
      }
      if (c == '"' || c == '\\' || !printableInLine(c)) {
        YamlEscapes.append(out, c);
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.append('"').toString();
  }

  /**
   * YAML's printable set (the same in 1.1 and 1.2) less the characters that must not appear raw on
   * one line: tab, the line breaks of both versions (CR, LF, NEL, LS, PS) and the byte order mark.
   */
  private static boolean printableInLine(int c) {
    return (c >= 0x20 && c <= 0x7E)
        || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  private static boolean looksLikeAnotherType(String s) {
    return KEYWORDS.contains(s.toLowerCase(Locale.ROOT))
        || NUMBER.matcher(s).matches()
        || SEXAGESIMAL.matcher(s).matches()
        || TIMESTAMP.matcher(s).matches();
  }
}
