package dev.ingot.core.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the real tools (terraform, packer, yamllint, ansible-lint, cloud-init, xmllint) on what we
 * emit. A missing tool fails the test in CI (environment variable {@code CI} set, or
 * {@code -Dingot.requireTools=true}); elsewhere the test is reported as skipped with the reason.
 */
public final class ExternalTool {
  private ExternalTool() {}

  /**
   * The result of running a tool.
   *
   * @param exitCode the process exit status
   * @param stdout standard output
   * @param stderr standard error
   */
  public record Result(int exitCode, String stdout, String stderr) {
    /** Both streams, for assertion messages. */
    public String output() {
      return stdout + stderr;
    }
  }

  /** True when missing tools must fail tests. */
  public static boolean required() {
    String ci = System.getenv("CI");
    return (ci != null && !ci.isBlank() && !ci.equals("false")) || Boolean.getBoolean("ingot.requireTools");
  }

  /** The executable {@code name} on the PATH; fails (CI) or aborts (elsewhere) the test when missing. */
  public static Path require(String name) {
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    String message = name + " is not on the PATH; .ci/run installs it (see README)";
    if (required()) {
      fail(message);
    }
    Assumptions.abort(message);
    throw new AssertionError("unreachable");
  }

  /** Runs {@code command} in {@code dir} with {@code stdin} as input (null for none), waiting at most two minutes. */
  public static Result run(Path dir, String stdin, List<String> command) {
    List<String> cmd = new ArrayList<>(command);
    cmd.set(0, require(cmd.get(0)).toString());
    try {
      Path out = Files.createTempFile("ingot-tool", ".out");
      Path err = Files.createTempFile("ingot-tool", ".err");
      try {
        var builder = new ProcessBuilder(cmd).directory(dir.toFile())
            .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("TF_IN_AUTOMATION", "1");
        builder.environment().put("CHECKPOINT_DISABLE", "1");
        builder.environment().put("PACKER_CHECKPOINT_DISABLE", "1");
        builder.environment().put("LC_ALL", "C.UTF-8");
        Process process = builder.start();
        try (var in = process.getOutputStream()) {
          if (stdin != null) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
          }
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          fail(String.join(" ", command) + " did not finish within 120 s");
        }
        return new Result(process.exitValue(), lenientUtf8(out), lenientUtf8(err));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** The file as UTF-8, with U+FFFD for malformed bytes (tools such as xmllint cut lines mid-character). */
  private static String lenientUtf8(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }

  /** Runs {@code command} in {@code dir} without input. */
  public static Result run(Path dir, String... command) {
    return run(dir, null, List.of(command));
  }
}
