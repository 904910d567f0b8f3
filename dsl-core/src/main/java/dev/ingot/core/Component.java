package dev.ingot.core;

import dev.ingot.core.validate.Path;
import dev.ingot.core.value.Secret;
import java.util.List;

/**
 * A part of a site that Ingot validates and turns into files: a Proxmox node, a ZFS pool, a VM, a
 * golden image, a Talos cluster. Feature modules implement it with immutable records.
 *
 * <p>A component is identified by its {@link #kind()} and {@link #name()}; two components of one
 * kind may not share a name. Components that refer to others hold them as typed values and
 * check them with {@link ValidationContext#requirePresent}, so that a reference to something
 * missing from the site is reported instead of emitted.
 */
public interface Component {
  /** The kind of component in messages and paths, e.g. {@code vm}, {@code zfs pool}. */
  String kind();

  /** The name, unique among components of the same kind. */
  String name();

  /** Where this component is in problem reports: {@code vm "talos-cp-1"}. */
  default Path path() {
    return Path.of(kind(), name());
  }

  /** The secrets this component needs at apply time. */
  default List<Secret> secrets() {
    return List.of();
  }

  /**
   * The secrets this component needs at apply time in {@code site}: {@link #secrets()}, and the
   * secrets of site-wide settings it relies on that the site leaves to their defaults (the default
   * provider's API token of a component that writes that provider's resources in a site without a
   * provider component). Secret validation and the site's secret list use this method.
   */
  default List<Secret> secrets(Infra site) {
    return secrets();
  }

  /** Adds every problem of this component, in the context of the whole site, to {@code context}. */
  void validate(ValidationContext context);

  /** Adds this component's share of the site's files to {@code out}. Only called on a valid site. */
  void emit(Emission out);
}
