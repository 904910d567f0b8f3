package dev.ingot.talos;

import java.util.regex.Matcher;

/**
 * A Kubernetes release, such as {@code 1.36.3}; ordered as semantic versions.
 *
 * <p>{@link #DEFAULT} is the Kubernetes release that {@link TalosVersion#DEFAULT} installs by
 * default: {@code DefaultKubernetesVersion} in {@code pkg/machinery/constants/constants.go} of
 * siderolabs/talos at tag v1.13.9.
 *
 * @param major the major number (1)
 * @param minor the minor number, e.g. 36
 * @param patch the patch number
 * @param preRelease the pre-release part without its dash ({@code rc.0}), or empty for a release
 */
public record KubernetesVersion(int major, int minor, int patch, String preRelease)
    implements Comparable<KubernetesVersion> {
  /** The Kubernetes release Ingot uses unless told otherwise: 1.36.3, the default of Talos v1.13.9. */
  public static final KubernetesVersion DEFAULT = of("1.36.3");

  /** Checks the numbers. */
  public KubernetesVersion {
    SemVer.requireValid(major, minor, patch, preRelease);
  }

  /**
   * Parses {@code 1.36.3}; a leading {@code v} is accepted.
   *
   * @throws IllegalArgumentException when the text is not a version
   */
  public static KubernetesVersion of(String text) {
    Matcher m = SemVer.parse(text, "Kubernetes", "1.36.3");
    return new KubernetesVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)), m.group(4) == null ? "" : m.group(4));
  }

  /** The release line, {@code 1.36}. */
  public String line() {
    return major + "." + minor;
  }

  @Override
  public int compareTo(KubernetesVersion o) {
    return SemVer.compare(new int[] {major, minor, patch}, preRelease, new int[] {o.major, o.minor, o.patch}, o.preRelease);
  }

  /** The version without a prefix: {@code 1.36.3}. */
  @Override
  public String toString() {
    return SemVer.format(major, minor, patch, preRelease);
  }
}
