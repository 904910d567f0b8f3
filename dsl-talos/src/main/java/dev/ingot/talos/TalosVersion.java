package dev.ingot.talos;

import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A Talos Linux release, such as {@code v1.13.9} or {@code v1.14.0-rc.1}; ordered as semantic
 * versions (a pre-release comes before its release).
 *
 * <p>{@link #DEFAULT} is the newest stable release Ingot was checked against: tag {@code v1.13.9}
 * of siderolabs/talos (2026-08-18), also the {@code release} in the Talos documentation
 * (siderolabs/docs {@code public/snippets/custom-variables.mdx}, 2026-08-19). v1.14.0 was still a
 * release candidate then.
 *
 * @param major the major number (1)
 * @param minor the minor number: the release line, e.g. 13
 * @param patch the patch number
 * @param preRelease the pre-release part without its dash ({@code rc.1}), or empty for a release
 */
public record TalosVersion(int major, int minor, int patch, String preRelease) implements Comparable<TalosVersion> {
  /** The Talos release Ingot uses unless told otherwise: v1.13.9, the newest stable release. */
  public static final TalosVersion DEFAULT = of("v1.13.9");

  /** Checks the numbers. */
  public TalosVersion {
    SemVer.requireValid(major, minor, patch, preRelease);
  }

  /**
   * Parses {@code v1.13.9}; the leading {@code v} is optional.
   *
   * @throws IllegalArgumentException when the text is not a version
   */
  public static TalosVersion of(String text) {
    Matcher m = SemVer.parse(text, "Talos", "v1.13.9");
    return new TalosVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)), m.group(4) == null ? "" : m.group(4));
  }

  /** True when this release is {@code other} or newer. */
  public boolean isAtLeast(TalosVersion other) {
    return compareTo(other) >= 0;
  }

  /** True when this release is older than {@code other}. */
  public boolean isBefore(TalosVersion other) {
    return compareTo(other) < 0;
  }

  /** True for a pre-release (alpha, beta, release candidate). */
  public boolean isPreRelease() {
    return !preRelease.isEmpty();
  }

  /** The release line, {@code v1.13}: the machine configuration contract of this release. */
  public String line() {
    return "v" + major + "." + minor;
  }

  /** The Kubernetes releases this Talos release line supports, when Ingot knows them. */
  public Optional<KubernetesRange> kubernetes() {
    return SupportMatrix.kubernetes(this);
  }

  /** True when this Talos release supports {@code kubernetes}; false when the line is unknown to Ingot. */
  public boolean supports(KubernetesVersion kubernetes) {
    return kubernetes().map(range -> range.contains(kubernetes)).orElse(false);
  }

  @Override
  public int compareTo(TalosVersion o) {
    return SemVer.compare(new int[] {major, minor, patch}, preRelease, new int[] {o.major, o.minor, o.patch}, o.preRelease);
  }

  /** The version as Talos writes it, with a leading {@code v}: {@code v1.13.9}. */
  @Override
  public String toString() {
    return "v" + SemVer.format(major, minor, patch, preRelease);
  }
}
