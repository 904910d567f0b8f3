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

  /** The placeholder {@code ${jsonencode(name)}}, filled with {@code value}: one YAML string whatever it holds. */
  String jsonEncoded(String name, HclExpr value) {
    vars.put(name, value);
    return TemplateFile.jsonEncoded(name);
  }

  /** Fills the placeholders of the template variable {@code name} with {@code value}. */
  void bind(String name, HclExpr value) {
    vars.put(name, value);
  }

  /** The variables for {@code templatefile}, in the order first used. */
  Map<String, HclExpr> vars() {
    return vars;
  }
}
