package dev.ingot.core.hcl;

import java.util.List;

/**
 * The rendered lines of one expression. The first line continues the line the expression starts on
 * (after {@code name = }, an opening bracket or the indentation of a list item); the other lines are
 * complete, already indented lines.
 *
 * @param lines the lines, at least one
 * @param shape how {@code terraform fmt} sees the expression
 */
record Fragment(List<String> lines, Shape shape) {
  /** How the formatter sees an expression that starts on an attribute line. */
  enum Shape {
    /** One line; the attribute joins the alignment run of its neighbours. */
    LINE,
    /** A heredoc: several lines, but one line for alignment; a comma after it needs its own line. */
    HEREDOC,
    /** Opens a bracket at the end of its first line; the attribute ends the alignment run. */
    BLOCK
  }

  /** Copies the lines. */
  Fragment {
    lines = List.copyOf(lines);
  }

  /** A single-line fragment. */
  static Fragment line(String text) {
    return new Fragment(List.of(text), Shape.LINE);
  }

  /** The indentation of a line at nesting {@code depth}: two spaces per level. */
  static String indent(int depth) {
    return "  ".repeat(depth);
  }

  /** The first line. */
  String first() {
    return lines.get(0);
  }

  /** True when the expression fits on its first line. */
  boolean isLine() {
    return shape == Shape.LINE;
  }

  /** True when an attribute holding this expression takes part in {@code =} alignment. */
  boolean alignable() {
    return shape != Shape.BLOCK;
  }
}
