package dev.ingot.core.terraform;

import dev.ingot.core.terraform.TfValue.TfObject;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/** Builds a {@link TfObject} in insertion order; {@code null} values are skipped so optional settings stay out. */
public final class TfObjectBuilder {
  private static final int SCAN_LIMIT = 16;

  private String[] keys = new String[4];
  private TfValue[] values = new TfValue[4];
  private int size;
  private Set<String> index;

  TfObjectBuilder() {}

  /** Sets {@code key} to {@code value}; skipped when {@code value} is null. */
  public TfObjectBuilder put(String key, TfValue value) {
    Objects.requireNonNull(key, "key");
    if (value != null) {
      if (contains(key)) {
        throw new IllegalStateException("key set twice: " + key);
      }
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      keys[size] = key;
      values[size++] = value;
      if (index != null) {
        index.add(key);
      } else if (size > SCAN_LIMIT) {
        index = new HashSet<>(Arrays.asList(keys).subList(0, size));
      }
    }
    return this;
  }

  /** Sets {@code key} to a literal string; skipped when null. */
  public TfObjectBuilder put(String key, String value) {
    return put(key, value == null ? null : TfValue.str(value));
  }

  /** Sets {@code key} to a number; skipped when null. */
  public TfObjectBuilder put(String key, Long value) {
    return put(key, value == null ? null : TfValue.num(value));
  }

  /** Sets {@code key} to a number; skipped when null. */
  public TfObjectBuilder put(String key, Integer value) {
    return put(key, value == null ? null : TfValue.num(value));
  }

  /** Sets {@code key} to a boolean; skipped when null. */
  public TfObjectBuilder put(String key, Boolean value) {
    return put(key, value == null ? null : TfValue.bool(value));
  }

  /** Sets {@code key} to the expression {@code "${expression}"}. */
  public TfObjectBuilder expr(String key, String expression) {
    return put(key, TfValue.expr(expression));
  }

  /** Sets {@code key} to a nested object or single nested block filled by {@code body}. */
  public TfObjectBuilder object(String key, Consumer<TfObjectBuilder> body) {
    var b = new TfObjectBuilder();
    body.accept(b);
    return put(key, b.build());
  }

  /** Sets {@code key} to a list of nested blocks; skipped when the list is empty. */
  public TfObjectBuilder blocks(String key, List<TfObject> blocks) {
    return blocks.isEmpty() ? this : put(key, TfValue.list(blocks));
  }

  /** True when nothing has been set. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** The object built so far. */
  public TfObject build() {
    return new TfObject(new FrozenEntries(Arrays.copyOf(keys, size), Arrays.copyOf(values, size)));
  }

  private boolean contains(String key) {
    if (index != null) {
      return index.contains(key);
    }
    for (int i = 0; i < size; i++) {
      if (keys[i].equals(key)) {
        return true;
      }
    }
    return false;
  }
}
