package dev.ingot.talos.schematic;

/**
 * When systemd-boot enrolls the secure boot keys on first boot ({@code secure-boot-enroll} in
 * {@code loader.conf}); the Image Factory's default is {@link #IF_SAFE}. Image Factory v1.4.0 or
 * later understands this setting.
 */
public enum EnrollKeys {
  /** Never enroll. */
  OFF("off"),
  /** Offer enrollment in the boot menu. */
  MANUAL("manual"),
  /** Enroll automatically only inside a virtual machine. */
  IF_SAFE("if-safe"),
  /** Enroll automatically, also on bare metal whose firmware is in setup mode. */
  FORCE("force");

  private final String value;

  EnrollKeys(String value) {
    this.value = value;
  }

  /** The value in a schematic: {@code off}, {@code manual}, {@code if-safe} or {@code force}. */
  public String value() {
    return value;
  }
}
