package dev.ingot.core.value;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.validate.Validatable;
import java.util.Objects;

/**
 * A value held as the text the model wrote and parsed once, when it is made: any text can be held,
 * {@link #validate} reports malformed text with its path, and two values of one type are equal when
 * their texts are.
 */
abstract sealed class ParsedText implements Validatable permits IpAddress, Cidr {
  private final String text;

  ParsedText(String text) {
    this.text = Objects.requireNonNull(text, "text");
  }

  /** The text as written. */
  public String text() {
    return text;
  }

  /** True when the text is well formed. */
  public abstract boolean isValid();

  /** What well-formed text is, for the error message: {@code an IPv4 or IPv6 address}. */
  abstract String expected();

  @Override
  public void validate(Path path, Problems problems) {
    if (!isValid()) {
      problems.error(path, "\"" + text + "\" is not " + expected());
    }
  }

  @Override
  public boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && text.equals(((ParsedText) o).text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
