package dev.ingot.proxmox.packer;

import dev.ingot.core.hcl.HclBody;
import dev.ingot.core.value.Size;
import java.util.Objects;

/**
 * A {@code disks} block: a disk of the VM being built, thin, with TRIM passed through.
 *
 * @param bus the bus
 * @param storage the storage id that holds it (it must allow {@code images})
 * @param size its size, a whole number of GiB
 * @param ioThread whether it gets its own I/O thread (needs the {@code virtio-scsi-single} controller)
 * @param ssd whether the guest sees a solid-state disk (not on VirtIO)
 */
public record PackerDisk(DriveBus bus, String storage, Size size, boolean ioThread, boolean ssd) {
  /** Checks for null. */
  public PackerDisk {
    Objects.requireNonNull(bus, "bus");
    Objects.requireNonNull(storage, "storage");
    Objects.requireNonNull(size, "size");
  }

  /** A SCSI disk of {@code size} on {@code storage}, with its own I/O thread, seen as an SSD. */
  public static PackerDisk scsi(String storage, Size size) {
    return new PackerDisk(DriveBus.SCSI, storage, size, true, true);
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
        .attribute("cache_mode", "none")
        .attribute("io_thread", ioThread)
        .attribute("discard", true)
        .attribute("ssd", ssd);
  }
}
