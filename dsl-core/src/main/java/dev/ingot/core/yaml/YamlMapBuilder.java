package dev.ingot.core.yaml;

import dev.ingot.core.yaml.YamlNode.Entry;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Builds a {@link YamlMap} in insertion order; {@code null} values are skipped so optional settings stay out. */
public final class YamlMapBuilder {
  private final List<Entry> entries = new ArrayList<>();

  YamlMapBuilder() {}

  /** Adds {@code key: value}; skipped when {@code value} is null. */
  public YamlMapBuilder put(String key, YamlNode value) {
    if (value != null) {
      entries.add(new Entry(key, value));
    }
    return this;
  }

  /** Adds a string; skipped when null. */
  public YamlMapBuilder put(String key, String value) {
    return put(key, value == null ? null : YamlNode.str(value));
  }

  /** Adds a number; skipped when null. */
  public YamlMapBuilder put(String key, Long value) {
    return put(key, value == null ? null : YamlNode.num(value));
  }

  /** Adds a number; skipped when null. */
  public YamlMapBuilder put(String key, Integer value) {
    return put(key, value == null ? null : YamlNode.num(value));
  }

  /** Adds a boolean; skipped when null. */
  public YamlMapBuilder put(String key, Boolean value) {
    return put(key, value == null ? null : YamlNode.bool(value));
  }

  /** Adds a nested mapping filled by {@code body}. */
  public YamlMapBuilder map(String key, Consumer<YamlMapBuilder> body) {
    var b = new YamlMapBuilder();
    body.accept(b);
    return put(key, b.build());
  }

  /** Adds a sequence of strings. */
  public YamlMapBuilder strings(String key, List<String> values) {
    return put(key, YamlNode.strings(values));
  }

  /** True when nothing has been added. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The mapping built so far. */
  public YamlMap build() {
    return new YamlMap(entries);
  }
}
