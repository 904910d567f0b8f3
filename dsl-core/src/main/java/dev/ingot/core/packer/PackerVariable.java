package dev.ingot.core.packer;

import dev.ingot.core.hcl.HclBody;
import dev.ingot.core.hcl.HclExpr;
import java.util.List;
import java.util.Objects;

/**
 * A {@code variable "name" {}} block. Secrets are sensitive variables without a default, so that
 * their values come from {@code PKR_VAR_<name>} at build time and Packer masks them in its output.
 *
 * @param name the variable name, an HCL identifier
 * @param type its type
 * @param description what it is for, or null
 * @param defaultValue its default, or null when it must be given
 * @param sensitive whether Packer hides its value
 */
public record PackerVariable(String name, VariableType type, String description, HclExpr defaultValue,
    boolean sensitive) {
  /** Checks for null. */
  public PackerVariable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  /** A string variable without a default. */
  public static PackerVariable string(String name, String description) {
    return new PackerVariable(name, VariableType.STRING, description, null, false);
  }

  /** A sensitive string variable without a default, for a secret. */
  public static PackerVariable secret(String name, String description) {
    return new PackerVariable(name, VariableType.STRING, description, null, true);
  }

  /** This variable with the default {@code value}. */
  public PackerVariable defaultValue(HclExpr value) {
    return new PackerVariable(name, type, description, value, sensitive);
  }

  /** This variable with the literal string default {@code value}. */
  public PackerVariable defaultValue(String value) {
    return defaultValue(HclExpr.str(value));
  }

  /** The reference {@code var.<name>}. */
  public HclExpr ref() {
    return HclExpr.ref("var." + name);
  }

  /** The block, attributes in the order Packer's documentation uses. */
  HclBody.Block toBlock() {
    var body = HclBody.builder().attribute("type", type.expression());
    if (description != null) {
      body.attribute("description", description);
    }
    if (defaultValue != null) {
      body.attribute("default", defaultValue);
    }
    if (sensitive) {
      body.attribute("sensitive", true);
    }
    return new HclBody.Block("variable", List.of(name), body.build());
  }
}
