package dev.ingot.proxmox.image;

import dev.ingot.core.hcl.HclExpr;
import dev.ingot.core.hcl.TemplateFile;
import java.util.LinkedHashMap;
import java.util.Map;

/** The placeholders of one {@code .pkrtpl} file and the expressions {@code templatefile} fills them with. */
final class TemplateVars {
  private final Map<String, HclExpr> vars = new LinkedHashMap<>();

  /** The placeholder {@code ${name}}, filled with {@code value}. */
  String placeholder(String name, HclExpr value) {
    vars.put(name, value);
    return TemplateFile.placeholder(name);
  }

  /** The variables for {@code templatefile}, in the order first used. */
  Map<String, HclExpr> vars() {
    return vars;
  }
}
