package dev.ingot.core.xml;

import dev.ingot.core.xml.XmlNode.Attribute;
import dev.ingot.core.xml.XmlNode.Element;
import dev.ingot.core.xml.XmlNode.Text;
import java.util.List;
import java.util.Locale;

/**
 * Renders XML documents: the line {@code <?xml version="1.0" encoding="utf-8"?>}, the header as a
 * comment, then the root element with two-space indentation and exactly one final newline.
 *
 * <p>Canonical forms: an element without children is {@code <X/>}; an element whose children
 * are all text is written on one line, {@code <Key>value</Key>} (also when the text is empty);
 * any other element has one child element per line. Mixed content (text next to elements) is
 * rejected. Attributes are written in their given order as {@code name="value"}.
 *
 * <p>Escaping: text escapes {@code &}, {@code <}, {@code >} and carriage return ({@code &#13;},
 * which parsers would otherwise turn into a line feed); attribute values escape {@code &},
 * {@code <}, {@code "} and tab, line feed and carriage return as character references, which
 * attribute-value normalisation would otherwise turn into spaces. Everything else is raw UTF-8.
 * Characters that XML 1.0 does not allow (most C0 controls, lone surrogates, U+FFFE, U+FFFF) are
 * rejected with an {@link IllegalArgumentException}.
 */
public final class XmlWriter {
  private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";

  private final StringBuilder out = new StringBuilder(4096);

  private XmlWriter() {}

  /**
   * Renders the document rooted at {@code root}, with {@code header} as a comment when not null.
   * A {@code --} in the header, which a comment cannot hold, is written as {@code - -}.
   *
   * @throws IllegalArgumentException on mixed content or a character not allowed in XML 1.0
   */
  public static String write(Element root, String header) {
    var writer = new XmlWriter();
    writer.out.append(DECLARATION);
    if (header != null) {
      writer.comment(header);
    }
    writer.element(root, 0);
    return writer.out.toString();
  }

  private void comment(String text) {
    out.append("<!-- ");
    for (int i = 0; i < text.length(); i++) {
      int last = requireAllowed(text, i, "the header comment");
      out.append(text, i, last + 1);
      if (text.charAt(i) == '-' && last + 1 < text.length() && text.charAt(last + 1) == '-') {
        out.append(' ');
      }
      i = last;
    }
    out.append(" -->\n");
  }

  private void element(Element element, int depth) {
    indent(depth);
    out.append('<').append(element.name());
    for (Attribute attribute : element.attributes()) {
      out.append(' ').append(attribute.name()).append("=\"");
      escape(attribute.value(), true, element);
      out.append('"');
    }
    List<XmlNode> children = element.children();
    if (children.isEmpty()) {
      out.append("/>\n");
      return;
    }
    out.append('>');
    if (children.get(0) instanceof Text) {
      for (XmlNode child : children) {
        if (!(child instanceof Text text)) {
          throw mixed(element);
        }
        escape(text.value(), false, element);
      }
    } else {
      out.append('\n');
      for (XmlNode child : children) {
        if (!(child instanceof Element nested)) {
          throw mixed(element);
        }
        element(nested, depth + 1);
      }
      indent(depth);
    }
    out.append("</").append(element.name()).append(">\n");
  }

  private void indent(int depth) {
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  private void escape(String s, boolean attribute, Element owner) {
    int plain = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0xd800 && c != '&' && c != '<' && c != '>' && c != '"') {
        continue;
      }
      out.append(s, plain, i);
      plain = i + 1;
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append(attribute ? ">" : "&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\r' -> out.append("&#13;");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        default -> {
          int last = requireAllowed(s, i, (attribute ? "an attribute of <" : "the text of <") + owner.name() + ">");
          out.append(s, i, last + 1);
          plain = last + 1;
          i = last;
        }
      }
    }
    out.append(s, plain, s.length());
  }

  /**
   * Checks that the character at {@code i} (a code point, which may take two chars) is allowed in
   * XML 1.0 and returns the index of its last char.
   */
  private static int requireAllowed(String s, int i, String where) {
    int codePoint = s.codePointAt(i);
    boolean allowed = codePoint == 0x9 || codePoint == 0xa || codePoint == 0xd
        || (codePoint >= 0x20 && codePoint <= 0xd7ff)
        || (codePoint >= 0xe000 && codePoint <= 0xfffd)
        || codePoint >= 0x10000;
    if (!allowed) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "character U+%04X at index %d is not allowed in XML 1.0, in %s", codePoint, i, where));
    }
    return i + Character.charCount(codePoint) - 1;
  }

  private static IllegalArgumentException mixed(Element element) {
    return new IllegalArgumentException(
        "mixed content is not supported: <" + element.name() + "> has both text and element children");
  }
}
