package dev.ingot.core.validate;

import java.util.Objects;

/**
 * One thing wrong with a model, at one place in it.
 *
 * @param path where the problem is
 * @param message what is wrong, as a short lower-case sentence without a final period
 * @param severity whether it stops generation
 */
public record Problem(Path path, String message, Severity severity) {
  /** Checks that no component is null. */
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
  }

  /** An error at {@code path}. */
  public static Problem error(Path path, String message) {
    return new Problem(path, message, Severity.ERROR);
  }

  /** A warning at {@code path}. */
  public static Problem warning(Path path, String message) {
    return new Problem(path, message, Severity.WARNING);
  }

  /** True when this problem stops generation. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code path: message}, with {@code warning: } in front of warnings. */
  @Override
  public String toString() {
    return (isError() ? "" : "warning: ") + path + ": " + message;
  }
}
