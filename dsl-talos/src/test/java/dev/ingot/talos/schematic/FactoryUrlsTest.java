package dev.ingot.talos.schematic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingot.talos.TalosVersion;
import org.junit.jupiter.api.Test;

/**
 * Image URLs. Expected strings come from terraform-provider-talos
 * {@code pkg/talos/talos_image_factory_urls_data_source_test.go} (at 6d1a91c4) unless a case says otherwise.
 */
class FactoryUrlsTest {
  private static final String VANILLA = "376567988ad370138ad8b2698212367b8edcb69b5fd68c80be1f2ec7d603b4ba";
  private static final String IMAGE = "https://factory.talos.dev/image/" + VANILLA + "/v1.7.5/";
  private static final TalosVersion V175 = TalosVersion.of("1.7.5");

  @Test
  void metalPlatform() {
    FactoryUrls urls = ImageFactory.PUBLIC.urls(VANILLA, V175, TalosPlatform.METAL);
    assertThat(urls.platformInstaller()).isEqualTo("factory.talos.dev/metal-installer/" + VANILLA + ":v1.7.5");
    assertThat(urls.secureBoot(true).platformInstaller())
        .isEqualTo("factory.talos.dev/metal-installer-secureboot/" + VANILLA + ":v1.7.5");
    assertThat(urls.iso()).isEqualTo(IMAGE + "metal-amd64.iso");
    assertThat(urls.secureBoot(true).iso()).isEqualTo(IMAGE + "metal-amd64-secureboot.iso");
    assertThat(urls.diskImage()).isEqualTo(IMAGE + "metal-amd64.raw.zst");
    assertThat(urls.secureBoot(true).diskImage()).isEqualTo(IMAGE + "metal-amd64-secureboot.raw.zst");
    assertThat(urls.pxe()).isEqualTo("https://pxe.factory.talos.dev/pxe/" + VANILLA + "/v1.7.5/metal-amd64");
    assertThat(urls.kernel()).isEqualTo(IMAGE + "kernel-amd64");
    assertThat(urls.kernelCommandLine()).isEqualTo(IMAGE + "cmdline-metal-amd64");
    assertThat(urls.initramfs()).isEqualTo(IMAGE + "initramfs-amd64.xz");
    assertThat(urls.secureBoot(true).uki()).isEqualTo(IMAGE + "metal-amd64-secureboot-uki.efi");
  }

  @Test
  void metalPlatformArm64() {
    FactoryUrls urls = ImageFactory.PUBLIC.urls(VANILLA, V175, TalosPlatform.METAL).arch(Architecture.ARM64);
    assertThat(urls.iso()).isEqualTo(IMAGE + "metal-arm64.iso");
    assertThat(urls.secureBoot(true).diskImage()).isEqualTo(IMAGE + "metal-arm64-secureboot.raw.zst");
    assertThat(urls.pxe()).isEqualTo("https://pxe.factory.talos.dev/pxe/" + VANILLA + "/v1.7.5/metal-arm64");
    assertThat(urls.kernel()).isEqualTo(IMAGE + "kernel-arm64");
    assertThat(urls.kernelCommandLine()).isEqualTo(IMAGE + "cmdline-metal-arm64");
    assertThat(urls.initramfs()).isEqualTo(IMAGE + "initramfs-arm64.xz");
    assertThat(urls.secureBoot(true).uki()).isEqualTo(IMAGE + "metal-arm64-secureboot-uki.efi");
  }

  @Test
  void nocloudAndAwsPlatforms() {
    FactoryUrls nocloud = ImageFactory.PUBLIC.urls(VANILLA, V175, TalosPlatform.NOCLOUD);
    assertThat(nocloud.platformInstaller()).isEqualTo("factory.talos.dev/nocloud-installer/" + VANILLA + ":v1.7.5");
    assertThat(nocloud.secureBoot(true).platformInstaller())
        .isEqualTo("factory.talos.dev/nocloud-installer-secureboot/" + VANILLA + ":v1.7.5");
    assertThat(nocloud.iso()).isEqualTo(IMAGE + "nocloud-amd64.iso");
    assertThat(nocloud.secureBoot(true).iso()).isEqualTo(IMAGE + "nocloud-amd64-secureboot.iso");
    assertThat(nocloud.diskImage()).isEqualTo(IMAGE + "nocloud-amd64.raw.xz");
    assertThat(nocloud.secureBoot(true).diskImage()).isEqualTo(IMAGE + "nocloud-amd64-secureboot.raw.xz");
    assertThat(nocloud.pxe()).isEqualTo("https://pxe.factory.talos.dev/pxe/" + VANILLA + "/v1.7.5/nocloud-amd64");
    FactoryUrls aws = ImageFactory.PUBLIC.urls(VANILLA, V175, TalosPlatform.AWS);
    assertThat(aws.platformInstaller()).isEqualTo("factory.talos.dev/aws-installer/" + VANILLA + ":v1.7.5");
    assertThat(aws.diskImage()).isEqualTo(IMAGE + "aws-amd64.raw.xz");
  }

