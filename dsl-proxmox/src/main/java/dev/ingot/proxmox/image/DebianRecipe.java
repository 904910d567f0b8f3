package dev.ingot.proxmox.image;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.value.Size;
import java.util.List;
import java.util.Objects;

/**
 * Debian installed by debian-installer from the netinst ISO with a preseed file that Packer serves
 * over HTTP.
 *
 * @param release the major release, 12 or 13
 * @param mirror the Debian mirror host
 */
public record DebianRecipe(int release, String mirror) implements OsRecipe {
  /** The releases the preseed is written for. */
  public static final List<Integer> SUPPORTED = List.of(12, 13);
  /** The pinned Debian 13 point release. */
  public static final String POINT_RELEASE = "13.7.0";
  /** SHA-256 of {@code debian-13.7.0-amd64-netinst.iso}, as listed in the release's {@code SHA256SUMS}. */
  public static final String NETINST_SHA256 = "a7ef94ac2fb9a7fec454552abd629b7cc9d5155c886165a45649f5ce6167e355";

  /** Checks for null. */
  public DebianRecipe {
    Objects.requireNonNull(mirror, "mirror");
  }

  /** Debian {@code release} from {@code deb.debian.org}. */
  public static DebianRecipe of(int release) {
    return new DebianRecipe(release, "deb.debian.org");
  }

  /** This recipe installing from the mirror {@code host} instead. */
  public DebianRecipe mirror(String host) {
    return new DebianRecipe(release, host);
  }

  @Override
  public String os() {
    return "debian";
  }

  @Override
  public String version() {
    return Integer.toString(release);
  }

  @Override
  public String displayName() {
    return "Debian " + release;
  }

  /**
   * Debian 13: the netinst ISO of {@value #POINT_RELEASE} from {@code cdimage.debian.org}, at its
   * release path and, once superseded, its archive path. Other releases have no pinned ISO.
   */
  @Override
  public IsoImage defaultIso() {
    if (release != 13) {
      return null;
    }
    String file = "/amd64/iso-cd/debian-" + POINT_RELEASE + "-amd64-netinst.iso";
    return IsoImage.mirrors(List.of(
        "https://cdimage.debian.org/cdimage/release/" + POINT_RELEASE + file,
        "https://cdimage.debian.org/cdimage/archive/" + POINT_RELEASE + file), Checksum.sha256(NETINST_SHA256));
  }

  /** At least 8 GiB of disk (20 GiB unless set) and 1 GiB of RAM (2 GiB unless set). */
  @Override
  public RecipeSizes sizes() {
    return new RecipeSizes(Size.gib(8), Size.gib(20), Size.mib(1024), Size.gib(2));
  }

  @Override
  public void validate(Path path, Problems problems) {
    if (!SUPPORTED.contains(release)) {
      problems.error(path.field("version"), "Debian " + release + " is not supported: use 12 or 13");
    }
    Recipes.requireHost(mirror, path.field("mirror"), problems);
  }
}
