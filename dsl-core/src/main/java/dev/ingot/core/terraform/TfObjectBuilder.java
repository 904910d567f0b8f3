package dev.ingot.core.terraform;

import dev.ingot.core.terraform.TfValue.TfObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Builds a {@link TfObject} in insertion order; {@code null} values are skipped so optional settings stay out. */
public final class TfObjectBuilder {
  private final Map<String, TfValue> entries = new LinkedHashMap<>();

  TfObjectBuilder() {}

  /** Sets {@code key} to {@code value}; skipped when {@code value} is null. */
  public TfObjectBuilder put(String key, TfValue value) {
    if (value != null) {
      if (entries.containsKey(key)) {
        throw new IllegalStateException("key set twice: " + key);
      }
      entries.put(key, value);
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
    return entries.isEmpty();
  }

  /** The object built so far. */
  public TfObject build() {
    return new TfObject(entries);
  }
}
