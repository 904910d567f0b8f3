package dev.ingot.core.terraform;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A value in a Terraform JSON document. Literal strings ({@link TfString}) and expressions
 * ({@link TfExpr}, {@link TfTemplate}) are different types: where Terraform reads strings as
 * templates, the writer escapes {@code ${} and {@code %{} in literals, so a literal can never
 * turn into an interpolation.
 */
public sealed interface TfValue {
  /** A literal string. */
  record TfString(String value) implements TfValue {
    /** Checks for null. */
    public TfString {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A number. */
  record TfNumber(BigDecimal value) implements TfValue {
    /** Checks for null. */
    public TfNumber {
      Objects.requireNonNull(value, "value");
    }
  }

  /** {@code true} or {@code false}. */
  record TfBool(boolean value) implements TfValue {}

  /** {@code null}. */
  record TfNull() implements TfValue {}

  /** An array. */
  record TfList(List<TfValue> elements) implements TfValue {
    /** Copies the elements. */
    public TfList {
      elements = List.copyOf(elements);
    }
  }

  /** An object, or the body of a nested block; keys keep their insertion order. */
  record TfObject(Map<String, TfValue> entries) implements TfValue {
    /** Copies the entries, keeping their order (a builder's entries are handed over, not copied). */
    public TfObject {
      if (!(entries instanceof FrozenEntries)) {
        entries = FrozenEntries.copyOf(entries);
      }
    }

    /** A builder for an object. */
    public static TfObjectBuilder builder() {
      return new TfObjectBuilder();
    }
  }

  /** An expression, written as {@code "${expression}"}: {@code var.x}, {@code proxmox_x.y.id}, a function call. */
  record TfExpr(String expression) implements TfValue {
    /** Checks for null. */
    public TfExpr {
      Objects.requireNonNull(expression, "expression");
    }
  }

  /** A string mixing literal text and expressions, e.g. {@code "https://${var.host}:8006/"}. */
  record TfTemplate(List<Part> parts) implements TfValue {
    /** Copies the parts. */
    public TfTemplate {
      parts = List.copyOf(parts);
    }
  }

  /** One piece of a {@link TfTemplate}: literal text or an expression. */
  sealed interface Part {}

  /** Literal text of a template; escaped. */
  record Text(String value) implements Part {
    /** Checks for null. */
    public Text {
      Objects.requireNonNull(value, "value");
    }
  }

  /** {@code ${expression}} inside a template. */
  record Interpolation(String expression) implements Part {
    /** Checks for null. */
    public Interpolation {
      Objects.requireNonNull(expression, "expression");
    }
  }

  /**
   * A bare reference written as a plain JSON string without {@code ${}}, as Terraform requires in
   * {@code depends_on} and {@code lifecycle.ignore_changes}: {@code "proxmox_virtual_environment_vm.x"}.
   */
  record TfRef(String traversal) implements TfValue {
    /** Checks for null. */
    public TfRef {
      Objects.requireNonNull(traversal, "traversal");
    }
  }

  /** A literal string. */
  static TfValue str(String value) {
    return new TfString(value);
  }

  /** A whole number. */
  static TfValue num(long value) {
    return new TfNumber(BigDecimal.valueOf(value));
  }

  /** A boolean. */
  static TfValue bool(boolean value) {
    return new TfBool(value);
  }

  /** {@code null}. */
  static TfValue nul() {
    return new TfNull();
  }

  /** An expression such as {@code var.proxmox_endpoint}. */
  static TfValue expr(String expression) {
    return new TfExpr(expression);
  }

  /** A bare reference for {@code depends_on}. */
  static TfValue ref(String traversal) {
    return new TfRef(traversal);
  }

  /** A list of values. */
  static TfValue list(List<? extends TfValue> elements) {
    return new TfList(List.copyOf(elements));
  }

  /** A list of literal strings. */
  static TfValue strings(List<String> values) {
    return new TfList(values.stream().map(TfValue::str).toList());
  }

  /** A template: strings become literal text, {@link TfExpr} values become interpolations. */
  static TfValue template(Object... parts) {
    return new TfTemplate(Arrays.stream(parts)
        .map(TfValue::part)
        .toList());
  }

  private static Part part(Object p) {
    if (p instanceof String s) {
      return new Text(s);
    }
    if (p instanceof TfExpr e) {
      return new Interpolation(e.expression());
    }
    throw new IllegalArgumentException("template parts are literal strings or TfExpr values, not " + p);
  }
}
