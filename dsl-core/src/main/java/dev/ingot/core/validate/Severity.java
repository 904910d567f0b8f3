package dev.ingot.core.validate;

/** How bad a {@link Problem} is: errors stop generation, warnings are reported and let it run. */
public enum Severity {
  /** The model cannot be turned into working files; nothing is written. */
  ERROR,
  /** The model works but is probably not what was meant; generation goes on. */
  WARNING
}
