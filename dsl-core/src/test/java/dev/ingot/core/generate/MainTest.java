package dev.ingot.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.Infra;
import dev.ingot.core.InfraDefinition;
import dev.ingot.core.testsupport.FileComponent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  /** A valid definition with one file. */
  public static final class Lab implements InfraDefinition {
    @Override
    public Infra define() {
      return Infra.named("lab").with(new FileComponent("files", Map.of("a.txt", "a")));
    }
  }

  /** A definition with an error. */
  public static final class Broken implements InfraDefinition {
    @Override
    public Infra define() {
      return Infra.named("lab").with(new FileComponent("files", Map.of("a.txt", "invalid")));
    }
  }

  /** A valid definition with a warning. */
  public static final class Dubious implements InfraDefinition {
    @Override
    public Infra define() {
      return Infra.named("lab").with(new FileComponent("files", Map.of("a.txt", "dubious")));
    }
  }

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void generateThenCheck() {
    assertThat(run("generate", "--out", dir.toString(), Lab.class.getName())).isEqualTo(Main.OK);
    assertThat(out()).isEqualTo("ingot: generated " + dir + ": 1 files: 1 written, 0 unchanged, 0 removed\n"
        + "  written  a.txt\n");
    assertThat(run("check", "--out", dir.toString(), Lab.class.getName())).isEqualTo(Main.OK);
    assertThat(out()).endsWith("ingot: " + dir + " is up to date\n");
  }

  @Test
  void checkExitsWithDriftAndPrintsTheDiff() throws IOException {
    run("generate", "--out", dir.toString(), Lab.class.getName());
    Files.writeString(dir.resolve("a.txt"), "edited by hand\n");
    assertThat(run("check", "--out", dir.toString(), Lab.class.getName())).isEqualTo(Main.DRIFT);
    assertThat(err()).contains("changed  a.txt", "--- a/a.txt", "-edited by hand", "+a");
    assertThat(err()).endsWith("\nRegenerate with: java -cp … dev.ingot.core.generate.Main generate --out " + dir
        + " " + Lab.class.getName() + "\n");
  }

  @Test
  void theDriftHintNamesTheCommandTheCallerGives() throws IOException {
    run("generate", "--out", dir.toString(), Lab.class.getName());
    Files.writeString(dir.resolve("a.txt"), "edited by hand\n");
    assertThat(run("check", "--out", dir.toString(), "--regenerate-hint",
        "mvn -B package -DskipTests -Dingot.mode=generate", Lab.class.getName())).isEqualTo(Main.DRIFT);
    assertThat(err()).endsWith("\nRegenerate with: mvn -B package -DskipTests -Dingot.mode=generate\n");
    assertThat(run("check", "--out", dir.toString(), Lab.class.getName(), "--regenerate-hint")).isEqualTo(Main.FAILED);
    assertThat(err()).contains("ingot: --regenerate-hint needs a command");
  }

  @Test
  void anInvalidModelFailsWithEveryProblem() {
    assertThat(run("generate", "--out", dir.toString(), Broken.class.getName())).isEqualTo(Main.FAILED);
    assertThat(err()).isEqualTo("ingot: model \"lab\" is invalid: 1 error\n"
        + "  file set \"files\" › files[\"a.txt\"]: content must not be \"invalid\"\n");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void warningsArePrintedAndDoNotFailTheRun() {
    assertThat(run("generate", "--out", dir.toString(), Dubious.class.getName())).isEqualTo(Main.OK);
    assertThat(err()).isEqualTo("ingot: warning: file set \"files\" › files[\"a.txt\"]: content looks dubious\n");
    assertThat(dir.resolve("a.txt")).exists();
  }

  @Test
  void badArgumentsPrintUsage() {
    assertThat(run()).isEqualTo(Main.FAILED);
    assertThat(err()).startsWith("ingot: a command and a definition class are needed\n"
        + "usage: java -cp … dev.ingot.core.generate.Main generate|check");
    assertThat(run("frobnicate", "x.Y")).isEqualTo(Main.FAILED);
    assertThat(err()).contains("ingot: unknown command frobnicate");
    assertThat(run("generate", "--out")).isEqualTo(Main.FAILED);
    assertThat(err()).contains("ingot: --out needs a directory");
    assertThat(run("generate", "--force", "x.Y")).isEqualTo(Main.FAILED);
    assertThat(err()).contains("ingot: unknown option --force");
  }

  @Test
  void definitionClassProblemsAreExplained() {
    assertThat(run("generate", "com.example.Missing")).isEqualTo(Main.FAILED);
    assertThat(err()).contains("ingot: definition class not found: com.example.Missing");
    assertThat(run("generate", String.class.getName())).isEqualTo(Main.FAILED);
    assertThat(err()).contains("ingot: java.lang.String does not implement dev.ingot.core.InfraDefinition");
  }

  @Test
  void helpPrintsUsage() {
    assertThat(run("--help")).isEqualTo(Main.OK);
    assertThat(out()).startsWith("usage: java -cp … dev.ingot.core.generate.Main generate|check [--out DIR]"
        + " [--regenerate-hint COMMAND] DEFINITION-CLASS\n");
  }
}
