package dev.ingot.core.validate;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem found in one validation pass; never stops at the first one.
 *
 * <p>Not thread-safe: one collector belongs to one pass.
 */
public final class Problems {
  private final List<Problem> problems = new ArrayList<>();

  /** Records an error at {@code path}. */
  public void error(Path path, String message) {
    problems.add(Problem.error(path, message));
  }

  /** Records a warning at {@code path}. */
  public void warning(Path path, String message) {
    problems.add(Problem.warning(path, message));
  }

  /** Records a problem found elsewhere. */
  public void add(Problem problem) {
    problems.add(problem);
  }

  /** Records an error at {@code path} unless {@code condition} holds; returns the condition. */
  public boolean require(boolean condition, Path path, String message) {
    if (!condition) {
      error(path, message);
    }
    return condition;
  }

  /** The report of everything collected so far, in the order it was found. */
  public ValidationReport report() {
    return new ValidationReport(problems);
  }
}
