package dev.ingot.core.validate;

import java.util.List;

/**
 * The outcome of validating a model: every problem, in the order found.
 *
 * @param problems errors and warnings
 */
public record ValidationReport(List<Problem> problems) {
  /** Copies the list. */
  public ValidationReport {
    problems = List.copyOf(problems);
  }

  /** The problems that stop generation. */
  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  /** The problems that are only reported. */
  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  /** True when at least one problem is an error. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /** Throws {@link InvalidModelException} naming every problem when there is an error. */
  public ValidationReport orThrow(String model) {
    if (hasErrors()) {
      throw new InvalidModelException(model, this);
    }
    return this;
  }

  /** One line per problem, errors first, each as {@code path: message}. */
  public String describe() {
    var sb = new StringBuilder();
    for (Problem p : errors()) {
      sb.append(p).append('\n');
    }
    for (Problem p : warnings()) {
      sb.append(p).append('\n');
    }
    return sb.toString();
  }
}
