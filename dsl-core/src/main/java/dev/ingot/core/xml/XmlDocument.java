package dev.ingot.core.xml;

import dev.ingot.core.Document;
import dev.ingot.core.xml.XmlNode.Element;
import java.util.Objects;

/**
 * An XML file such as Windows' {@code autounattend.xml}: a UTF-8 declaration, the header as a
 * comment, then the root element indented by two spaces.
 *
 * @param root the root element
 */
public record XmlDocument(Element root) implements Document {
  /** Checks for null. */
  public XmlDocument {
    Objects.requireNonNull(root, "root");
  }

  @Override
  public String render(String header) {
    return XmlWriter.write(root, header);
  }
}
