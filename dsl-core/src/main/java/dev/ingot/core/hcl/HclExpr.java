package dev.ingot.core.hcl;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An HCL expression. Literal strings ({@link Str}) and code ({@link Ref}, {@link Call},
 * {@link Template} interpolations) are different types, so a literal is always escaped and can
 * never turn into an interpolation.
 */
public sealed interface HclExpr {
  /** A literal string; rendered quoted with {@code \"}, {@code \\}, {@code \n}, {@code $${}, {@code %%{} escapes. */
  record Str(String value) implements HclExpr {
    /** Checks for null. */
    public Str {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A number literal. */
  record Num(BigDecimal value) implements HclExpr {
    /** Checks for null. */
    public Num {
      Objects.requireNonNull(value, "value");
    }
  }

  /** {@code true} or {@code false}. */
  record Bool(boolean value) implements HclExpr {}

  /** {@code null}. */
  record Null() implements HclExpr {}

  /** A traversal such as {@code var.proxmox_url} or {@code source.proxmox-iso.debian}, written as is. */
  record Ref(String traversal) implements HclExpr {
    private static final Pattern TRAVERSAL =
        Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*|\\[[0-9]+])*");

    /** Checks that the text is a plain traversal. */
    public Ref {
      Objects.requireNonNull(traversal, "traversal");
      if (!TRAVERSAL.matcher(traversal).matches()) {
        throw new IllegalArgumentException("not an HCL traversal: " + traversal);
      }
    }
  }

  /** A function call such as {@code formatdate("YYYYMMDD", timestamp())}. */
  record Call(String function, List<HclExpr> arguments) implements HclExpr {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(::[A-Za-z_][A-Za-z0-9_]*)*");

    /** Checks the function name and copies the arguments. */
    public Call {
      Objects.requireNonNull(function, "function");
      if (!NAME.matcher(function).matches()) {
        throw new IllegalArgumentException("not an HCL function name: " + function);
      }
      arguments = List.copyOf(arguments);
    }
  }

  /** A quoted string that mixes literal text with interpolated expressions: {@code "a-${var.b}"}. */
  record Template(List<Part> parts) implements HclExpr {
    /** Copies the parts. */
    public Template {
      parts = List.copyOf(parts);
    }
  }

  /** One piece of a {@link Template}. */
  sealed interface Part {}

  /** Literal text inside a template; escaped like {@link Str}. */
  record Text(String value) implements Part {
    /** Checks for null. */
    public Text {
      Objects.requireNonNull(value, "value");
    }
  }

  /** An interpolation {@code ${expression}} inside a template. */
  record Interpolation(HclExpr expression) implements Part {
    /** Checks for null. */
    public Interpolation {
      Objects.requireNonNull(expression, "expression");
    }
  }

  /** A tuple {@code [a, b]}; rendered on one line when every element is short and simple. */
  record ListOf(List<HclExpr> elements) implements HclExpr {
    /** Copies the elements. */
    public ListOf {
      elements = List.copyOf(elements);
    }
  }

  /** An object {@code { key = value }} in insertion order; non-identifier keys are quoted. */
  record ObjectOf(Map<String, HclExpr> entries) implements HclExpr {
    /** Copies the entries, keeping their order. */
    public ObjectOf {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }
  }

  /**
   * A heredoc whose value is {@code text}, which must end with a newline. The body is a template:
   * {@code ${} and {@code %{} in the text are escaped, backslashes are kept as they are.
   */
  record Heredoc(String text) implements HclExpr {
    /** Checks that the text ends with a newline. */
    public Heredoc {
      Objects.requireNonNull(text, "text");
      if (!text.endsWith("\n")) {
        throw new IllegalArgumentException("heredoc text must end with a newline");
      }
    }
  }

  /** A literal string. */
  static HclExpr str(String value) {
    return new Str(value);
  }

  /** A whole-number literal. */
  static HclExpr num(long value) {
    return new Num(BigDecimal.valueOf(value));
  }

  /** A number literal. */
  static HclExpr num(BigDecimal value) {
    return new Num(value);
  }

  /** A boolean literal. */
  static HclExpr bool(boolean value) {
    return new Bool(value);
  }

  /** The null literal. */
  static HclExpr nul() {
    return new Null();
  }

  /** A traversal such as {@code var.name}. */
  static HclExpr ref(String traversal) {
    return new Ref(traversal);
  }

  /** A function call. */
  static HclExpr call(String function, HclExpr... arguments) {
    return new Call(function, List.of(arguments));
  }

  /** A tuple of the given elements. */
  static HclExpr list(List<? extends HclExpr> elements) {
    return new ListOf(List.copyOf(elements));
  }

  /** A tuple of literal strings. */
  static HclExpr strings(List<String> values) {
    return new ListOf(values.stream().map(HclExpr::str).toList());
  }

  /** An object with the given entries in their iteration order. */
  static HclExpr object(Map<String, ? extends HclExpr> entries) {
    return new ObjectOf(new LinkedHashMap<>(entries));
  }

  /** A heredoc; {@code text} must end with a newline. */
  static HclExpr heredoc(String text) {
    return new Heredoc(text);
  }

  /** A template built from literal strings and expressions: strings become text, anything else an interpolation. */
  static HclExpr template(Object... parts) {
    return new Template(java.util.Arrays.stream(parts)
        .map(HclExpr::part)
        .toList());
  }

  private static Part part(Object p) {
    if (p instanceof String s) {
      return new Text(s);
    }
    if (p instanceof HclExpr e) {
      return new Interpolation(e);
    }
    throw new IllegalArgumentException("template parts are literal strings or HclExpr values, not " + p);
  }
}
