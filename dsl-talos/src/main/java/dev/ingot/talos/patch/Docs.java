package dev.ingot.talos.patch;

import dev.ingot.core.yaml.YamlMapBuilder;
import dev.ingot.core.yaml.YamlNode;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import java.util.Map;
import java.util.function.Consumer;

/** Small builders for the two shapes of machine configuration patches: v1alpha1 fragments and typed documents. */
final class Docs {
  /** The API version of every Talos configuration document. */
  static final String API_VERSION = "v1alpha1";

  private Docs() {}

  /** A typed document {@code apiVersion: v1alpha1, kind: <kind>} with the fields {@code body} adds. */
  static YamlMap document(String kind, Consumer<YamlMapBuilder> body) {
    YamlMapBuilder b = YamlMap.builder().put("apiVersion", API_VERSION).put("kind", kind);
    body.accept(b);
    return b.build();
  }

  /** A v1alpha1 fragment holding {@code value} under the nested keys {@code path}, e.g. machine, sysctls. */
  static YamlMap fragment(YamlNode value, String... path) {
    YamlNode node = value;
    for (int i = path.length - 1; i >= 0; i--) {
      node = YamlMap.builder().put(path[i], node).build();
    }
    return (YamlMap) node;
  }

  /** A mapping of strings, in the map's order. */
  static YamlMap strings(Map<String, String> values) {
    YamlMapBuilder b = YamlMap.builder();
    values.forEach(b::put);
    return b.build();
  }
}
