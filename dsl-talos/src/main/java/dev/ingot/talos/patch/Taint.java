package dev.ingot.talos.patch;

import java.util.Objects;

/**
 * A Kubernetes node taint: {@code nvidia.com/gpu=present:NoSchedule}.
 *
 * @param key the taint key
 * @param value the taint value, or empty for none
 * @param effect what the taint does to pods that do not tolerate it
 */
public record Taint(String key, String value, Effect effect) {
  /** What a taint does to pods that do not tolerate it. */
  public enum Effect {
    /** New pods are not scheduled on the node. */
    NO_SCHEDULE("NoSchedule"),
    /** The scheduler avoids the node if it can. */
    PREFER_NO_SCHEDULE("PreferNoSchedule"),
    /** Running pods are evicted and new ones are not scheduled. */
    NO_EXECUTE("NoExecute");

    private final String value;

    Effect(String value) {
      this.value = value;
    }

    /** The effect as Kubernetes writes it: {@code NoSchedule}. */
    public String value() {
      return value;
    }
  }

  /** Checks for null. */
  public Taint {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(effect, "effect");
  }

  /** The taint {@code key=value:effect}. */
  public static Taint of(String key, String value, Effect effect) {
    return new Taint(key, value, effect);
  }

  /** The taint {@code key:effect}, without a value. */
  public static Taint of(String key, Effect effect) {
    return new Taint(key, "", effect);
  }

  /** The value and effect as {@code nodeTaints} holds them: {@code present:NoSchedule} or {@code NoSchedule}. */
  public String talosValue() {
    return value.isEmpty() ? effect.value() : value + ":" + effect.value();
  }

  /** {@code key=value:effect} as kubectl writes it. */
  @Override
  public String toString() {
    return key + (value.isEmpty() ? "" : "=" + value) + ":" + effect.value();
  }
}
