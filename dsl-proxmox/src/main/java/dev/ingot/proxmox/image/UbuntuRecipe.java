package dev.ingot.proxmox.image;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.value.Size;
import java.util.List;
import java.util.Objects;

/**
 * Ubuntu Server installed by subiquity from the live-server ISO with an autoinstall user-data file
 * that Packer serves over HTTP (the NoCloud data source).
 *
 * @param release the LTS release, {@code 24.04} or {@code 26.04}
 */
public record UbuntuRecipe(String release) implements OsRecipe {
  /** The LTS releases the autoinstall file is written for. */
  public static final List<String> SUPPORTED = List.of("24.04", "26.04");
  /** The pinned 24.04 point release. */
  public static final String POINT_RELEASE = "24.04.5";
  /** SHA-256 of {@code ubuntu-24.04.5-live-server-amd64.iso}, as listed in the release's {@code SHA256SUMS}. */
  public static final String LIVE_SERVER_SHA256 = "97f3d7ffb032c3eb3b23d2c8be9cc76e60c2c1f2c0146ba5ba9fe01cafae0fd8";

  /** Checks for null. */
  public UbuntuRecipe {
    Objects.requireNonNull(release, "release");
  }

  @Override
  public String os() {
    return "ubuntu";
  }

  @Override
  public String version() {
    return release;
  }

  @Override
  public String displayName() {
    return "Ubuntu " + release + " LTS";
  }

  /**
   * Ubuntu 24.04: the live-server ISO of {@value #POINT_RELEASE} from {@code releases.ubuntu.com}
   * and, once superseded, {@code old-releases.ubuntu.com}. Other releases have no pinned ISO.
   */
  @Override
  public IsoImage defaultIso() {
    if (!release.equals("24.04")) {
      return null;
    }
    String file = POINT_RELEASE + "/ubuntu-" + POINT_RELEASE + "-live-server-amd64.iso";
    return IsoImage.mirrors(List.of("https://releases.ubuntu.com/" + file,
        "https://old-releases.ubuntu.com/releases/" + file), Checksum.sha256(LIVE_SERVER_SHA256));
  }

  /** At least 10 GiB of disk (20 GiB unless set) and 2 GiB of RAM (4 GiB unless set). */
  @Override
  public RecipeSizes sizes() {
    return new RecipeSizes(Size.gib(10), Size.gib(20), Size.gib(2), Size.gib(4));
  }

  @Override
  public void validate(Path path, Problems problems) {
    if (!SUPPORTED.contains(release)) {
      problems.error(path.field("version"), "Ubuntu " + release + " is not supported: use 24.04 or 26.04");
    }
  }
}
