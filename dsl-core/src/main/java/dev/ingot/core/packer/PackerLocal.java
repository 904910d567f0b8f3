package dev.ingot.core.packer;

import dev.ingot.core.hcl.HclExpr;
import java.util.Objects;

/**
 * One entry of the {@code locals} block. Time-based values such as {@code timestamp()} belong here,
 * evaluated by Packer at build time, so that no generated file holds a date.
 *
 * @param name the local name, an HCL identifier
 * @param value its expression
 */
public record PackerLocal(String name, HclExpr value) {
  /** Checks for null. */
  public PackerLocal {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  /** The reference {@code local.<name>}. */
  public HclExpr ref() {
    return HclExpr.ref("local." + name);
  }
}
