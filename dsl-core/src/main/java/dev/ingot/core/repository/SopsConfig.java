package dev.ingot.core.repository;

import dev.ingot.core.value.Sops;
import dev.ingot.core.yaml.YamlDocument;
import dev.ingot.core.yaml.YamlNode;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import java.util.List;

/**
 * {@code .sops.yaml}: one creation rule per SOPS file of the site, so that {@code sops FILE} encrypts
 * it for its age recipients. SOPS matches {@code path_regex} (Go syntax) against the file's path
 * relative to this file, so each rule is anchored at both ends with every metacharacter escaped.
 * The recipients are one comma-separated string, the form every SOPS 3 release reads (lists only
 * since 3.11).
 */
final class SopsConfig {
  /** Where the configuration is written. */
  static final String PATH = ".sops.yaml";
  private static final String METACHARACTERS = "\\.+*?()|[]{}^$";

  private SopsConfig() {}

  static YamlDocument of(List<Sops> files) {
    List<YamlNode> rules = files.stream()
        .<YamlNode>map(f -> YamlMap.builder()
            .put("path_regex", "^" + escape(f.path()) + "$")
            .put("age", String.join(",", f.ageRecipients()))
            .build())
        .toList();
    return YamlDocument.of(YamlMap.builder().put("creation_rules", YamlNode.seq(rules)).build());
  }

  /** {@code path} as a regular expression that matches only itself. */
  static String escape(String path) {
    var out = new StringBuilder();
    path.chars().forEach(c -> {
      if (METACHARACTERS.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append((char) c);
    });
    return out.toString();
  }
}
