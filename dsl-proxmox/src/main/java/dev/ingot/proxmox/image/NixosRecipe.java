package dev.ingot.proxmox.image;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.value.Size;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NixOS installed from the minimal ISO: the boot command lets Packer in over SSH, a script
 * partitions the disk and {@code nixos-install} builds the emitted {@code configuration.nix}
 * (systemd-boot, the QEMU guest agent, cloud-init, OpenSSH and the baseline).
 *
 * <p>The channel ISOs are rebuilt with every channel update, so none is pinned: give the release's
 * ISO from {@code releases.nixos.org} and the SHA-256 from the {@code .sha256} file next to it.
 *
 * @param release the release, {@code YY.05} or {@code YY.11}, 25.05 or newer
 */
public record NixosRecipe(String release) implements OsRecipe {
  private static final Pattern RELEASE = Pattern.compile("(\\d{2})\\.(05|11)");

  /** Checks for null. */
  public NixosRecipe {
    Objects.requireNonNull(release, "release");
  }

  @Override
  public String os() {
    return "nixos";
  }

  @Override
  public String version() {
    return release;
  }

  @Override
  public String displayName() {
    return "NixOS " + release;
  }

  /** The channel's current minimal ISO without a checksum: validation asks for a release image and its digest. */
  @Override
  public IsoImage defaultIso() {
    return new IsoImage.Download(List.of("https://channels.nixos.org/nixos-" + release
        + "/latest-nixos-minimal-x86_64-linux.iso"), null);
  }

  /** At least 16 GiB of disk (32 GiB unless set) and 2 GiB of RAM (4 GiB unless set). */
  @Override
  public RecipeSizes sizes() {
    return new RecipeSizes(Size.gib(16), Size.gib(32), Size.gib(2), Size.gib(4));
  }

  @Override
  public void validate(Path path, Problems problems) {
    Matcher m = RELEASE.matcher(release);
    if (!m.matches() || Integer.parseInt(m.group(1)) < 25) {
      problems.error(path.field("version"), "NixOS " + release
          + " is not supported: use a release from 25.05 on (YY.05 or YY.11)");
    }
  }
}
