package dev.ingot.talos.schematic;

import static dev.ingot.talos.schematic.OfficialExtension.GVISOR;
import static dev.ingot.talos.schematic.OfficialExtension.INTEL_UCODE;
import static dev.ingot.talos.schematic.OfficialExtension.ISCSI_TOOLS;
import static dev.ingot.talos.schematic.OfficialExtension.MULTIPATH_TOOLS;
import static dev.ingot.talos.schematic.OfficialExtension.NVME_CLI;
import static dev.ingot.talos.schematic.OfficialExtension.QEMU_GUEST_AGENT;
import static dev.ingot.talos.schematic.OfficialExtension.UTIL_LINUX_TOOLS;
import static dev.ingot.talos.schematic.OfficialExtension.VMTOOLSD_GUEST_AGENT;
import static dev.ingot.talos.schematic.OfficialExtension.XEN_GUEST_AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The IDs computed offline equal the IDs the Image Factory published for the same schematics.
 * Each case names where the pair was published; "docs" is siderolabs/docs at 5debdd92
 * (2026-08-19), "image-factory" is siderolabs/image-factory at 26b95cac (2026-08-21). Every pair
 * was checked to list the same extensions (in the published order, which is sorted) and kernel
 * arguments as the schematic built here.
 */
class PublishedSchematicIdTest {
  static Stream<Arguments> published() {
    return Stream.of(
        pair("image-factory pkg/schematic/schematic_test.go:28 (TestID \"empty\"); docs"
                + " public/talos/v1.13/learn-more/image-factory.mdx (\"vanilla\" schematic)",
            TalosSchematic.vanilla(),
            "376567988ad370138ad8b2698212367b8edcb69b5fd68c80be1f2ec7d603b4ba"),
        pair("image-factory pkg/schematic/schematic_test.go:37 (TestID \"config1\")",
            TalosSchematic.vanilla().kernelArgs("noapic", "nolapic"),
            "9cba8e32753f91a16c1837ab8abf356af021706ef284aef07380780177d9a06c"),
        pair("image-factory pkg/schematic/schematic_test.go:51 (TestID \"meta\")",
            TalosSchematic.vanilla().meta(0x0a, "foo"),
            "d308a2a5ee2277bed5fbaa104fcbc8d59122abfa737df987a95b4ca763459a7f"),
        pair("image-factory pkg/schematic/schematic_test.go:62 (TestID \"secureboot\")",
            TalosSchematic.vanilla().secureBoot(SecureBoot.on().withWellKnownCertificates()),
            "fa8e05f142a851d3ee568eb0a8e5841eaf6b0ebc8df9a63df16ac5ed2c04f3e6"),
        pair("image-factory pkg/schematic/schematic_test.go:73 (TestID \"4k sector disk image\")",
            TalosSchematic.vanilla().sectorSize(4096),
            "92833e9ddd9bb9e11b2464fa5525429f01866306d52ebd882ee08d7918f6d1ea"),
        pair("image-factory pkg/schematic/schematic_test.go:128 (TestUnmarshalID \"overlay\"); terraform-provider-talos"
                + " pkg/talos/talos_image_factory_urls_data_source_test.go (rpi_generic sbc)",
            TalosSchematic.vanilla().overlay(Overlay.of("siderolabs/sbc-raspberrypi", "rpi_generic")),
            "ee21ef4a5ef808a9b7484cc0dda0f25075021691c8c09a276591eedb638ea1f9"),
        pair("budimanjojo/talhelper docs/docs/guides.md at d0f1c3e7, \"Adding Talos extensions and kernel arguments\"",
            TalosSchematic.with(INTEL_UCODE).kernelArgs("net.ifnames=0"),
            "9e8cc193609699825d61c039c7738d81cf29c7b20f2a91d8f5c540511b9ea0b4"),
        pair("docs public/talos/v1.13/platform-specific-installations/boot-assets.mdx:77 (bare-metal.yaml)",
            TalosSchematic.with(GVISOR, INTEL_UCODE).kernelArgs("net.ifnames=0"),
            "b8e8fbbe1b520989e6c52c8dc8303070cb42095997e76e812fa8892393e1d176"),
        pair("docs public/talos/v1.13/platform-specific-installations/boot-assets.mdx:218 (aws.yaml)",
            TalosSchematic.with(GVISOR),
            "d9ff89777e246792e7642abd3220a616afb4e49822382e4213a2e528ab826fe5"),
        pair("docs public/talos/v1.13/platform-specific-installations/virtualized-platforms/proxmox.mdx:57",
            TalosSchematic.with(QEMU_GUEST_AGENT),
            "ce4c980550dd2ab1b17bbf2b08801c7eb59418eafe8f279833297925d67c7515"),
        pair("docs public/kubernetes-guides/csi/longhorn.mdx:29",
            TalosSchematic.with(UTIL_LINUX_TOOLS, ISCSI_TOOLS),
            "613e1592b2da41ae5e265e8789429f22e121aab91cb4deb6bc3c0b6262961245"),
        pair("docs public/kubernetes-guides/csi/dell-powerstore.mdx:29",
            TalosSchematic.with(NVME_CLI, MULTIPATH_TOOLS, ISCSI_TOOLS, UTIL_LINUX_TOOLS),
            "4f50d1375e1c91b2bcac34a8a99ccc83ab9220f7f1ab65172ccff510bb926b4b"),
        pair("docs public/talos/v1.13/platform-specific-installations/virtualized-platforms/xenorchestra.mdx:48",
            TalosSchematic.with(XEN_GUEST_AGENT),
            "53b20d86399013eadfd44ee49804c1fef069bfdee3b43f3f3f5a2f57c03338ac"),
        pair("docs public/talos/v1.13/platform-specific-installations/virtualized-platforms/vmware.mdx:171",
            TalosSchematic.with(VMTOOLSD_GUEST_AGENT),
            "903b2da78f99adef03cbbd4df6714563823f63218508800751560d3bc3557e40"),
        pair("docs public/omni/omni-cluster-setup/how-to-set-initial-machine-labels.mdx:129",
            TalosSchematic.vanilla()
                .kernelArgs("siderolink.api=grpc://YOUR_INSTANCE.siderolink.omni.siderolabs.io?grpc_tunnel=true"
                        + "&jointoken=YOUR_JOIN_TOKEN",
                    "talos.events.sink=[fdae:41e4:649b:9303::1]:8090",
                    "talos.logging.kernel=tcp://[fdae:41e4:649b:9303::1]:8092")
                .meta(12, "machineLabels:\n    environment: production\n    region: us-west\n"),
            "d2f4229b6157ba7e1dba8c3b4de42263e4baa35111e960b6a18841332d0f2035"),
        pair("docs public/talos/v1.13/platform-specific-installations/single-board-computers/rockpi_4.mdx:33",
            TalosSchematic.vanilla().overlay(Overlay.of("siderolabs/sbc-rockchip", "rockpi4")),
            "25d2690bb48685de5939edd6dee83a0e09591311e64ad03c550de00f8a521f51"),
        pair("docs public/talos/v1.13/platform-specific-installations/single-board-computers/pine64.mdx:33",
            TalosSchematic.vanilla().overlay(Overlay.of("siderolabs/sbc-allwinner", "pine64")),
            "185431e0f0bf34c983c6f47f4c6d3703aa2f02cd202ca013216fd71ffc34e175"),
        pair("docs public/talos/v1.13/platform-specific-installations/single-board-computers/jetson_nano.mdx:94",
            TalosSchematic.vanilla().overlay(Overlay.of("siderolabs/sbc-jetson", "jetson_nano")),
            "c7d6f36c6bdfb45fd63178b202a67cff0dd270262269c64886b43f76880ecf1e"),
        pair("docs public/talos/v1.13/platform-specific-installations/single-board-computers/nanopi_r4s.mdx:33",
            TalosSchematic.vanilla().overlay(Overlay.of("siderolabs/sbc-rockchip", "nanopi-r4s")),
            "5f74a09891d5830f0b36158d3d9ea3b1c9cc019848ace08ff63ba255e38c8da4"));
  }

  private static Arguments pair(String source, TalosSchematic schematic, String id) {
    return Arguments.of(source, schematic, id);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("published")
  void reproducesThePublishedId(String source, TalosSchematic schematic, String id) {
    assertThat(schematic.id()).as(source).isEqualTo(id);
  }
}
