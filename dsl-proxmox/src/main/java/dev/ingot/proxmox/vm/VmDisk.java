package dev.ingot.proxmox.vm;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.validate.Validatable;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.Storage;
import dev.ingot.proxmox.ZfsPoolStorage;
import dev.ingot.proxmox.zfs.ZfsPool;
import java.util.Objects;

/**
 * A disk of a VM: its interface, the storage that holds it and its size, created empty or imported
 * from a downloaded {@link CloudImage}.
 *
 * <p>{@code VmDisk.scsi(0).on(tank).size(Size.gib(32)).ssd(true).discard(true)}
 *
 * @param bus the bus
 * @param index the number on the bus ({@code scsi0} is index 0)
 * @param storage the storage that holds it
 * @param size the size, a whole number of GiB (the provider sizes disks in GiB)
 * @param ssd whether the guest sees an SSD (not on VirtIO), or null for the provider's default (no)
 * @param discard whether the guest's TRIM reaches the storage, or null for the provider's default (no)
 * @param iothread whether the disk gets its own I/O thread (VirtIO, or SCSI with
 *     {@link ScsiController#VIRTIO_SCSI_SINGLE}), or null for the provider's default (no)
 * @param cache the cache mode, or null for the provider's default (none)
 * @param backup whether vzdump backs the disk up, or null for the provider's default (yes)
 * @param importFrom the image the disk is created from, or null for an empty disk
 */
public record VmDisk(DiskBus bus, int index, Storage storage, Size size, Boolean ssd, Boolean discard,
    Boolean iothread, DiskCache cache, Boolean backup, CloudImage importFrom) implements Validatable {
  /** Checks for null. */
  public VmDisk {
    Objects.requireNonNull(bus, "bus");
  }

  /** The SCSI disk {@code scsi<index>}. */
  public static VmDisk scsi(int index) {
    return new VmDisk(DiskBus.SCSI, index, null, null, null, null, null, null, null, null);
  }

  /** The VirtIO block disk {@code virtio<index>}. */
  public static VmDisk virtio(int index) {
    return new VmDisk(DiskBus.VIRTIO, index, null, null, null, null, null, null, null, null);
  }

  /** The SATA disk {@code sata<index>}. */
  public static VmDisk sata(int index) {
    return new VmDisk(DiskBus.SATA, index, null, null, null, null, null, null, null, null);
  }

  /** This disk on {@code storage}. */
  public VmDisk on(Storage storage) {
    return new VmDisk(bus, index, storage, size, ssd, discard, iothread, cache, backup, importFrom);
  }

  /** This disk on the storage that registers {@code pool} (a storage named after the pool if it is unregistered). */
  public VmDisk on(ZfsPool pool) {
    return on(storageOf(pool));
  }

  /** This disk of {@code size}. */
  public VmDisk size(Size size) {
    return new VmDisk(bus, index, storage, size, ssd, discard, iothread, cache, backup, importFrom);
  }

  /** This disk shown to the guest as an SSD ({@code true}) or not. */
  public VmDisk ssd(boolean ssd) {
    return new VmDisk(bus, index, storage, size, ssd, discard, iothread, cache, backup, importFrom);
  }

  /** This disk passing the guest's TRIM to the storage ({@code true}), which thin storage needs to shrink. */
  public VmDisk discard(boolean discard) {
    return new VmDisk(bus, index, storage, size, ssd, discard, iothread, cache, backup, importFrom);
  }

  /** This disk with its own I/O thread ({@code true}) or not. */
  public VmDisk iothread(boolean iothread) {
    return new VmDisk(bus, index, storage, size, ssd, discard, iothread, cache, backup, importFrom);
  }

  /** This disk with cache mode {@code cache}. */
  public VmDisk cache(DiskCache cache) {
    return new VmDisk(bus, index, storage, size, ssd, discard, iothread, cache, backup, importFrom);
  }

  /** This disk included in backups ({@code true}) or left out. */
  public VmDisk backup(boolean backup) {
    return new VmDisk(bus, index, storage, size, ssd, discard, iothread, cache, backup, importFrom);
  }

  /** This disk created from {@code image}, grown to its size. */
  public VmDisk importFrom(CloudImage image) {
    return new VmDisk(bus, index, storage, size, ssd, discard, iothread, cache, backup, image);
  }

  /** The interface name, e.g. {@code scsi0}. */
  public String interfaceName() {
    return bus.prefix() + index;
  }

  /**
   * The storage that VM disks on {@code pool} go to: the pool's registration, or, when it is not
   * registered, a storage of its name, which validation then reports as missing from the node.
   */
  public static Storage storageOf(ZfsPool pool) {
    return pool.storage() != null ? pool.storage() : ZfsPoolStorage.of(pool.name(), pool.name());
  }

  @Override
  public void validate(Path path, Problems problems) {
    if (index < 0 || index >= bus.slots()) {
      problems.error(path.field("index"), interfaceName() + " does not exist: " + bus.prefix() + " disks are numbered"
          + " 0 to " + (bus.slots() - 1));
    }
    if (storage == null) {
      problems.error(path.field("storage"), "set the storage with on(storage)");
    }
    if (size == null) {
      problems.error(path.field("size"), "set the size with size(Size.gib(…))");
    } else if (size.compareTo(Size.gib(1)) < 0) {
      problems.error(path.field("size"), "a disk of " + size + " is too small: the smallest is 1 GiB");
    } else if (!size.isWholeGib()) {
      problems.error(path.field("size"), size + " is not a whole number of GiB: the provider sizes disks in GiB");
    }
    if (Boolean.TRUE.equals(ssd) && bus == DiskBus.VIRTIO) {
      problems.error(path.field("ssd"), "VirtIO block disks cannot be shown as SSDs; use a SCSI disk");
    }
    if (importFrom != null) {
      importFrom.validate(path.field("importFrom"), problems);
    }
  }
}
