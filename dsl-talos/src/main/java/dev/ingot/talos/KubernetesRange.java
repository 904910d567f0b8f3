package dev.ingot.talos;

/**
 * The Kubernetes release lines that one Talos release line supports, both ends included:
 * {@code 1.31} to {@code 1.36} for Talos v1.13.
 *
 * @param oldestMinor the minor number of the oldest supported Kubernetes 1.x line
 * @param newestMinor the minor number of the newest supported Kubernetes 1.x line
 */
public record KubernetesRange(int oldestMinor, int newestMinor) {
  /** Checks that the range is not empty. */
  public KubernetesRange {
    if (oldestMinor < 0 || newestMinor < oldestMinor) {
      throw new IllegalArgumentException("empty Kubernetes range 1." + oldestMinor + " to 1." + newestMinor);
    }
  }

  /** True when {@code version} belongs to one of the supported lines (any patch, pre-releases included). */
  public boolean contains(KubernetesVersion version) {
    return version.major() == 1 && version.minor() >= oldestMinor && version.minor() <= newestMinor;
  }

  /** {@code 1.31 to 1.36}. */
  @Override
  public String toString() {
    return "1." + oldestMinor + " to 1." + newestMinor;
  }
}
