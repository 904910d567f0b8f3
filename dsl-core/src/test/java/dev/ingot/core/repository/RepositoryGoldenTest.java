package dev.ingot.core.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.testsupport.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every repository file of a site that has every kind of file, compared whole with its golden file. */
class RepositoryGoldenTest {
  @ParameterizedTest
  @CsvSource({
      ".sops.yaml, sops.yaml",
      ".github/workflows/infra.yml, infra.yml",
      ".pre-commit-config.yaml, pre-commit-config.yaml",
      ".yamllint.yml, yamllint.yml",
      ".gitignore, gitignore",
      "README.md, README.md",
      "Makefile, Makefile",
      "scripts/with-secrets.sh, with-secrets.sh"})
  void matchesTheGoldenFile(String path, String golden) {
    assertThat(Sites.FULL.contains(path)).as(path).isTrue();
    Golden.assertMatches("repository/" + golden, Sites.FULL.text(path));
  }
}
