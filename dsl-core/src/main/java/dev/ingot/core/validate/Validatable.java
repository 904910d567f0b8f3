package dev.ingot.core.validate;

/** A value that can check itself and report what is wrong at a given path. */
public interface Validatable {
  /** Adds every problem of this value to {@code problems}, each at {@code path} or below it. */
  void validate(Path path, Problems problems);
}
