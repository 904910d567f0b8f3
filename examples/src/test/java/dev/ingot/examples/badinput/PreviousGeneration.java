package dev.ingot.examples.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ingot.core.Infra;
import dev.ingot.core.generate.Generator;
import dev.ingot.core.validate.InvalidModelException;
import dev.ingot.core.validate.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A directory as a user has it before breaking the definition: the committed generation of the
 * reference site ({@code examples/generated}, manifest included) plus a file the user wrote by hand
 * beside the generated ones. {@link #assertWriteRefused} proves that generating an invalid site
 * into it changes nothing.
 */
final class PreviousGeneration {
  /** Where the hand-written file lies, beside the generated Terraform files. */
  static final String HAND_WRITTEN = "terraform/homelab/backend.tf";

  private static final Map<String, byte[]> FILES = load();

  private final Path dir;

  private PreviousGeneration(Path dir) {
    this.dir = dir;
  }

  /** The previous generation and the hand-written file, written into the empty directory {@code dir}. */
  static PreviousGeneration writtenTo(Path dir) {
    var previous = new PreviousGeneration(dir);
    previous.restore();
    return previous;
  }

  /**
   * Runs {@link Generator#write} for {@code infra} into the directory and checks that it throws
   * {@link InvalidModelException} and leaves every file byte for byte as it was, with no file added
   * or removed. When it does not, the directory is restored for the next check.
   *
   * @return the report of the refused generation
   */
  ValidationReport assertWriteRefused(Infra infra) {
    InvalidModelException refused = catchThrowableOfType(InvalidModelException.class,
        () -> Generator.of(infra, "dev.ingot.examples.badinput").write(dir));
    Map<String, byte[]> after = read(dir);
    boolean unchanged = after.keySet().equals(FILES.keySet())
        && FILES.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), after.get(e.getKey())));
    if (!unchanged) {
      restore();
    }
    assertThat(after.keySet()).as("files in the output directory").containsExactlyElementsOf(FILES.keySet());
    FILES.forEach((path, bytes) -> assertThat(after.get(path)).as("bytes of %s", path).isEqualTo(bytes));
    assertThat(refused).as("generating an invalid site must throw InvalidModelException").isNotNull();
    return refused.report();
  }

  private void restore() {
    try {
      if (Files.exists(dir)) {
        try (Stream<Path> walk = Files.walk(dir)) {
          for (Path p : walk.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).toList()) {
            Files.delete(p);
          }
        }
      }
      for (Map.Entry<String, byte[]> file : FILES.entrySet()) {
        Path target = dir.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.write(target, file.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, byte[]> load() {
    Map<String, byte[]> files = read(Path.of("generated"));
    assertThat(files).as("the committed generation in examples/generated").containsKey(Generator.MANIFEST);
    try (InputStream in = PreviousGeneration.class.getResourceAsStream("/badinput/backend.tf")) {
      files.put(HAND_WRITTEN, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static Map<String, byte[]> read(Path dir) {
    var files = new TreeMap<String, byte[]>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
