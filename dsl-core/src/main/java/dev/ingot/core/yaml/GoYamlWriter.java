package dev.ingot.core.yaml;

/** Renders YAML byte for byte as Go's yaml.v3 {@code Marshal} does (the form Talos Image Factory hashes). */
public final class GoYamlWriter {
  private GoYamlWriter() {}

  /** Renders {@code node} as a yaml.v3 document. */
  public static String write(YamlNode node) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
