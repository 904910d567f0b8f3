package dev.ingot.talos;

import java.util.Optional;

/**
 * Which Kubernetes lines each Talos line supports, as Talos itself enforces it: the
 * {@code MinimumKubernetesVersion}/{@code MaximumKubernetesVersion} pairs in
 * {@code pkg/machinery/compatibility/talosNNN} of siderolabs/talos (v1.6 to v1.13 at tag v1.13.9,
 * v1.14 at tag v1.14.0-rc.1). The published support matrices (siderolabs/docs
 * {@code public/talos/vX.Y/getting-started/support-matrix.mdx}) agree for v1.6 to v1.13; for
 * v1.14 the page lists 1.33 to 1.37 while the code accepts 1.32 too, and the code is what
 * {@code talosctl} and the Terraform provider check.
 */
public final class SupportMatrix {
  private SupportMatrix() {}

  /** The supported Kubernetes lines of {@code talos}'s release line, or empty when Ingot does not know it. */
  public static Optional<KubernetesRange> kubernetes(TalosVersion talos) {
    if (talos.major() != 1) {
      return Optional.empty();
    }
    return switch (talos.minor()) {
      case 6 -> range(24, 29);
      case 7 -> range(25, 30);
      case 8 -> range(26, 31);
      case 9 -> range(27, 32);
      case 10 -> range(28, 33);
      case 11 -> range(29, 34);
      case 12 -> range(30, 35);
      case 13 -> range(31, 36);
      case 14 -> range(32, 37);
      default -> Optional.empty();
    };
  }

  private static Optional<KubernetesRange> range(int oldest, int newest) {
    return Optional.of(new KubernetesRange(oldest, newest));
  }
}
