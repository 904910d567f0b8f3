package dev.ingot.core.xml;

/** Renders XML documents with a UTF-8 declaration and two-space indentation. */
public final class XmlWriter {
  private XmlWriter() {}

  /** Renders the document rooted at {@code root}, with {@code header} as a comment when not null. */
  public static String write(XmlNode.Element root, String header) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
