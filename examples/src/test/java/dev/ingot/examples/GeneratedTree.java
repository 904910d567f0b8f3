package dev.ingot.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The committed {@code examples/generated} tree, for the tests that read or copy it. */
final class GeneratedTree {
  /** The tree, relative to the examples module, where the tests run. */
  static final Path DIR = Path.of("generated");

  private GeneratedTree() {}

  /** The regular files whose path relative to the tree passes {@code filter}, sorted. */
  static List<Path> files(Predicate<String> filter) {
    try (Stream<Path> walk = Files.walk(DIR)) {
      return walk.filter(Files::isRegularFile).filter(p -> filter.test(relative(p))).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The path of {@code file} relative to the tree, with {@code /} separators. */
  static String relative(Path file) {
    return DIR.relativize(file).toString().replace('\\', '/');
  }

  /** Copies every file of the tree into {@code target}, keeping the layout. */
  static void copyTo(Path target) throws IOException {
    for (Path file : files(p -> true)) {
      Path copy = target.resolve(relative(file));
      Files.createDirectories(copy.getParent());
      Files.copy(file, copy);
    }
  }
}
