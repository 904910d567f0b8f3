package dev.ingot.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compiles every {@code java} code block in README.md and docs/*.md against the library, so a
 * sample that no longer matches the API fails the build.
 *
 * <p>A block that starts with {@code package}, {@code import} or a type declaration is compiled
 * as a whole file. Any other block is a sequence of statements: it is compiled as the body of a
 * method, with every Ingot package imported ({@code BootLoader} is the Proxmox one).
 */
class DocsCodeSamplesTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("(?ms)^```java\\n(.*?)^```");
  private static final Pattern TYPE_NAME = Pattern.compile("(?m)^(?:public\\s+)?(?:final\\s+)?(?:class|record|interface|enum)\\s+(\\w+)");
  private static final List<String> IMPORTS = List.of(
      "dev.ingot.core", "dev.ingot.core.value", "dev.ingot.core.validate", "dev.ingot.core.generate",
      "dev.ingot.core.repository",
      "dev.ingot.proxmox", "dev.ingot.proxmox.zfs", "dev.ingot.proxmox.pci", "dev.ingot.proxmox.vm",
      "dev.ingot.proxmox.template", "dev.ingot.proxmox.image", "dev.ingot.proxmox.packer",
      "dev.ingot.talos", "dev.ingot.talos.schematic", "dev.ingot.talos.cluster", "dev.ingot.talos.patch",
      "dev.ingot.talos.image");
  /** Types whose simple name two of the packages above share: the one samples mean. */
  private static final List<String> SINGLE_IMPORTS = List.of("dev.ingot.proxmox.BootLoader");

  @TestFactory
  Stream<DynamicTest> everyJavaSampleCompiles() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<Path> pages = new ArrayList<>();
    pages.add(root.resolve("README.md"));
    try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Path page : pages) {
      Matcher m = JAVA_BLOCK.matcher(Files.readString(page, StandardCharsets.UTF_8));
      int n = 0;
      while (m.find()) {
        String code = m.group(1);
        String name = root.relativize(page) + " sample " + (++n);
        tests.add(DynamicTest.dynamicTest(name, () -> assertCompiles(name, code)));
      }
    }
    assertThat(tests).as("java samples in README.md and docs/").isNotEmpty();
    return tests.stream();
  }

  private static void assertCompiles(String name, String code) {
    String source;
    String className;
    Matcher type = TYPE_NAME.matcher(code);
    boolean wholeFile = type.find() || code.stripLeading().startsWith("package") || code.stripLeading().startsWith("import");
    if (wholeFile) {
      source = code;
      className = type.find(0) ? type.group(1) : "Sample";
    } else {
      className = "Sample";
      var sb = new StringBuilder();
      IMPORTS.forEach(p -> sb.append("import ").append(p).append(".*;\n"));
      SINGLE_IMPORTS.forEach(t -> sb.append("import ").append(t).append(";\n"));
      sb.append("class Sample {\n  Object sample() throws Exception {\n").append(code).append("\n    return null;\n  }\n}\n");
      source = sb.toString();
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    var diagnostics = new DiagnosticCollector<JavaFileObject>();
    var out = new StringWriter();
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path classes;
    try {
      classes = Files.createTempDirectory("ingot-doc-sample");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    var file = new SimpleJavaFileObject(URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    boolean ok = compiler.getTask(out, null, diagnostics,
        List.of("-classpath", classpath, "-d", classes.toString(), "-proc:none", "--release", "17"), null,
        List.of(file)).call();
    assertThat(ok).as("%s does not compile:\n%s\n%s\n--- source ---\n%s", name, diagnostics.getDiagnostics(), out,
        source).isTrue();
  }
}
