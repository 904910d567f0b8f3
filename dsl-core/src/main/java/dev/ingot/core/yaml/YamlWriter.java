package dev.ingot.core.yaml;

import dev.ingot.core.yaml.YamlNode.Entry;
import dev.ingot.core.yaml.YamlNode.YamlBool;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import dev.ingot.core.yaml.YamlNode.YamlNumber;
import dev.ingot.core.yaml.YamlNode.YamlSeq;
import dev.ingot.core.yaml.YamlNode.YamlStr;
import java.util.List;

/**
 * Renders YAML in block style with quoting that is safe for YAML 1.1 and 1.2 readers.
 *
 * <p>Layout: two spaces per level, sequences indented under their key, a mapping in a sequence
 * item starting on the dash line, {@code {}} and {@code []} for empty collections. Strings are
 * plain when every reader takes them for the same string, literal blocks ({@code |}, {@code |-},
 * {@code |+}) when multi-line and exactly representable, and double-quoted otherwise. The output
 * passes yamllint with {@code yamllint.yml} from this package.
 */
public final class YamlWriter {
  /** The longest key YAML 1.1 readers accept without the explicit {@code ?} form. */
  private static final int MAX_KEY_LENGTH = 1024;
  private static final int INDENT = 2;

  private final StringBuilder out = new StringBuilder();

  private YamlWriter() {}

  /**
   * Renders {@code doc}: its first line (such as {@code #cloud-config}), then {@code header} as a
   * {@code #} comment when not null, then each document, after {@code ---} when the file asks for
   * explicit starts.
   *
   * @throws IllegalArgumentException when {@code header} spans lines, a string holds an unpaired
   *     surrogate or a key is longer than 1024 characters
   */
  public static String write(YamlDocument doc, String header) {
    var writer = new YamlWriter();
    if (doc.firstLine() != null) {
      writer.out.append(doc.firstLine()).append('\n');
    }
    if (header != null) {
      if (header.contains("\n") || header.contains("\r")) {
        throw new IllegalArgumentException("the header must be one line: " + header);
      }
      writer.out.append(header.isEmpty() ? "#" : "# " + header).append('\n');
    }
    List<YamlNode> documents = doc.documents();
    for (int i = 0; i < documents.size(); i++) {
      if (doc.explicitStart()) {
        writer.out.append("---\n");
      }
      writer.root(documents.get(i), i == documents.size() - 1);
    }
    return writer.out.toString();
  }

  private void root(YamlNode node, boolean last) {
    if (node instanceof YamlMap map && !map.isEmpty()) {
      entries(map, 0, false, last);
    } else if (node instanceof YamlSeq seq && !seq.items().isEmpty()) {
      items(seq, 0, false, last);
    } else {
      inline(node, -1, last);
    }
  }

  /** Writes the entries at column {@code indent}; the first on the current line when {@code inline}. */
  private void entries(YamlMap map, int indent, boolean inline, boolean last) {
    List<Entry> entries = map.entries();
    for (int i = 0; i < entries.size(); i++) {
      if (i > 0 || !inline) {
        pad(indent);
      }
      out.append(key(entries.get(i).key())).append(':');
      value(entries.get(i).value(), indent, last && i == entries.size() - 1);
    }
  }

  private void value(YamlNode node, int indent, boolean last) {
    if (node instanceof YamlMap map && !map.isEmpty()) {
      out.append('\n');
      entries(map, indent + INDENT, false, last);
    } else if (node instanceof YamlSeq seq && !seq.items().isEmpty()) {
      out.append('\n');
      items(seq, indent + INDENT, false, last);
    } else {
      out.append(' ');
      inline(node, indent, last);
    }
  }

  /** Writes the items with their dash at column {@code indent}; the first on the current line when {@code inline}. */
  private void items(YamlSeq seq, int indent, boolean inline, boolean last) {
    List<YamlNode> items = seq.items();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0 || !inline) {
        pad(indent);
      }
      out.append("- ");
      YamlNode item = items.get(i);
      boolean lastItem = last && i == items.size() - 1;
      if (item instanceof YamlMap map && !map.isEmpty()) {
        entries(map, indent + INDENT, true, lastItem);
      } else if (item instanceof YamlSeq nested && !nested.items().isEmpty()) {
        items(nested, indent + INDENT, true, lastItem);
      } else {
        inline(item, indent, lastItem);
      }
    }
  }

  /**
   * Writes a scalar or an empty collection to the end of the line; a multi-line string may become a
   * literal block indented under {@code parentIndent} (the key's or the dash's column; negative at
   * the root, where blocks are not used).
   */
  private void inline(YamlNode node, int parentIndent, boolean last) {
    if (node instanceof YamlStr str) {
      string(str.value(), parentIndent, last);
      return;
    }
    String text;
    if (node instanceof YamlMap) {
      text = "{}";
    } else if (node instanceof YamlSeq) {
      text = "[]";
    } else if (node instanceof YamlNumber number) {
      text = number.value().toPlainString();
    } else if (node instanceof YamlBool bool) {
      text = Boolean.toString(bool.value());
    } else {
      text = "null";
    }
    out.append(text).append('\n');
  }

  private void string(String s, int parentIndent, boolean last) {
    if (parentIndent >= 0 && s.indexOf('\n') >= 0 && SafeScalars.literalIsSafe(s, last)) {
      literal(s, parentIndent + INDENT);
    } else {
      out.append(SafeScalars.plainIsSafe(s) ? s : SafeScalars.doubleQuoted(s)).append('\n');
    }
  }

  /** A literal block whose lines start at column {@code indent}, two more than its parent's. */
  private void literal(String s, int indent) {
    int trailing = 0;
    while (trailing < s.length() && s.charAt(s.length() - 1 - trailing) == '\n') {
      trailing++;
    }
    String content = s.substring(0, s.length() - trailing);
    out.append('|');
    if (content.replaceFirst("^\n*", "").startsWith(" ")) {
      out.append(INDENT);
    }
    out.append(trailing == 0 ? "-" : trailing == 1 ? "" : "+").append('\n');
    for (String line : content.split("\n", -1)) {
      if (!line.isEmpty()) {
        pad(indent);
        out.append(line);
      }
      out.append('\n');
    }
    out.append("\n".repeat(Math.max(0, trailing - 1)));
  }

  private static String key(String key) {
    String text = SafeScalars.plainIsSafe(key) ? key : SafeScalars.doubleQuoted(key);
    if (text.codePointCount(0, text.length()) > MAX_KEY_LENGTH) {
      throw new IllegalArgumentException("a YAML key is longer than " + MAX_KEY_LENGTH + " characters: " + key);
    }
    return text;
  }

  private void pad(int indent) {
    out.append(" ".repeat(indent));
  }
}
