package dev.ingot.talos.schematic;

import java.util.Optional;

/**
 * A platform Talos images are built for, with what the Image Factory offers for it
 * ({@code pkg/machinery/platforms/platforms.go} of siderolabs/talos v1.13.9). On Proxmox use
 * {@link #METAL} (configuration applied over the network or from an ISO) or {@link #NOCLOUD}
 * (configuration and network settings from a cloud-init drive).
 */
public enum TalosPlatform {
  /** Bare metal and generic virtual machines. */
  METAL("metal", DiskImageFormat.RAW_ZST, true, true),
  /** Hypervisors with nocloud metadata (Proxmox cloud-init drives). */
  NOCLOUD("nocloud", DiskImageFormat.RAW_XZ, true, true),
  /** Amazon Web Services. */
  AWS("aws", DiskImageFormat.RAW_XZ, false, true),
  /** Google Cloud. */
  GCP("gcp", DiskImageFormat.RAW_TAR_GZ, false, true),
  /** Equinix Metal; PXE only. */
  EQUINIX_METAL("equinixMetal", null, false, true),
  /** Microsoft Azure. */
  AZURE("azure", DiskImageFormat.VHD_XZ, true, true),
  /** DigitalOcean. */
  DIGITAL_OCEAN("digital-ocean", DiskImageFormat.RAW_GZ, false, false),
  /** OpenStack. */
  OPENSTACK("openstack", DiskImageFormat.RAW_XZ, false, true),
  /** VMware ESXi. */
  VMWARE("vmware", DiskImageFormat.OVA, false, true),
  /** Akamai (Linode). */
  AKAMAI("akamai", DiskImageFormat.RAW_GZ, false, false),
  /** Apache CloudStack. */
  CLOUDSTACK("cloudstack", DiskImageFormat.RAW_GZ, true, true),
  /** Hetzner Cloud. */
  HCLOUD("hcloud", DiskImageFormat.RAW_XZ, false, false),
  /** Oracle Cloud. */
  ORACLE("oracle", DiskImageFormat.QCOW2, false, true),
  /** UpCloud. */
  UPCLOUD("upcloud", DiskImageFormat.RAW_XZ, false, false),
  /** Vultr; ISO or PXE only. */
  VULTR("vultr", null, false, false),
  /** Exoscale. */
  EXOSCALE("exoscale", DiskImageFormat.QCOW2, false, true),
  /** OpenNebula. */
  OPENNEBULA("opennebula", DiskImageFormat.RAW_ZST, false, true),
  /** Scaleway. */
  SCALEWAY("scaleway", DiskImageFormat.RAW_ZST, false, true);

  private final String id;
  private final DiskImageFormat diskImage;
  private final boolean secureBoot;
  private final boolean arm64;

  TalosPlatform(String id, DiskImageFormat diskImage, boolean secureBoot, boolean arm64) {
    this.id = id;
    this.diskImage = diskImage;
    this.secureBoot = secureBoot;
    this.arm64 = arm64;
  }

  /** The name in image file names and installer images: {@code metal}, {@code nocloud}. */
  public String id() {
    return id;
  }

  /** The disk image format the Image Factory suggests for this platform, if it has disk images. */
  public Optional<DiskImageFormat> defaultDiskImage() {
    return Optional.ofNullable(diskImage);
  }

  /** True when the Image Factory builds secure boot images for this platform. */
  public boolean supportsSecureBoot() {
    return secureBoot;
  }

  /** True when the Image Factory builds images for {@code arch} on this platform. */
  public boolean supports(Architecture arch) {
    return arch == Architecture.AMD64 || arm64;
  }
}
