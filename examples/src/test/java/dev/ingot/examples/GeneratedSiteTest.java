package dev.ingot.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.generate.DriftReport;
import dev.ingot.core.generate.Generator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GeneratedSiteTest {
  @Test
  void committedOutputIsCurrent() {
    DriftReport drift = Generator.of(new Homelab()).check(Path.of("generated"));
    assertThat(drift.isClean())
        .as("examples/generated is stale; regenerate it with the README's build command:\n%s", drift.describe())
        .isTrue();
  }
}
