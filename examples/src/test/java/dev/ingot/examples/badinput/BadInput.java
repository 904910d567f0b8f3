package dev.ingot.examples.badinput;

import dev.ingot.core.Infra;
import dev.ingot.core.validate.Problem;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One invalid definition and the exact problems Ingot must report for it.
 *
 * <p>The expected problems are lines of {@code <severity>: <path>: <message>}, in the order
 * validation finds them; a line ending in a backslash continues on the next (a text block joins
 * them), so long messages stay readable in the source.
 *
 * @param name what is wrong, for the test report
 * @param definition builds the site, as a user's {@code define()} would
 * @param expected every problem, one per line
 */
record BadInput(String name, Supplier<Infra> definition, String expected) {
  /** Checks for null. */
  BadInput {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(expected, "expected");
  }

  /** The case {@code name}: {@code definition} must report exactly {@code expected}. */
  static BadInput bad(String name, Supplier<Infra> definition, String expected) {
    return new BadInput(name, definition, expected);
  }

  /** {@code problems} as the expected text writes them. */
  static String render(List<Problem> problems) {
    var sb = new StringBuilder();
    for (Problem p : problems) {
      sb.append(p.severity().name().toLowerCase(Locale.ROOT)).append(": ").append(p.path()).append(": ")
          .append(p.message()).append('\n');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return name;
  }
}
