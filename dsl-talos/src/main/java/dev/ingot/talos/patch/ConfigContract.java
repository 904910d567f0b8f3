package dev.ingot.talos.patch;

import dev.ingot.talos.TalosVersion;

/**
 * The machine configuration contract a cluster's configuration is generated for: the Talos
 * release line whose configuration format the Terraform provider writes. It is the cluster's
 * Talos line, but never newer than the Talos machinery the provider is built with, because
 * machinery only generates configuration for its own line and older ones
 * ({@code pkg/machinery/config/contract.go} of siderolabs/talos). Patches follow the contract:
 * each setting is written where that configuration format keeps it.
 *
 * @param major the major number (1)
 * @param minor the minor number of the release line
 */
public record ConfigContract(int major, int minor) implements Comparable<ConfigContract> {
  /** Checks the numbers. */
  public ConfigContract {
    if (major < 0 || minor < 0) {
      throw new IllegalArgumentException("contract numbers must not be negative");
    }
  }

  /** The contract for a cluster of {@code talos} configured by a provider built with {@code machinery}. */
  public static ConfigContract of(TalosVersion talos, TalosVersion machinery) {
    ConfigContract wanted = new ConfigContract(talos.major(), talos.minor());
    ConfigContract possible = new ConfigContract(machinery.major(), machinery.minor());
    return wanted.compareTo(possible) <= 0 ? wanted : possible;
  }

  /** The contract of release line {@code v1.minor}. */
  public static ConfigContract v1(int minor) {
    return new ConfigContract(1, minor);
  }

  /** True from Talos v1.10 on: {@code UserVolumeConfig} documents replace {@code machine.disks}. */
  public boolean userVolumes() {
    return atLeast(10);
  }

  /**
   * True from Talos v1.12 on: the generated configuration holds network documents
   * ({@code HostnameConfig}), so the hostname and the shared VIP are set with
   * {@code HostnameConfig} and {@code Layer2VIPConfig} instead of {@code machine.network}.
   */
  public boolean multidocNetwork() {
    return atLeast(12);
  }

  /**
   * True from Talos v1.14 on: Kubernetes, kubelet, kernel module, sysctl and install settings
   * live in their own documents ({@code KubeNodeConfig}, {@code KubeletConfig},
   * {@code KernelModuleConfig}, {@code SysctlConfig}, {@code UnattendedInstallConfig}, …), and a
   * deprecated {@code v1alpha1} field together with its replacement document is rejected.
   */
  public boolean multidocKubernetes() {
    return atLeast(14);
  }

  private boolean atLeast(int line) {
    return major > 1 || (major == 1 && minor >= line);
  }

  @Override
  public int compareTo(ConfigContract o) {
    return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
  }

  /** The contract as the provider's {@code talos_version} takes it: {@code v1.13}. */
  @Override
  public String toString() {
    return "v" + major + "." + minor;
  }
}
