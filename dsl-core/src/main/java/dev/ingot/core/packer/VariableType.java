package dev.ingot.core.packer;

import dev.ingot.core.hcl.HclExpr;

/** The type of a Packer input variable, written as a type expression ({@code string}, {@code list(string)}). */
public enum VariableType {
  /** {@code string}. */
  STRING(HclExpr.ref("string")),
  /** {@code number}. */
  NUMBER(HclExpr.ref("number")),
  /** {@code bool}. */
  BOOL(HclExpr.ref("bool")),
  /** {@code list(string)}. */
  LIST_OF_STRING(HclExpr.call("list", HclExpr.ref("string"))),
  /** {@code map(string)}. */
  MAP_OF_STRING(HclExpr.call("map", HclExpr.ref("string")));

  private final HclExpr expression;

  VariableType(HclExpr expression) {
    this.expression = expression;
  }

  /** The type expression. */
  public HclExpr expression() {
    return expression;
  }
}
