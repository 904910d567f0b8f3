package dev.ingot.talos.cluster;

import dev.ingot.core.yaml.YamlDocument;
import dev.ingot.core.yaml.YamlNode.YamlMap;

/** Renders the small Kubernetes manifests a cluster creates at bootstrap. */
final class Manifests {
  private Manifests() {}

  /** {@code manifest} as YAML text, without a header. */
  static String render(YamlMap manifest) {
    return YamlDocument.of(manifest).render(null);
  }
}
