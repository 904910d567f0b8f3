package dev.ingot.talos.schematic;

/**
 * An official Talos system extension named in a schematic: an entry of Ingot's catalog
 * ({@link OfficialExtension}) or a name Ingot does not know ({@link UnlistedExtension}).
 *
 * <p>{@code SystemExtension.official("siderolabs/zfs")} returns the catalog constant; an unknown
 * name is kept and reported as an error when the schematic is validated, while
 * {@code SystemExtension.unlisted("siderolabs/new-thing")} declares on purpose a name that is
 * newer than Ingot's catalog and is only reported as a warning.
 */
public sealed interface SystemExtension permits OfficialExtension, UnlistedExtension {
  /** The namespace of every official extension. */
  String NAMESPACE = "siderolabs/";

  /** The name as a schematic lists it: {@code siderolabs/qemu-guest-agent}. */
  String fullName();

  /**
   * The official extension {@code fullName}: the catalog constant when Ingot knows the name,
   * otherwise a name that validation reports as an error unless the Talos release is outside the
   * catalog or the Image Factory has an alias for it.
   *
   * @throws IllegalArgumentException when the name is not of the form {@code siderolabs/<name>}
   */
  static SystemExtension official(String fullName) {
    return lookup(fullName, false);
  }

  /**
   * An official extension that Ingot's catalog does not list yet, named on purpose: validation
   * only warns that the name is not checked. A listed name returns the catalog constant.
   *
   * @throws IllegalArgumentException when the name is not of the form {@code siderolabs/<name>}
   */
  static SystemExtension unlisted(String fullName) {
    return lookup(fullName, true);
  }

  private static SystemExtension lookup(String fullName, boolean declared) {
    UnlistedExtension.requireForm(fullName);
    return OfficialExtension.byName(fullName).<SystemExtension>map(e -> e)
        .orElseGet(() -> new UnlistedExtension(fullName, declared));
  }
}
