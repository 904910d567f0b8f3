package dev.ingot.core.yaml;

import dev.ingot.core.yaml.YamlNode.Entry;
import dev.ingot.core.yaml.YamlNode.YamlBool;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import dev.ingot.core.yaml.YamlNode.YamlNumber;
import dev.ingot.core.yaml.YamlNode.YamlSeq;
import dev.ingot.core.yaml.YamlNode.YamlStr;
import java.math.BigDecimal;

/**
 * Renders YAML byte for byte as Go's {@code yaml.Marshal} does in go.yaml.in/yaml/v4 (its v3
 * defaults: four-space indentation, sequences indented under their key, no line wrapping), the
 * bytes whose SHA-256 is a Talos Image Factory schematic ID.
 *
 * <p>Mapping entries are written in the order given: callers mirror the Go struct's field order
 * and sort the keys of Go maps. Numbers must be whole, as the Go fields they stand for are
 * integers.
 *
 * <p>The writer follows the emitter's column bookkeeping, including its known oddities: the
 * indentation indicator of a literal block is always 4 (wrong when the block is not four columns
 * deeper than its parent, go-yaml issue 76), and characters outside the Basic Multilingual Plane
 * are escaped.
 */
public final class GoYamlWriter {
  private static final int BEST_INDENT = 4;

  private final StringBuilder out = new StringBuilder();
  private int column;
  /** The last character written was whitespace (or nothing was written yet). */
  private boolean whitespace = true;
  /** Only indentation has been written on the current line. */
  private boolean indention = true;

  private GoYamlWriter() {}

  /**
   * Renders {@code node} as a yaml.v3 document.
   *
   * @throws IllegalArgumentException for a number with a fractional part or a string with an
   *     unpaired surrogate
   */
  public static String write(YamlNode node) {
    var writer = new GoYamlWriter();
    writer.node(node, -1, false);
    writer.writeIndent(0);
    return writer.out.toString();
  }

  /**
   * The indentation of a node below one at {@code parent}: two past a sequence dash, otherwise the
   * next multiple of four; at the root 0 for collections and 4 for scalars.
   */
  private static int childIndent(int parent, boolean inSequence, boolean scalar) {
    if (parent < 0) {
      return scalar ? BEST_INDENT : 0;
    }
    return inSequence ? parent + 2 : BEST_INDENT * ((parent + BEST_INDENT) / BEST_INDENT);
  }

  private void node(YamlNode node, int parent, boolean inSequence) {
    if (node instanceof YamlMap map && !map.isEmpty()) {
      mapping(map, childIndent(parent, inSequence, false));
    } else if (node instanceof YamlSeq seq && !seq.items().isEmpty()) {
      sequence(seq, childIndent(parent, inSequence, false));
    } else if (node instanceof YamlMap) {
      indicator("{", true, true, false);
      indicator("}", false, false, false);
    } else if (node instanceof YamlSeq) {
      indicator("[", true, true, false);
      indicator("]", false, false, false);
    } else if (node instanceof YamlStr str) {
      scalar(GoScalar.of(str.value()), childIndent(parent, inSequence, true));
    } else {
      plain(text(node));
    }
  }

