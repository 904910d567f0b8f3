package dev.ingot.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ingot.core.generate.Main;
import dev.ingot.core.testsupport.ExternalTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generates the reference site in fresh JVMs under hostile settings and checks that every run
 * writes exactly the committed bytes: another JDK, the Turkish locale (dotless i), a non-UTF-8
 * default charset, far-away time zones.
 */
class DeterminismTest {
  private static final Path TEMURIN_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");

  static Stream<Arguments> settings() {
    String current = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return Stream.of(
        Arguments.of("this JDK, defaults", current, List.of()),
        Arguments.of("this JDK, tr_TR locale", current, List.of("-Duser.language=tr", "-Duser.country=TR")),
        Arguments.of("this JDK, ISO-8859-1 default charset", current,
            List.of("-Dfile.encoding=ISO-8859-1", "-Dsun.jnu.encoding=ISO-8859-1")),
        Arguments.of("this JDK, time zone Pacific/Kiritimati", current, List.of("-Duser.timezone=Pacific/Kiritimati")),
        Arguments.of("this JDK, time zone America/Adak, ja_JP", current,
            List.of("-Duser.timezone=America/Adak", "-Duser.language=ja", "-Duser.country=JP")),
        Arguments.of("JDK 25, tr_TR, ISO-8859-1", TEMURIN_25.toString(),
            List.of("-Duser.language=tr", "-Duser.country=TR", "-Dfile.encoding=ISO-8859-1")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("settings")
  void generatesTheCommittedBytes(String label, String java, List<String> options, @TempDir Path out)
      throws IOException, InterruptedException {
    if (!Files.isExecutable(Path.of(java))) {
      String message = java + " is missing";
      if (ExternalTool.required()) {
        fail(message);
      }
      Assumptions.abort(message);
    }
    var command = new ArrayList<String>();
    command.add(java);
    command.addAll(options);
    command.addAll(List.of("-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        Main.class.getName(), "generate", "--out", out.toString(), Homelab.class.getName()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("%s:\n%s", label, log).isZero();
    Map<String, byte[]> expected = files(Path.of("generated"));
    Map<String, byte[]> actual = files(out);
    assertThat(actual.keySet()).as(label).containsExactlyElementsOf(expected.keySet());
    expected.forEach((path, bytes) -> assertThat(actual.get(path)).as("%s: %s", label, path).isEqualTo(bytes));
  }

  private static Map<String, byte[]> files(Path dir) throws IOException {
    var files = new TreeMap<String, byte[]>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return files;
  }
}
