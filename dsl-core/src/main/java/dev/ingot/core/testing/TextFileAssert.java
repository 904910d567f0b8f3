package dev.ingot.core.testing;

import java.util.List;
import org.assertj.core.api.AbstractStringAssert;

/**
 * Assertions on the text of one generated file: every AssertJ string assertion
 * ({@code contains}, {@code doesNotContain}, {@code startsWith}, {@code isEqualTo} …), described
 * by the file's path, plus line lookups.
 */
public final class TextFileAssert extends AbstractStringAssert<TextFileAssert> {
  TextFileAssert(String path, String text) {
    super(text, TextFileAssert.class);
    describedAs("file %s", path);
  }

  /** Checks that one line of the file is exactly {@code line}; the message names the closest lines. */
  public TextFileAssert hasLine(String line) {
    List<String> lines = actual.lines().toList();
    if (!lines.contains(line)) {
      List<String> closest = Closest.to(line, lines).stream().map(l -> "\"" + l + "\"").toList();
      failWithMessage("%s", "no line \"" + line + "\"" + (closest.isEmpty() ? " (the file is empty)"
          : "; closest: " + String.join(", ", closest)));
    }
    return this;
  }
}
