package dev.ingot.proxmox.image;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.value.Size;
import java.util.List;
import java.util.Objects;

/**
 * Arch Linux installed from the official ISO: the boot command lets Packer in over SSH, a script
 * partitions the disk, runs {@code pacstrap} and configures the new system through
 * {@code arch-chroot} (systemd-boot, cloud-init, the guest agent, the baseline).
 *
 * <p>Arch is rolling and its ISO changes monthly, so none is pinned: give the month's image and the
 * SHA-256 from the {@code sha256sums.txt} next to it.
 *
 * @param mirror the pacman mirror, as a {@code Server =} line of {@code /etc/pacman.d/mirrorlist} writes it
 */
public record ArchRecipe(String mirror) implements OsRecipe {
  /** The image at the mirrors' {@code latest} path, which needs a checksum of the month's image. */
  public static final String LATEST_ISO = "https://geo.mirror.pkgbuild.com/iso/latest/archlinux-x86_64.iso";

  /** Checks for null. */
  public ArchRecipe {
    Objects.requireNonNull(mirror, "mirror");
  }

  /** Arch from the worldwide mirror {@code geo.mirror.pkgbuild.com}. */
  public static ArchRecipe rolling() {
    return new ArchRecipe("https://geo.mirror.pkgbuild.com/$repo/os/$arch");
  }

  /** This recipe installing from {@code mirror} (e.g. {@code https://mirror.example/archlinux/$repo/os/$arch}). */
  public ArchRecipe mirror(String mirror) {
    return new ArchRecipe(mirror);
  }

  @Override
  public String os() {
    return "arch";
  }

  @Override
  public String version() {
    return "rolling";
  }

  @Override
  public String displayName() {
    return "Arch Linux";
  }

  /** The {@code latest} ISO without a checksum: validation asks for the month's image and its digest. */
  @Override
  public IsoImage defaultIso() {
    return new IsoImage.Download(List.of(LATEST_ISO), null);
  }

  /** At least 8 GiB of disk (20 GiB unless set) and 1 GiB of RAM (2 GiB unless set). */
  @Override
  public RecipeSizes sizes() {
    return new RecipeSizes(Size.gib(8), Size.gib(20), Size.mib(1024), Size.gib(2));
  }

  @Override
  public void validate(Path path, Problems problems) {
    if (!mirror.startsWith("https://") || !mirror.contains("$repo") || !mirror.contains("$arch")
        || mirror.chars().anyMatch(Character::isWhitespace)) {
      problems.error(path.field("mirror"), "\"" + mirror + "\" is not a pacman mirror URL like"
          + " https://geo.mirror.pkgbuild.com/$repo/os/$arch");
    }
  }
}
