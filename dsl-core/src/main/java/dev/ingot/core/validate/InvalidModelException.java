package dev.ingot.core.validate;

/** Thrown when a model has errors; its message lists every problem on its own line with its path. */
public final class InvalidModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ValidationReport report;

  /** Creates the exception for the model named {@code model}. */
  public InvalidModelException(String model, ValidationReport report) {
    super(message(model, report));
    this.report = report;
  }

  /** The full report, warnings included. */
  public ValidationReport report() {
    return report;
  }

  private static String message(String model, ValidationReport report) {
    int errors = report.errors().size();
    int warnings = report.warnings().size();
    return "model \"" + model + "\" is invalid: " + count(errors, "error")
        + (warnings == 0 ? "" : ", " + count(warnings, "warning")) + "\n" + report.describe().indent(2).stripTrailing();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
