package dev.ingot.core.hcl;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Quoting and escaping of HCL string literals, heredoc text and object keys, plus the column width
 * {@code terraform fmt} gives a quoted key.
 */
final class HclStrings {
  /** Identifiers that the parser reads as something else at the start of an object key. */
  private static final Set<String> KEYWORDS = Set.of("for", "null", "true", "false");

  private HclStrings() {}

  /** {@code value} as a quoted string literal: {@code "…"} with every escape HCL needs. */
  static String quote(String value) {
    return "\"" + escapeQuoted(value) + "\"";
  }

  /**
   * The body of a quoted string: {@code "} and {@code \} escaped, LF/CR/TAB as {@code \n}
   * {@code \r} {@code \t}, other unprintable characters as {@code \}{@code uXXXX} or
   * {@code \}{@code UXXXXXXXX}, and {@code ${}/{@code %{} doubled to {@code $${}/{@code %%{}.
   */
  static String escapeQuoted(String value) {
    HclText.requireWellFormed(value);
    var out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '$', '%' -> appendIntroducer(out, (char) cp, value, i);
        default -> {
          if (HclText.classOf(cp) == HclText.CharClass.ESCAPE) {
            out.append(cp <= 0xFFFF
                ? String.format(Locale.ROOT, "\\u%04x", cp)
                : String.format(Locale.ROOT, "\\U%08x", cp));
          } else {
            out.appendCodePoint(cp);
          }
        }
      }
    }
    return out.toString();
  }

  /** One line of heredoc text: only {@code ${} and {@code %{} are escaped, everything else is raw. */
  static String escapeHeredocLine(String line) {
    var out = new StringBuilder(line.length() + 4);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '$' || c == '%') {
        appendIntroducer(out, c, line, i + 1);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Checks that {@code terraform fmt} keeps {@code label} as written. It re-encodes every label from
   * its value: it drops a label whose literal is split into several tokens (any {@code $} or
   * {@code %} does that), normalizes the value to NFC, and writes raw every character that its Go
   * Unicode tables call printable, including those this writer escapes for JDK stability.
   *
   * @param label the label value
   * @return {@code label}
   * @throws IllegalArgumentException if terraform fmt would rewrite the label
   */
  static String requireStableLabel(String label) {
    HclText.requireWellFormed(label);
    if (label.indexOf('$') >= 0 || label.indexOf('%') >= 0) {
      throw new IllegalArgumentException("block label must not contain '$' or '%' (terraform fmt drops it): " + label);
    }
    if (label.codePoints().anyMatch(HclText::isUnstable)) {
      throw new IllegalArgumentException(
          "block label must not contain characters assigned after Unicode 13 (terraform fmt rewrites them): "
              + quote(label));
    }
    if (!Normalizer.isNormalized(label, Normalizer.Form.NFC)) {
      throw new IllegalArgumentException("block label must be in Unicode NFC (terraform fmt normalizes it): " + label);
    }
    return label;
  }

  /** An object key: bare when it is a plain identifier, otherwise quoted. */
  static String key(String key) {
    return isBareKey(key) ? key : quote(key);
  }

  /** The columns (grapheme clusters) {@code terraform fmt} counts for the rendered {@code key}. */
  static int keyWidth(String key) {
    if (isBareKey(key)) {
      return key.length();
    }
    return 2 + literalColumns(escapeQuoted(key));
  }

  private static boolean isBareKey(String key) {
    return HclBody.isIdentifier(key) && !KEYWORDS.contains(key);
  }

  /**
   * Columns of escaped literal text. The HCL scanner cuts a quoted literal into separate tokens at
   * each {@code $} and {@code %} (a lone one, or an escape such as {@code $${}) and hclwrite counts
   * grapheme clusters per token, so a combining mark after such a token starts a cluster of its own.
   */
  private static int literalColumns(String escaped) {
    int columns = 0;
    int start = 0;
    int i = 0;
    while (i < escaped.length()) {
      char c = escaped.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '$' || c == '%') {
        columns += HclText.graphemes(escaped.substring(start, i));
        int end = escaped.startsWith(c + "" + c + "{", i) ? i + 3 : i + 1;
        if (end == i + 3 && end < escaped.length() && escaped.charAt(end) == '~') {
          end++;
        }
        columns += end - i;
        start = end;
        i = end;
      } else {
        i++;
      }
    }
    return columns + HclText.graphemes(escaped.substring(start));
  }

  /** Appends {@code $} or {@code %}, doubled when {@code text} continues with {@code {} at {@code next}. */
  private static void appendIntroducer(StringBuilder out, char c, String text, int next) {
    out.append(c);
    if (next < text.length() && text.charAt(next) == '{') {
      out.append(c);
    }
  }
}
