package dev.ingot.proxmox.vm;

import dev.ingot.proxmox.Storage;
import java.util.Objects;

/**
 * The emulated TPM of a VM and where its state is kept.
 *
 * @param storage the storage that holds the TPM state
 * @param version the TPM version
 */
public record TpmState(Storage storage, TpmVersion version) {
  /** Checks for null. */
  public TpmState {
    Objects.requireNonNull(storage, "storage");
    Objects.requireNonNull(version, "version");
  }
}
