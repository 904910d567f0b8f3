package dev.ingot.proxmox.packer;

import dev.ingot.core.hcl.HclBody;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.vm.DiskCache;
import java.util.Objects;

/**
 * A {@code disks} block: a raw disk of the VM being built.
 *
 * @param bus the bus
 * @param storage the storage id that holds it (it must allow {@code images})
 * @param size its size, a whole number of GiB
 * @param cache the host cache mode
 * @param ioThread whether it gets its own I/O thread (needs the {@code virtio-scsi-single} controller)
 * @param discard whether TRIM from the guest is passed through to the storage
 * @param ssd whether the guest sees a solid-state disk (not on VirtIO)
 */
public record PackerDisk(DriveBus bus, String storage, Size size, DiskCache cache, boolean ioThread, boolean discard,
    boolean ssd) {
  /** Checks for null. */
  public PackerDisk {
    Objects.requireNonNull(bus, "bus");
    Objects.requireNonNull(storage, "storage");
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(cache, "cache");
  }

  /**
   * A SCSI disk of {@code size} on {@code storage} without host cache, with its own I/O thread and
   * TRIM passed through, seen as an SSD.
   */
  public static PackerDisk scsi(String storage, Size size) {
    return new PackerDisk(DriveBus.SCSI, storage, size, DiskCache.NONE, true, true, true);
  }

  /** The size as the plugin writes it: {@code 32G}. */
  public String sizeText() {
    return size.toGibCeil() + "G";
  }

  void write(HclBody.Builder body) {
    body.attribute("type", bus.value())
        .attribute("storage_pool", storage)
        .attribute("disk_size", sizeText())
        .attribute("format", "raw")
        .attribute("cache_mode", cache.value())
        .attribute("io_thread", ioThread)
        .attribute("discard", discard)
        .attribute("ssd", ssd);
  }
}