  @Test
  void singleBoardComputer() {
    String rpi = "ee21ef4a5ef808a9b7484cc0dda0f25075021691c8c09a276591eedb638ea1f9";
    FactoryUrls urls = ImageFactory.PUBLIC.urls(rpi, V175, TalosPlatform.METAL).arch(Architecture.ARM64);
    assertThat(urls.platformInstaller()).isEqualTo("factory.talos.dev/metal-installer/" + rpi + ":v1.7.5");
    assertThat(urls.diskImage(DiskImageFormat.RAW_XZ))
        .isEqualTo("https://factory.talos.dev/image/" + rpi + "/v1.7.5/metal-arm64.raw.xz");
  }

  @Test
  void theInstallerFollowsTheFactoryWizard() {
    // Before Talos v1.10 the wizard shows the generic installer; talhelper docs/docs/guides.md shows
    // factory.talos.dev/installer/9e8cc193…:v1.5.4 for its intel-ucode example.
    String intel = "9e8cc193609699825d61c039c7738d81cf29c7b20f2a91d8f5c540511b9ea0b4";
    assertThat(ImageFactory.PUBLIC.urls(intel, TalosVersion.of("v1.5.4"), TalosPlatform.METAL).installer())
        .isEqualTo("factory.talos.dev/installer/" + intel + ":v1.5.4");
    assertThat(ImageFactory.PUBLIC.urls(VANILLA, V175, TalosPlatform.NOCLOUD).secureBoot(true).installer())
        .isEqualTo("factory.talos.dev/installer-secureboot/" + VANILLA + ":v1.7.5");
    // From v1.10 on, the platform installer: siderolabs/docs public/talos/v1.13/platform-specific-installations/
    // virtualized-platforms/xenorchestra.mdx:341 (with release_v1_13 = v1.13.9).
    String xen = "53b20d86399013eadfd44ee49804c1fef069bfdee3b43f3f3f5a2f57c03338ac";
    assertThat(ImageFactory.PUBLIC.urls(xen, TalosVersion.DEFAULT, TalosPlatform.NOCLOUD).secureBoot(true).installer())
        .isEqualTo("factory.talos.dev/nocloud-installer-secureboot/" + xen + ":v1.13.9");
    assertThat(ImageFactory.PUBLIC.urls(xen, TalosVersion.of("v1.10.0-beta.0"), TalosPlatform.NOCLOUD).installer())
        .isEqualTo("factory.talos.dev/installer/" + xen + ":v1.10.0-beta.0");
  }

  @Test
  void aSchematicKnowsItsOwnUrls() {
    TalosSchematic qemu = TalosSchematic.with(OfficialExtension.QEMU_GUEST_AGENT);
    String id = "ce4c980550dd2ab1b17bbf2b08801c7eb59418eafe8f279833297925d67c7515";
    assertThat(qemu.urls().installer()).isEqualTo("factory.talos.dev/metal-installer/" + id + ":v1.13.9");
    assertThat(qemu.urls().iso()).isEqualTo("https://factory.talos.dev/image/" + id + "/v1.13.9/metal-amd64.iso");
    TalosSchematic nocloud = qemu.platform(TalosPlatform.NOCLOUD).secureBoot(SecureBoot.on()).talos("v1.12.11");
    assertThat(nocloud.urls().diskImage(DiskImageFormat.RAW_ZST))
        .isEqualTo("https://factory.talos.dev/image/" + id + "/v1.12.11/nocloud-amd64-secureboot.raw.zst");
  }

  @Test
  void aSelfHostedFactory() {
    ImageFactory lan = ImageFactory.at("https://factory.lan:8443/");
    assertThat(lan).isEqualTo(new ImageFactory("https://factory.lan:8443", "https://pxe.factory.lan:8443"));
    assertThat(lan.registry()).isEqualTo("factory.lan:8443");
    FactoryUrls urls = lan.withPxe("http://boot.lan").urls(VANILLA, TalosVersion.DEFAULT, TalosPlatform.METAL);
    assertThat(urls.installer()).isEqualTo("factory.lan:8443/metal-installer/" + VANILLA + ":v1.13.9");
    assertThat(urls.iso()).isEqualTo("https://factory.lan:8443/image/" + VANILLA + "/v1.13.9/metal-amd64.iso");
    assertThat(urls.pxe()).isEqualTo("http://boot.lan/pxe/" + VANILLA + "/v1.13.9/metal-amd64");
    assertThatThrownBy(() -> ImageFactory.at("factory.lan"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("url \"factory.lan\" is not an http(s) base URL such as https://factory.talos.dev");
  }

  @Test
  void diskFormatsForProxmox() {
    assertThat(DiskImageFormat.RAW_ZST.proxmoxDecompression()).contains("zst");
    assertThat(DiskImageFormat.RAW_GZ.proxmoxDecompression()).contains("gz");
    assertThat(DiskImageFormat.QCOW2.proxmoxDecompression()).isEmpty();
    assertThat(DiskImageFormat.QCOW2.proxmoxDownloadable()).isTrue();
    assertThat(DiskImageFormat.RAW_XZ.proxmoxDownloadable()).isFalse();
    assertThat(TalosPlatform.NOCLOUD.defaultDiskImage()).contains(DiskImageFormat.RAW_XZ);
    assertThatThrownBy(() -> ImageFactory.PUBLIC.urls(VANILLA, V175, TalosPlatform.VULTR).diskImage())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("platform vultr has no disk image; boot it from an ISO or over PXE");
    assertThatThrownBy(() -> ImageFactory.PUBLIC.urls("abc", V175, TalosPlatform.METAL))
        .hasMessage("\"abc\" is not a schematic ID (64 lower-case hex digits)");
  }
}
