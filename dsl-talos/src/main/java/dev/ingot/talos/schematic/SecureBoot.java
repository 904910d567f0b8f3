package dev.ingot.talos.schematic;

/**
 * Whether a schematic's images are the secure boot ones, and the secure boot settings that are
 * part of the schematic itself. Only {@code enrollKeys} and {@code includeWellKnownCertificates}
 * change the schematic and its ID; {@code enabled} chooses the {@code -secureboot} images and
 * installer.
 *
 * <p>{@code SecureBoot.on().enrollKeys(EnrollKeys.FORCE).withWellKnownCertificates()}
 *
 * @param enabled true to use the secure boot images and installer
 * @param enrollKeys when the keys are enrolled, or null for the Image Factory's default
 * @param includeWellKnownCertificates true to also enroll the well-known UEFI certificates
 *     (Microsoft's), needed on machines whose option ROMs are signed with them
 */
public record SecureBoot(boolean enabled, EnrollKeys enrollKeys, boolean includeWellKnownCertificates) {
  /** No secure boot: plain images, no secure boot settings. */
  public static final SecureBoot OFF = new SecureBoot(false, null, false);

  /** Secure boot images with the Image Factory's default settings. */
  public static SecureBoot on() {
    return new SecureBoot(true, null, false);
  }

  /** These settings, enrolling keys as {@code mode} says. */
  public SecureBoot enrollKeys(EnrollKeys mode) {
    return new SecureBoot(enabled, mode, includeWellKnownCertificates);
  }

  /** These settings, also enrolling the well-known UEFI certificates. */
  public SecureBoot withWellKnownCertificates() {
    return new SecureBoot(enabled, enrollKeys, true);
  }

  /** True when some setting goes into the schematic. */
  public boolean hasSettings() {
    return enrollKeys != null || includeWellKnownCertificates;
  }
}
