package dev.ingot.proxmox.vm;

import dev.ingot.proxmox.Storage;
import java.util.Objects;

/**
 * The EFI variable store of a UEFI (OVMF) VM, always of type {@code 4m}, which Secure Boot needs.
 *
 * @param storage the storage that holds it
 * @param preEnrolledKeys whether the store starts with the distribution and Microsoft keys enrolled,
 *     so that Secure Boot is on (Windows 11); off for guests with unsigned kernel modules
 */
public record EfiDisk(Storage storage, boolean preEnrolledKeys) {
  /** The EFI disk type written to the provider; {@code 2m}, the provider's default, cannot do Secure Boot. */
  public static final String TYPE = "4m";

  /** Checks for null. */
  public EfiDisk {
    Objects.requireNonNull(storage, "storage");
  }
}
