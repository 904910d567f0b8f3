package dev.ingot.proxmox;

/**
 * The major and minor version of the kernel a node boots, e.g. {@code 6.14} for Proxmox VE 9.0.
 *
 * @param major the major version
 * @param minor the minor version
 */
public record KernelVersion(int major, int minor) implements Comparable<KernelVersion> {
  /** The default kernel of Proxmox VE 9.0. */
  public static final KernelVersion PVE_9 = new KernelVersion(6, 14);

  /** Kernel {@code major.minor}. */
  public static KernelVersion of(int major, int minor) {
    return new KernelVersion(major, minor);
  }

  /** True when this kernel is {@code major.minor} or newer. */
  public boolean atLeast(int major, int minor) {
    return compareTo(new KernelVersion(major, minor)) >= 0;
  }

  @Override
  public int compareTo(KernelVersion other) {
    return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
