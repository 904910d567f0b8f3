package dev.ingot.proxmox;

/** The maker of a node's CPU; it decides which IOMMU kernel arguments the host needs. */
public enum CpuVendor {
  /** AMD: the IOMMU is on by default; {@code amd_iommu=on} does nothing and is never written. */
  AMD,
  /** Intel: the IOMMU is on by default from kernel 6.8; older kernels need {@code intel_iommu=on}. */
  INTEL
}
