package dev.ingot.core.packer;

import dev.ingot.core.hcl.HclExpr;
import java.util.Map;

/** Expressions built from Packer's functions and variables that templates use again and again. */
public final class PackerFunctions {
  private PackerFunctions() {}

  /** {@code "${path.root}/<relative>"}: a file next to the template, wherever Packer runs. */
  public static HclExpr pathRoot(String relative) {
    return HclExpr.template(HclExpr.ref("path.root"), "/" + relative);
  }

  /**
   * {@code templatefile("${path.root}/<relative>", { name = value, … })}: the file rendered at build
   * time with {@code vars}, so that secrets given as variables never land in a generated file.
   */
  public static HclExpr templatefile(String relative, Map<String, ? extends HclExpr> vars) {
    return HclExpr.call("templatefile", pathRoot(relative), HclExpr.object(vars));
  }

  /** {@code file("${path.root}/<relative>")}: the content of a file next to the template. */
  public static HclExpr file(String relative) {
    return HclExpr.call("file", pathRoot(relative));
  }

  /** {@code timestamp()}: the build's start time, evaluated by Packer, never written by Ingot. */
  public static HclExpr timestamp() {
    return HclExpr.call("timestamp");
  }
}
