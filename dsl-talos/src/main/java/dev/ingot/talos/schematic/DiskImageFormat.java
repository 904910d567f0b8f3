package dev.ingot.talos.schematic;

import java.util.Optional;

/**
 * The file format of a disk image from the Image Factory, which builds any platform in any of
 * these formats ({@code <platform>-<arch>.<format>}).
 *
 * <p>For Proxmox, whose {@code download-url} can decompress only gzip, lzo, zstd and bzip2: use
 * {@link #RAW_ZST} (or {@link #RAW_GZ}) with {@link #proxmoxDecompression()}, or {@link #QCOW2}
 * unpacked; the {@code .xz} images that {@link TalosPlatform#NOCLOUD} defaults to cannot be
 * downloaded by Proxmox ({@link #proxmoxDownloadable()} is false).
 */
public enum DiskImageFormat {
  /** Uncompressed raw disk. */
  RAW("raw", true, null),
  /** Raw disk, xz-compressed. */
  RAW_XZ("raw.xz", false, null),
  /** Raw disk, gzip-compressed. */
  RAW_GZ("raw.gz", true, "gz"),
  /** Raw disk, zstd-compressed. */
  RAW_ZST("raw.zst", true, "zst"),
  /** Raw disk in a gzip-compressed tar archive (GCP). */
  RAW_TAR_GZ("raw.tar.gz", false, null),
  /** QCOW2 disk. */
  QCOW2("qcow2", true, null),
  /** VHD disk, xz-compressed (Azure). */
  VHD_XZ("vhd.xz", false, null),
  /** OVA appliance (VMware). */
  OVA("ova", false, null);

  private final String suffix;
  private final boolean proxmoxDownloadable;
  private final String proxmoxDecompression;

  DiskImageFormat(String suffix, boolean proxmoxDownloadable, String proxmoxDecompression) {
    this.suffix = suffix;
    this.proxmoxDownloadable = proxmoxDownloadable;
    this.proxmoxDecompression = proxmoxDecompression;
  }

  /** The file name suffix after the dot: {@code raw.zst}. */
  public String suffix() {
    return suffix;
  }

  /** True when Proxmox can download an image in this format as a usable disk. */
  public boolean proxmoxDownloadable() {
    return proxmoxDownloadable;
  }

  /** The value of Proxmox's {@code decompression_algorithm} for this format, when it is compressed. */
  public Optional<String> proxmoxDecompression() {
    return Optional.ofNullable(proxmoxDecompression);
  }
}
