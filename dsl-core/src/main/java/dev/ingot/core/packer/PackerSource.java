package dev.ingot.core.packer;

import dev.ingot.core.hcl.HclBody;
import java.util.List;
import java.util.Objects;

/**
 * A {@code source "TYPE" "NAME" {}} block: a builder configuration whose settings the plugin defines.
 *
 * @param type the builder type, e.g. {@code proxmox-iso}
 * @param name the source name, e.g. {@code debian}
 * @param body the builder's settings
 */
public record PackerSource(String type, String name, HclBody body) {
  /** Checks for null. */
  public PackerSource {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(body, "body");
  }

  /** How a build refers to it: {@code source.TYPE.NAME}. */
  public String reference() {
    return "source." + type + "." + name;
  }

  HclBody.Block toBlock() {
    return new HclBody.Block("source", List.of(type, name), body);
  }
}
