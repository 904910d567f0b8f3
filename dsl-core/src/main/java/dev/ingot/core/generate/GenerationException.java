package dev.ingot.core.generate;

/** Thrown when generated files cannot be written without harming files the generator does not own. */
public final class GenerationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message for people. */
  public GenerationException(String message) {
    super(message);
  }
}
