/**
 * PCI passthrough: devices with all their functions, their cluster resource mappings and the host
 * preparation that binds them to {@code vfio-pci}.
 *
 * <p>IOMMU kernel arguments follow pve-docs (9.1): with AMD CPUs the IOMMU is on by default, and
 * {@code amd_iommu=on} does nothing, so it is never written; Intel CPUs need {@code intel_iommu=on}
 * only with kernels before 6.8, i.e. not on Proxmox VE 9 (kernel 6.14 and newer), so it is written
 * only for an Intel node whose {@link dev.ingot.proxmox.KernelVersion} is older.
 * {@code iommu=pt} is opt-in per node. The modules {@code vfio}, {@code vfio_iommu_type1} and
 * {@code vfio_pci} load from {@code /etc/modules-load.d/vfio.conf}; {@code /etc/modprobe.d/vfio.conf}
 * holds {@code options vfio-pci ids=…}, {@code softdep <driver> pre: vfio-pci} for the drivers that
 * would claim the functions, and the blacklist; the initramfs is rebuilt after any change.
 *
 * <p>VMs use devices by mapping name, which works with API tokens (raw {@code hostpci} ids need
 * root password authentication). Proxmox checks a mapping's vendor:device id, subsystem id and
 * IOMMU group against the hardware when a VM starts; a device without the latter two draws a
 * warning.
 */
package dev.ingot.proxmox.pci;
