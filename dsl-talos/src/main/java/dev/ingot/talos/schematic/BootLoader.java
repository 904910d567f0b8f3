package dev.ingot.talos.schematic;

/**
 * The boot loader of the disk images and ISOs built from a schematic; when none is chosen the
 * Image Factory picks the default of the Talos release. The Factory's own wizard offers the
 * choice from Talos v1.12 on.
 */
public enum BootLoader {
  /** systemd-boot for UEFI and GRUB for BIOS. */
  DUAL_BOOT("dual-boot"),
  /** systemd-boot only (UEFI). */
  SD_BOOT("sd-boot"),
  /** GRUB only. */
  GRUB("grub");

  private final String value;

  BootLoader(String value) {
    this.value = value;
  }

  /** The value in a schematic: {@code dual-boot}, {@code sd-boot} or {@code grub}. */
  public String value() {
    return value;
  }
}
