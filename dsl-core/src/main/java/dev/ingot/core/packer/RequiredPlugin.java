package dev.ingot.core.packer;

import java.util.Objects;

/**
 * One entry of {@code required_plugins}:
 * {@code proxmox = { version = "1.2.4", source = "github.com/hashicorp/proxmox" }}.
 * Packer requires both a version constraint and a source, and only constants.
 *
 * @param name the local name that prefixes the plugin's components, e.g. {@code proxmox}
 * @param version the version constraint, e.g. {@code 1.2.4} or {@code ~> 1.2}
 * @param source the plugin address, e.g. {@code github.com/hashicorp/proxmox}
 */
public record RequiredPlugin(String name, String version, String source) {
  /** Checks for null. */
  public RequiredPlugin {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(source, "source");
  }
}
