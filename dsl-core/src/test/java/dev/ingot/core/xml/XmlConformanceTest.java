package dev.ingot.core.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.testsupport.ExternalTool;
import dev.ingot.core.xml.XmlNode.Element;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * Checks the writer against real parsers: {@code xmllint} on a batch of seeded random documents,
 * and a round trip of 10,000 seeded random strings through the JDK's DOM parser.
 */
class XmlConformanceTest {
  private static final long SEED = 20_260_102L;
  private static final String[] ATOMS = {
    "a", "Z", "0", " ", "  ", "&", "<", ">", "\"", "'", "]]>", "&amp;", "&#13;", "&lt;", "<!--", "-->", "--", "-",
    "<![CDATA[", "?>", "=", "\t", "\n", "\r", "\r\n", "\n\r", "é", "e\u0301", "日本語", "😀", "\u00a0", "\u0085",
    "\u2028", "\u2029", "\ufeff", "\ufffd", "\ue000", "\udbff\udfff", "\\", "$", "%", "{", "}",
  };
  private static final String[] NAMES = {"Key", "Value", "wcm:keyValue", "Order", "Path", "a", "b-c", "d.e", "_f"};

  private final Random random = new Random(SEED);

  @Test
  void xmllintAcceptsEveryDocument(@TempDir Path dir) throws IOException {
    ExternalTool.require("xmllint");
    var files = new ArrayList<String>();
    files.add("xmllint");
    files.add("--noout");
    write(dir, files, "autounattend.xml", XmlWriter.write(SampleXml.autounattend(), "Generated -- do not edit -"));
    for (int i = 0; i < 40; i++) {
      Element root = Element.named("unattend")
          .attribute("xmlns", "urn:schemas-microsoft-com:unattend")
          .attribute("xmlns:wcm", "http://schemas.microsoft.com/WMIConfig/2002/State")
          .children(randomChildren(3));
      write(dir, files, "random-" + i + ".xml", XmlWriter.write(root, randomString()));
    }
    var result = ExternalTool.run(dir, files.toArray(String[]::new));
    assertThat(result.output()).isEmpty();
    assertThat(result.exitCode()).isZero();
  }

  @Test
  void domParserReadsBackEveryString() throws Exception {
    var strings = new ArrayList<String>();
    var root = Element.named("strings");
    var children = new ArrayList<XmlNode>();
    for (int i = 0; i < 10_000; i++) {
      String s = randomString();
      strings.add(s);
      children.add(Element.named("s").attribute("v", s).text(s));
    }
    String xml = XmlWriter.write(root.children(children), "round trip");
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    List<org.w3c.dom.Element> parsed = new ArrayList<>();
    for (Node n = document.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof org.w3c.dom.Element e) {
        parsed.add(e);
      }
    }
    assertThat(parsed).hasSize(strings.size());
    for (int i = 0; i < strings.size(); i++) {
      assertThat(parsed.get(i).getAttribute("v")).as("attribute %d", i).isEqualTo(strings.get(i));
      assertThat(parsed.get(i).getTextContent()).as("text %d", i).isEqualTo(strings.get(i));
    }
  }

  private static void write(Path dir, List<String> files, String name, String xml) throws IOException {
    Files.writeString(dir.resolve(name), xml, StandardCharsets.UTF_8);
    files.add(name);
  }

  private List<XmlNode> randomChildren(int depth) {
    var children = new ArrayList<XmlNode>();
    for (int i = random.nextInt(5); i >= 0; i--) {
      Element element = Element.named(NAMES[random.nextInt(NAMES.length)]);
      var unused = new ArrayList<>(List.of(NAMES));
      for (int a = random.nextInt(3); a > 0; a--) {
        element = element.attribute(unused.remove(random.nextInt(unused.size())), randomString());
      }
      int kind = random.nextInt(3);
      if (kind == 0 && depth > 0) {
        element = element.children(randomChildren(depth - 1));
      } else if (kind == 1) {
        element = element.text(randomString());
      }
      children.add(element);
    }
    return children;
  }

  private String randomString() {
    var out = new StringBuilder();
    for (int i = random.nextInt(12); i > 0; i--) {
      if (random.nextInt(8) == 0) {
        int codePoint;
        do {
          codePoint = random.nextInt(2) == 0 ? 0x20 + random.nextInt(0xffe0) : 0x10000 + random.nextInt(0x100000);
        } while (Character.getType(codePoint) == Character.SURROGATE || codePoint == 0xfffe || codePoint == 0xffff);
        out.appendCodePoint(codePoint);
      } else {
        out.append(ATOMS[random.nextInt(ATOMS.length)]);
      }
    }
    return out.toString();
  }
}
