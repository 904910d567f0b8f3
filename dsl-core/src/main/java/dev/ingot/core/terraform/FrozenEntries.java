package dev.ingot.core.terraform;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The read-only entries of a {@link TfValue.TfObject}, in insertion order, held in two arrays.
 * A large site has a hundred thousand small objects, and a hash map for each of them would
 * multiply the memory the document tree takes; lookups scan, which suits objects of a few keys.
 */
final class FrozenEntries extends AbstractMap<String, TfValue> {
  private final String[] keys;
  private final TfValue[] values;

  /** Takes over the arrays, which nobody may change afterwards; keys are distinct and not null. */
  FrozenEntries(String[] keys, TfValue[] values) {
    this.keys = keys;
    this.values = values;
  }

  /** Copies {@code entries}, keeping their order. */
  static FrozenEntries copyOf(Map<String, TfValue> entries) {
    var keys = new String[entries.size()];
    var values = new TfValue[entries.size()];
    int i = 0;
    for (Map.Entry<String, TfValue> e : entries.entrySet()) {
      keys[i] = Objects.requireNonNull(e.getKey(), "key");
      values[i++] = Objects.requireNonNull(e.getValue(), "value");
    }
    return new FrozenEntries(keys, values);
  }

  @Override
  public Set<Entry<String, TfValue>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, TfValue>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          public Entry<String, TfValue> next() {
            if (next == keys.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(keys[i], values[i]);
          }
        };
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }

  @Override
  public TfValue get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : values[i];
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super TfValue> action) {
    for (int i = 0; i < keys.length; i++) {
      action.accept(keys[i], values[i]);
    }
  }

  private int indexOf(Object key) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
