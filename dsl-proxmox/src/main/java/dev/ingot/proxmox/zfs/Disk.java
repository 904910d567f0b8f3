package dev.ingot.proxmox.zfs;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.validate.Validatable;
import dev.ingot.core.value.Names;
import dev.ingot.core.value.Size;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A whole disk named by its stable link under {@code /dev/disk/by-id/}, which survives re-cabling
 * and reboots where {@code /dev/sda} or {@code /dev/nvme0n1} may not.
 *
 * <p>{@code Disk.byId("nvme-Samsung_SSD_990_PRO_2TB_S7DNNJ0X123456X").size(Size.tib(2))}
 *
 * @param id the name under {@code /dev/disk/by-id/}
 * @param size the disk's capacity, or null when not given (only ARC sizing by capacity needs it)
 */
public record Disk(String id, Size size) implements Validatable {
  private static final Pattern BY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:+@-]*");

  /** Checks for null. */
  public Disk {
    Objects.requireNonNull(id, "id");
  }

  /** The disk at {@code /dev/disk/by-id/<id>}. */
  public static Disk byId(String id) {
    return new Disk(id, null);
  }

  /** This disk with capacity {@code size}. */
  public Disk size(Size size) {
    return new Disk(id, size);
  }

  /** The device path, {@code /dev/disk/by-id/<id>}. */
  public String devicePath() {
    return "/dev/disk/by-id/" + id;
  }

  @Override
  public void validate(Path path, Problems problems) {
    if (!BY_ID.matcher(id).matches()) {
      problems.error(path, Names.describe(id) + " is not a name under /dev/disk/by-id/, such as"
          + " nvme-Samsung_SSD_990_PRO_2TB_S7DNNJ0X123456X");
    }
    if (size != null && !size.isPositive()) {
      problems.error(path.field("size"), "the disk size must be positive");
    }
  }
}
