package dev.ingot.proxmox.vm;

import dev.ingot.proxmox.Storage;
import java.util.Objects;

/**
 * An ISO image in a VM's CD-ROM drive, e.g. an installer.
 *
 * <p>{@code Cdrom.iso(local, "Win11_24H2_English_x64.iso")} — in {@code ide0} unless moved with
 * {@link #at}, away from {@code ide2}, where the provider puts the cloud-init drive, and from
 * {@code ide1}/{@code ide3}, which q35 machines lack.
 *
 * @param storage the storage that holds the ISO; it must allow {@code iso} content
 * @param file the ISO's file name on that storage
 * @param slot the drive's interface, e.g. {@code ide0} or {@code sata2}
 */
public record Cdrom(Storage storage, String file, String slot) {
  /** Checks for null. */
  public Cdrom {
    Objects.requireNonNull(storage, "storage");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(slot, "slot");
  }

  /** The ISO {@code file} on {@code storage} in drive {@code ide0}. */
  public static Cdrom iso(Storage storage, String file) {
    return new Cdrom(storage, file, "ide0");
  }

  /** This CD-ROM in drive {@code slot}, e.g. {@code sata2}. */
  public Cdrom at(String slot) {
    return new Cdrom(storage, file, slot);
  }

  /** The volume id the provider takes: {@code local:iso/<file>}. */
  public String fileId() {
    return storage.id() + ":iso/" + file;
  }
}
