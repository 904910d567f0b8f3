package dev.ingot.proxmox.vm;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.validate.Validatable;

/**
 * When a VM starts and stops relative to the others on its node: lower orders start first and stop
 * last.
 *
 * @param order the start order (0 or more), or null for Proxmox's "any"
 * @param upDelay seconds to wait after starting this VM before starting the next, or null
 * @param downDelay seconds to wait for this VM to shut down before stopping it, or null
 */
public record Startup(Integer order, Integer upDelay, Integer downDelay) implements Validatable {
  /** Starts in position {@code order}. */
  public static Startup order(int order) {
    return new Startup(order, null, null);
  }

  /** This startup with {@code seconds} of waiting before the next VM starts. */
  public Startup upDelay(int seconds) {
    return new Startup(order, seconds, downDelay);
  }

  /** This startup giving the VM {@code seconds} to shut down. */
  public Startup downDelay(int seconds) {
    return new Startup(order, upDelay, seconds);
  }

  @Override
  public void validate(Path path, Problems problems) {
    nonNegative(order, path.field("order"), "the startup order", problems);
    nonNegative(upDelay, path.field("upDelay"), "the up delay", problems);
    nonNegative(downDelay, path.field("downDelay"), "the down delay", problems);
  }

  private static void nonNegative(Integer value, Path path, String what, Problems problems) {
    if (value != null && value < 0) {
      problems.error(path, what + " cannot be negative");
    }
  }
}
