package dev.ingot.talos.schematic;

import java.util.Objects;

/**
 * One initial value of Talos META, the small key-value store Talos reads before its machine
 * configuration (for example key 12 holds Omni machine labels). Validation checks that the key
 * fits in a byte and is set only once.
 *
 * @param key the META key, 0 to 255
 * @param value the value, written as given
 */
public record MetaValue(int key, String value) {
  /** Checks for null. */
  public MetaValue {
    Objects.requireNonNull(value, "value");
  }
}
