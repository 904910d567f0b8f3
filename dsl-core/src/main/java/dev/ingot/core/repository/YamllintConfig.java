package dev.ingot.core.repository;

import dev.ingot.core.TextDocument;
import dev.ingot.core.yaml.YamlWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code .yamllint.yml}: the rules Ingot's own YAML is checked against (the {@code yamllint.yml}
 * resource beside {@link YamlWriter}), so CI and pre-commit hold the repository to the same
 * standard; SOPS-encrypted files, which SOPS writes, are ignored.
 */
final class YamllintConfig {
  /** Where the configuration is written. */
  static final String PATH = ".yamllint.yml";

  private YamllintConfig() {}

  static TextDocument of(boolean sopsFiles) {
    String rules = rules();
    if (sopsFiles) {
      rules += "\n# SOPS writes the encrypted files.\nignore: |\n  *.enc.yaml\n";
    }
    return TextDocument.hashComments(rules);
  }

  private static String rules() {
    try (InputStream in = YamlWriter.class.getResourceAsStream("yamllint.yml")) {
      if (in == null) {
        throw new IllegalStateException("the yamllint.yml resource of dev.ingot.core.yaml is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
