package dev.ingot.core.terraform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The JSON text of one Terraform file, built in a single {@link StringBuilder}: two-space
 * indentation, one member or element per line, {@code "key": value}, {@code {}} and {@code []} when
 * empty, and string escaping.
 *
 * <p>Strings are escaped for JSON: {@code \"}, {@code \\}, {@code \n}, {@code \t}, {@code \r},
 * {@code \b} and {@code \f}; other control characters, U+2028, U+2029, lone surrogates and the
 * few grapheme-cluster "Prepend" characters as &#92;uXXXX (lowercase hex); everything else is
 * written as raw UTF-8. In template text,
 * {@code ${} and {@code %{} are also escaped as {@code $${} and {@code %%{}, and a carriage
 * return not followed by a line feed is written as {@code ${"\r"}}: Terraform's template scanner
 * stops recognising interpolations after a lone CR. Any {@code $} directly before such an
 * interpolation goes inside it, since {@code $${} would be read as an escape.
 */
final class JsonOut {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final String INDENT = " ".repeat(64);
  private static final int CHUNK = 1 << 16;

  private final List<String> chunks = new ArrayList<>();
  private final StringBuilder out;
  private boolean[] hasMembers = new boolean[16];
  private int depth;

  /** A writer for a whole file. */
  JsonOut() {
    this(0, new StringBuilder(CHUNK + 1024));
  }

  /**
   * A writer for a value nested {@code depth} levels deep, to be placed with {@link #raw}, that
   * writes into {@code scratch} (emptied first; reused from one value to the next).
   */
  JsonOut(int depth, StringBuilder scratch) {
    this.depth = depth;
    this.out = scratch;
    scratch.setLength(0);
  }

  /** Writes {@code {}. */
  void beginObject() {
    open('{');
  }

  /** Writes {@code }}, on its own line when the object has members. */
  void endObject() {
    close('}');
  }

  /** Writes {@code [}. */
  void beginArray() {
    open('[');
  }

  /** Writes {@code ]}, on its own line when the array has elements. */
  void endArray() {
    close(']');
  }

  /** Starts a member whose name is written as is (a block type, label or argument name). */
  void key(String name) {
    nextLine();
    literal(name);
    out.append(": ");
  }

  /** Starts a member of an expression object, whose name Terraform reads as a template. */
  void templateKey(String name) {
    nextLine();
    templateLiteral(name);
    out.append(": ");
  }

  /** Starts an array element. */
  void element() {
    nextLine();
  }

  /** Writes text rendered by a writer made for this depth ({@link #JsonOut(int, StringBuilder)}), as is. */
  void raw(String rendered) {
    out.append(rendered);
  }

  /** Writes a number, {@code true}, {@code false} or {@code null}. */
  void token(String token) {
    out.append(token);
  }

  /** Writes a quoted string as is (for contexts where Terraform does not process templates). */
  void literal(String value) {
    out.append('"');
    text(value, 0, value.length(), false);
    out.append('"');
  }

  /** Writes a quoted string that Terraform reads as a template, so that it yields {@code value}. */
  void templateLiteral(String value) {
    out.append('"');
    text(value, keepLeadingBom(value), value.length(), true);
    out.append('"');
  }

  /** Opens a quoted template string. */
  void openQuote() {
    out.append('"');
  }

  /** Closes a quoted template string. */
  void closeQuote() {
    out.append('"');
  }

  /** Writes {@code ${expression}} inside a quoted template string. */
  void interpolation(String expression) {
    out.append("${");
    text(expression, 0, expression.length(), false);
    out.append('}');
  }

  /**
   * Writes literal template text inside a quoted template string; {@code first} tells whether it
   * starts the string. When an interpolation follows, a trailing run of {@code $} cannot stay
   * literal (Terraform would read {@code $${} as an escape), so the run is written as the
   * interpolated string {@code ${"$…"}}.
   */
  void templateText(String text, boolean first, boolean interpolationFollows) {
    int start = first ? keepLeadingBom(text) : 0;
    int end = text.length();
    int cut = end;
    if (interpolationFollows) {
      while (cut > start && text.charAt(cut - 1) == '$') {
        cut--;
      }
    }
    text(text, start, cut, true);
    if (cut < end) {
      interpolatedString(text, cut, end, "");
    }
  }

  /**
   * Terraform drops a U+FEFF at the very start of a template (as it would a byte order mark), so a
   * leading one is written inside an interpolated string literal, {@code ${"<U+FEFF>"}}. Returns
   * where the rest of {@code text} starts.
   */
  private int keepLeadingBom(String text) {
    if (text.isEmpty() || text.charAt(0) != '\ufeff') {
      return 0;
    }
    interpolatedString(text, 0, 1, "");
    return 1;
  }

  /**
   * Writes {@code ${"…"}}, an interpolated HCL string holding {@code s[from, to)} (only {@code $}
   * or U+FEFF characters, which need no escaping there) followed by {@code hclEscapes}.
   */
  private void interpolatedString(String s, int from, int to, String hclEscapes) {
    out.append("${\\\"").append(s, from, to).append(hclEscapes).append("\\\"}");
  }

  /** The text written so far, without a final newline: a nested value for {@link #raw}. */
  String fragment() {
    return chunks.isEmpty() ? out.toString() : String.join("", chunks) + out;
  }

  /**
   * The finished text with exactly one final newline. The text is kept in chunks of about 64 KiB
   * while it is written, so a file of many megabytes is copied once, here, instead of at every
   * doubling of one buffer.
   */
  String finish() {
    out.append('\n');
    if (chunks.isEmpty()) {
      return out.toString();
    }
    chunks.add(out.toString());
    return String.join("", chunks);
  }

  private void open(char bracket) {
    out.append(bracket);
    depth++;
    if (depth == hasMembers.length) {
      hasMembers = Arrays.copyOf(hasMembers, depth * 2);
    }
    hasMembers[depth] = false;
  }

  private void close(char bracket) {
    boolean members = hasMembers[depth];
    depth--;
    if (members) {
      newline();
    }
    out.append(bracket);
  }

  private void nextLine() {
    if (hasMembers[depth]) {
      out.append(',');
    }
    hasMembers[depth] = true;
    newline();
  }

  private void newline() {
    if (out.length() >= CHUNK) {
      chunks.add(out.toString());
      out.setLength(0);
    }
    out.append('\n');
    int spaces = 2 * depth;
    while (spaces > INDENT.length()) {
      out.append(INDENT);
      spaces -= INDENT.length();
    }
    out.append(INDENT, 0, spaces);
  }

  private void text(String s, int start, int end, boolean template) {
    int plain = start;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (isPlain(c)) {
        continue;
      }
      out.append(s, plain, i);
      if (c == '$' || c == '%') {
        out.append(c);
        if (template && i + 1 < end && s.charAt(i + 1) == '{') {
          out.append(c);
        }
      } else if (c == '\r' && template && (i + 1 == end || s.charAt(i + 1) != '\n')) {
        int dollars = 0;
        while (i - dollars > start && s.charAt(i - dollars - 1) == '$') {
          dollars++;
        }
        out.setLength(out.length() - dollars);
        interpolatedString(s, i - dollars, i, "\\\\r");
      } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1))) {
        char low = s.charAt(++i);
        if (isPrepend(Character.toCodePoint(c, low))) {
          escape(c);
          escape(low);
        } else {
          out.append(c).append(low);
        }
      } else {
        escape(c);
      }
      plain = i + 1;
    }
    if (plain == 0 && end == s.length()) {
      out.append(s);
    } else {
      out.append(s, plain, end);
    }
  }

  private static boolean isPlain(char c) {
    if (c < 0x80) {
      return c >= 0x20 && c != '"' && c != '\\' && c != '$' && c != '%';
    }
    return c != '\u2028' && c != '\u2029' && !Character.isSurrogate(c) && !(c >= 0x600 && c <= 0xd4e && isPrepend(c));
  }

  /**
   * The characters with Grapheme_Cluster_Break=Prepend (Unicode 16). Terraform's JSON scanner
   * steps through strings by grapheme cluster, so one of these directly before the closing quote
   * or an escape's backslash would swallow it; they are always written as &#92;u escapes.
   */
  private static boolean isPrepend(int c) {
    return (c >= 0x600 && c <= 0x605) || c == 0x6dd || c == 0x70f || c == 0x890 || c == 0x891 || c == 0x8e2
        || c == 0xd4e || c == 0x110bd || c == 0x110cd || c == 0x111c2 || c == 0x111c3 || c == 0x113d1
        || c == 0x1193f || c == 0x11941 || c == 0x11a3a || (c >= 0x11a84 && c <= 0x11a89) || c == 0x11d46
        || c == 0x11f02;
  }

  private void escape(char c) {
    switch (c) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case '\n' -> out.append("\\n");
      case '\t' -> out.append("\\t");
      case '\r' -> out.append("\\r");
      case '\b' -> out.append("\\b");
      case '\f' -> out.append("\\f");
      default -> out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf])
          .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
    }
  }
}
