package dev.ingot.core.yaml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A YAML value: a mapping, a sequence or a scalar. Strings are always strings: the writers quote
 * any string that a reader would take for something else ({@code yes}, {@code 0755}, {@code ~}).
 */
public sealed interface YamlNode {
  /** A mapping whose entries keep their insertion order. */
  record YamlMap(List<Entry> entries) implements YamlNode {
    /** Copies the entries and rejects duplicate keys. */
    public YamlMap {
      entries = List.copyOf(entries);
      var seen = new java.util.HashSet<String>();
      for (Entry e : entries) {
        if (!seen.add(e.key())) {
          throw new IllegalArgumentException("duplicate key: " + e.key());
        }
      }
    }

    /** A builder for a mapping. */
    public static YamlMapBuilder builder() {
      return new YamlMapBuilder();
    }

    /** The value under {@code key}, or null. */
    public YamlNode get(String key) {
      for (Entry e : entries) {
        if (e.key().equals(key)) {
          return e.value();
        }
      }
      return null;
    }

    /** True when the mapping has no entries. */
    public boolean isEmpty() {
      return entries.isEmpty();
    }
  }

  /** One {@code key: value} of a mapping; keys are strings. */
  record Entry(String key, YamlNode value) {
    /** Checks for null. */
    public Entry {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
    }
  }

  /** A sequence. */
  record YamlSeq(List<YamlNode> items) implements YamlNode {
    /** Copies the items. */
    public YamlSeq {
      items = List.copyOf(items);
    }
  }

  /** A string scalar; multi-line strings are written as literal blocks where that keeps the value exact. */
  record YamlStr(String value) implements YamlNode {
    /** Checks for null. */
    public YamlStr {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A number scalar. */
  record YamlNumber(BigDecimal value) implements YamlNode {
    /** Checks for null. */
    public YamlNumber {
      Objects.requireNonNull(value, "value");
    }
  }

  /** {@code true} or {@code false}. */
  record YamlBool(boolean value) implements YamlNode {}

  /** {@code null}. */
  record YamlNull() implements YamlNode {}

  /** A string scalar. */
  static YamlNode str(String value) {
    return new YamlStr(value);
  }

  /** A whole-number scalar. */
  static YamlNode num(long value) {
    return new YamlNumber(BigDecimal.valueOf(value));
  }

  /** A boolean scalar. */
  static YamlNode bool(boolean value) {
    return new YamlBool(value);
  }

  /** The null scalar. */
  static YamlNode nul() {
    return new YamlNull();
  }

  /** A sequence of nodes. */
  static YamlNode seq(List<? extends YamlNode> items) {
    return new YamlSeq(new ArrayList<>(items));
  }

  /** A sequence of string scalars. */
  static YamlNode strings(List<String> values) {
    return new YamlSeq(values.stream().map(YamlNode::str).toList());
  }
}
