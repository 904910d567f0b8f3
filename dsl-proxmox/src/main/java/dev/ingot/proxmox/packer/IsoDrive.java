package dev.ingot.proxmox.packer;

import dev.ingot.core.hcl.HclBody;
import java.util.Objects;

/**
 * A CD drive of the VM being built: {@code boot_iso} or one of {@code additional_iso_files}.
 *
 * @param content what it holds
 * @param bus the bus; not {@link DriveBus#VIRTIO}
 * @param unmount whether the drive is removed before the VM becomes a template
 */
public record IsoDrive(IsoContent content, DriveBus bus, boolean unmount) {
  /**
   * Checks for null and the bus.
   *
   * @throws IllegalArgumentException for a VirtIO bus, which cannot hold an ISO
   */
  public IsoDrive {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(bus, "bus");
    if (bus == DriveBus.VIRTIO) {
      throw new IllegalArgumentException("Proxmox cannot attach an ISO to a VirtIO bus");
    }
  }

  /** A SATA drive holding {@code content}, removed before the VM becomes a template. */
  public static IsoDrive sata(IsoContent content) {
    return new IsoDrive(content, DriveBus.SATA, true);
  }

  void write(HclBody.Builder body) {
    body.attribute("type", bus.value());
    content.write(body);
    body.attribute("unmount", unmount);
  }
}
