package dev.ingot.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArtifactSetTest {
  @Test
  void pathsAreSorted() {
    ArtifactSet set = ArtifactSet.builder().add("b/x", "1").add("a/y", "2").add("a.txt", "3").build();
    assertThat(set.paths()).containsExactly("a.txt", "a/y", "b/x");
    assertThat(set.text("a/y")).isEqualTo("2");
    assertThat(set.under("a/")).containsExactly("a/y");
    assertThat(set.text("missing")).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/etc/passwd|path must be relative and use / as separator",
      "C:x|path must be relative and use / as separator",
      "a\\b|path must be relative and use / as separator",
      "../x|path must be normalised (no empty, . or .. segments)",
      "a/./b|path must be normalised (no empty, . or .. segments)",
      "a//b|path must be normalised (no empty, . or .. segments)",
      "a/|path must be normalised (no empty, . or .. segments)",
      "a b|path may only use the portable characters A-Z a-z 0-9 . _ - and /",
      "naïve.txt|path may only use the portable characters A-Z a-z 0-9 . _ - and /"})
  void rejectsBadPaths(String path, String message) {
    assertThat(ArtifactSet.checkPath(path)).isEqualTo(message);
    assertThatThrownBy(() -> ArtifactSet.builder().add(path, "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message + ": " + path);
  }

  @Test
  void rejectsDuplicatesIgnoringCase() {
    assertThatThrownBy(() -> ArtifactSet.builder().add("a/README.md", "x").add("a/readme.md", "y"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two files with the same path (ignoring case): a/README.md, a/readme.md");
  }
}