  private static String text(YamlNode scalar) {
    if (scalar instanceof YamlNumber number) {
      BigDecimal value = number.value();
      if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
        throw new IllegalArgumentException("Go's YAML here holds whole numbers only, not " + value);
      }
      return value.toBigInteger().toString();
    }
    return scalar instanceof YamlBool bool ? Boolean.toString(bool.value()) : "null";
  }

  private void mapping(YamlMap map, int indent) {
    for (Entry entry : map.entries()) {
      writeIndent(indent);
      GoScalar key = GoScalar.of(entry.key());
      int keyIndent = childIndent(indent, false, true);
      if (key.simpleKey()) {
        scalar(key, keyIndent);
        indicator(":", false, false, false);
      } else {
        indicator("?", true, false, true);
        scalar(key, keyIndent);
        writeIndent(indent);
        indicator(":", true, false, true);
      }
      node(entry.value(), indent, false);
    }
  }

  private void sequence(YamlSeq seq, int indent) {
    for (YamlNode item : seq.items()) {
      writeIndent(indent);
      indicator("-", true, false, true);
      node(item, indent, true);
    }
  }

  /** Writes a string at scalar indentation {@code indent} in the style go-yaml chose. */
  private void scalar(GoScalar scalar, int indent) {
    String value = scalar.value();
    if (value.codePoints().anyMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
      throw new IllegalArgumentException("a YAML string cannot hold an unpaired surrogate: " + value);
    }
    switch (scalar.style()) {
      case PLAIN -> plain(value);
      case SINGLE_QUOTED -> singleQuoted(value, indent);
      case DOUBLE_QUOTED -> doubleQuoted(value);
      case LITERAL -> literal(value, indent);
    }
  }

  private void plain(String value) {
    if (!value.isEmpty() && !whitespace) {
      put(' ');
    }
    raw(value);
    whitespace = whitespace && value.isEmpty();
    indention = false;
  }

  private void singleQuoted(String value, int indent) {
    indicator("'", true, false, false);
    boolean breaks = false;
    for (int c : value.codePoints().toArray()) {
      if (GoScalar.lineBreak(c)) {
        brokenLine(c);
        breaks = true;
      } else if (c == ' ') {
        put(' ');
      } else {
        if (breaks) {
          writeIndent(indent);
        }
        if (c == '\'') {
          put('\'');
        }
        raw(Character.toString(c));
        indention = false;
        breaks = false;
      }
    }
    indicator("'", false, false, false);
    whitespace = false;
    indention = false;
  }

  private void doubleQuoted(String value) {
    indicator("\"", true, false, false);
    boolean escapeAll = value.startsWith("\uFEFF");
    var text = new StringBuilder();
    value.codePoints().forEach(c -> {
      if (escapeAll || !GoScalar.printable(c) || GoScalar.lineBreak(c) || c == '"' || c == '\\') {
        YamlEscapes.append(text, c);
      } else {
        text.appendCodePoint(c);
      }
    });
    raw(text.toString());
    indicator("\"", false, false, false);
    whitespace = false;
    indention = false;
  }

  private void literal(String value, int indent) {
    indicator("|", true, false, false);
    if (value.startsWith(" ")) {
      indicator(Integer.toString(BEST_INDENT), false, false, false);
    }
    int[] cps = value.codePoints().toArray();
    int last = cps[cps.length - 1];
    if (!GoScalar.lineBreak(last)) {
      indicator("-", false, false, false);
    } else if (GoScalar.lineBreak(cps[cps.length - 2])) {
      indicator("+", false, false, false);
    }
    newline();
    whitespace = true;
    boolean breaks = true;
    for (int c : cps) {
      if (GoScalar.lineBreak(c)) {
        if (c == '\n') {
          newline();
        } else {
          brokenLine(c);
        }
        breaks = true;
      } else {
        if (breaks) {
          writeIndent(indent);
        }
        raw(Character.toString(c));
        indention = false;
        breaks = false;
      }
    }
  }

  /** A line break other than LF inside a scalar: copied as it is, and counted as a new line. */
  private void brokenLine(int c) {
    out.appendCodePoint(c);
    column = 0;
    indention = true;
  }

  /** Starts a new line unless only indentation is on this one, then pads to {@code indent}. */
  private void writeIndent(int indent) {
    if (!indention || column > indent || (column == indent && !whitespace)) {
      newline();
    }
    while (column < indent) {
      put(' ');
    }
    whitespace = true;
  }

  private void indicator(String indicator, boolean needWhitespace, boolean isWhitespace, boolean isIndention) {
    if (needWhitespace && !whitespace) {
      put(' ');
    }
    raw(indicator);
    whitespace = isWhitespace;
    indention = indention && isIndention;
  }

  private void newline() {
    out.append('\n');
    column = 0;
    indention = true;
  }

  private void put(char c) {
    out.append(c);
    column++;
  }

  private void raw(String text) {
    out.append(text);
    column += text.codePointCount(0, text.length());
  }
}
