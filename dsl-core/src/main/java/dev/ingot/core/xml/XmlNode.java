package dev.ingot.core.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A node of an XML document: an element or text. */
public sealed interface XmlNode {
  /**
   * An element with attributes (in insertion order) and children. Names may carry a namespace
   * prefix ({@code wcm:action}).
   */
  record Element(String name, List<Attribute> attributes, List<XmlNode> children) implements XmlNode {
    /** Copies the lists and checks the name. */
    public Element {
      requireName(name);
      attributes = List.copyOf(attributes);
      children = List.copyOf(children);
    }

    /** An element with the given name and nothing else. */
    public static Element named(String name) {
      return new Element(name, List.of(), List.of());
    }

    /** This element with one more attribute. */
    public Element attribute(String name, String value) {
      var next = new ArrayList<>(attributes);
      next.add(new Attribute(name, value));
      return new Element(this.name, next, children);
    }

    /** This element with the given attributes added in the map's order. */
    public Element attributes(Map<String, String> more) {
      var next = new ArrayList<>(attributes);
      more.forEach((k, v) -> next.add(new Attribute(k, v)));
      return new Element(name, next, children);
    }

    /** This element with more children. */
    public Element children(XmlNode... more) {
      var next = new ArrayList<>(children);
      next.addAll(List.of(more));
      return new Element(name, attributes, next);
    }

    /** This element with more children. */
    public Element children(List<? extends XmlNode> more) {
      var next = new ArrayList<>(children);
      next.addAll(more);
      return new Element(name, attributes, next);
    }

    /** This element with a text child. */
    public Element text(String text) {
      return children(new Text(text));
    }
  }

  /** {@code name="value"}; the value is escaped by the writer. */
  record Attribute(String name, String value) {
    /** Checks the name and value. */
    public Attribute {
      requireName(name);
      Objects.requireNonNull(value, "value");
    }
  }

  /** Character data; escaped by the writer. */
  record Text(String value) implements XmlNode {
    /** Checks for null. */
    public Text {
      Objects.requireNonNull(value, "value");
    }
  }

  /** An element {@code <name>text</name>}. */
  static Element leaf(String name, String text) {
    return Element.named(name).text(text);
  }

  private static void requireName(String name) {
    Objects.requireNonNull(name, "name");
    if (!name.matches("[A-Za-z_][A-Za-z0-9_.-]*(:[A-Za-z_][A-Za-z0-9_.-]*)?")) {
      throw new IllegalArgumentException("not an XML name: " + name);
    }
  }
}
