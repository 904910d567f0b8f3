package dev.ingot.core.yaml;

/** Renders YAML in block style with quoting that is safe for YAML 1.1 and 1.2 readers. */
public final class YamlWriter {
  private YamlWriter() {}

  /** Renders {@code doc}, with {@code header} as a leading comment when not null. */
  public static String write(YamlDocument doc, String header) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
