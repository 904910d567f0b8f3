package dev.ingot.talos.schematic;

import dev.ingot.talos.TalosVersion;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the Image Factory serves the images of one schematic for one Talos release, platform
 * and architecture: ISO, disk image, installer image, PXE script, kernel, initramfs, UKI. The
 * paths follow the Factory's HTTP routes ({@code /image/<id>/<version>/<file>},
 * {@code /pxe/<id>/<version>/<platform>-<arch>}) and registry names.
 *
 * @param factory the Image Factory
 * @param schematicId the schematic ID, 64 lower-case hex digits
 * @param version the Talos release
 * @param platform the platform
 * @param arch the architecture
 * @param secureBoot true for the secure boot images and installer
 */
public record FactoryUrls(ImageFactory factory, String schematicId, TalosVersion version, TalosPlatform platform,
    Architecture arch, boolean secureBoot) {
  private static final Pattern ID = Pattern.compile("[0-9a-f]{64}");
  private static final TalosVersion UNIFIED_INSTALLER = TalosVersion.of("v1.10.0");

  /** Checks for null and the form of the ID. */
  public FactoryUrls {
    Objects.requireNonNull(factory, "factory");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(arch, "arch");
    if (schematicId == null || !ID.matcher(schematicId).matches()) {
      throw new IllegalArgumentException("\"" + schematicId + "\" is not a schematic ID (64 lower-case hex digits)");
    }
  }

  /** These URLs for another architecture. */
  public FactoryUrls arch(Architecture other) {
    return new FactoryUrls(factory, schematicId, version, platform, other, secureBoot);
  }

  /** These URLs with or without secure boot. */
  public FactoryUrls secureBoot(boolean enabled) {
    return new FactoryUrls(factory, schematicId, version, platform, arch, enabled);
  }

  /** The ISO: {@code …/image/<id>/v1.13.9/metal-amd64.iso}. */
  public String iso() {
    return image(platformArch() + ".iso");
  }

  /**
   * The disk image in the platform's default format ({@code raw.zst} for metal, {@code raw.xz} for nocloud).
   *
   * @throws IllegalStateException for platforms without disk images (Equinix Metal, Vultr)
   */
  public String diskImage() {
    return diskImage(platform.defaultDiskImage().orElseThrow(() -> new IllegalStateException(
        "platform " + platform.id() + " has no disk image; boot it from an ISO or over PXE")));
  }

  /** The disk image in {@code format}: {@code …/image/<id>/v1.13.9/nocloud-amd64.raw.zst}. */
  public String diskImage(DiskImageFormat format) {
    return image(platformArch() + "." + format.suffix());
  }

  /**
   * The installer image as the Image Factory's own wizard shows it: from Talos v1.10 on, the
   * platform's unified installer {@code factory.talos.dev/metal-installer[-secureboot]/<id>:v1.13.9};
   * before, {@code factory.talos.dev/installer[-secureboot]/<id>:<version>}. The registry serves
   * both names for every release; see {@link #platformInstaller()}.
   */
  public String installer() {
    return version.isAtLeast(UNIFIED_INSTALLER) ? platformInstaller() : installerImage("installer");
  }

  /**
   * The platform's installer image whatever the release,
   * {@code factory.talos.dev/<platform>-installer[-secureboot]/<id>:<version>}: the form the
   * Terraform provider's {@code talos_image_factory_urls} prints.
   */
  public String platformInstaller() {
    return installerImage(platform.id() + "-installer");
  }

  /** The iPXE script: {@code https://pxe.factory.talos.dev/pxe/<id>/v1.13.9/metal-amd64}. */
  public String pxe() {
    return factory.pxeUrl() + "/pxe/" + schematicId + "/" + version + "/" + platformArch();
  }

  /** The kernel: {@code …/kernel-amd64}. */
  public String kernel() {
    return image("kernel-" + arch.id());
  }

  /** The kernel command line of the platform: {@code …/cmdline-metal-amd64}. */
  public String kernelCommandLine() {
    return image("cmdline-" + platformArch());
  }

  /** The initramfs: {@code …/initramfs-amd64.xz}. */
  public String initramfs() {
    return image("initramfs-" + arch.id() + ".xz");
  }

  /** The unified kernel image: {@code …/metal-amd64-secureboot-uki.efi}. */
  public String uki() {
    return image(platformArch() + "-uki.efi");
  }

  private String image(String file) {
    return factory.url() + "/image/" + schematicId + "/" + version + "/" + file;
  }

  private String installerImage(String name) {
    return factory.registry() + "/" + name + (secureBoot ? "-secureboot" : "") + "/" + schematicId + ":" + version;
  }

  private String platformArch() {
    return platform.id() + "-" + arch.id() + (secureBoot ? "-secureboot" : "");
  }
}
