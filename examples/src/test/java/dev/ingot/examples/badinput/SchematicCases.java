package dev.ingot.examples.badinput;

import static dev.ingot.examples.badinput.BadInput.bad;
import static dev.ingot.examples.badinput.Fixture.BASE;
import static dev.ingot.examples.badinput.Fixture.GPU;
import static dev.ingot.examples.badinput.Fixture.PVE;
import static dev.ingot.examples.badinput.Fixture.TALOS;
import static dev.ingot.examples.badinput.Fixture.TANK;
import static dev.ingot.examples.badinput.Fixture.UBUNTU;
import static dev.ingot.examples.badinput.Fixture.cluster;
import static dev.ingot.examples.badinput.Fixture.site;
import static dev.ingot.examples.badinput.Fixture.worker;
import static dev.ingot.talos.schematic.OfficialExtension.AMD_UCODE;
import static dev.ingot.talos.schematic.OfficialExtension.ISCSI_TOOLS;
import static dev.ingot.talos.schematic.OfficialExtension.NONFREE_KMOD_NVIDIA_PRODUCTION;
import static dev.ingot.talos.schematic.OfficialExtension.NVIDIA_CONTAINER_TOOLKIT_LTS;
import static dev.ingot.talos.schematic.OfficialExtension.NVIDIA_CONTAINER_TOOLKIT_PRODUCTION;
import static dev.ingot.talos.schematic.OfficialExtension.NVIDIA_OPEN_GPU_KERNEL_MODULES_PRODUCTION;
import static dev.ingot.talos.schematic.OfficialExtension.QEMU_GUEST_AGENT;

import dev.ingot.core.Infra;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.talos.image.TalosGoldenImage;
import dev.ingot.talos.schematic.Overlay;
import dev.ingot.talos.schematic.SecureBoot;
import dev.ingot.talos.schematic.SystemExtension;
import dev.ingot.talos.schematic.TalosPlatform;
import dev.ingot.talos.schematic.TalosSchematic;
import java.util.List;

/** Talos Image Factory schematics and the Talos golden image built from one. */
final class SchematicCases {
  private SchematicCases() {}

  /** The cases of this area, each with every problem it must report. */
  static List<BadInput> cases() {
    return List.of(
        bad("a schematic name with a space, an extension twice, whitespace in a kernel argument",
            () -> site(TalosSchematic.with(QEMU_GUEST_AGENT, QEMU_GUEST_AGENT).named("Base Image")
                .kernelArgs("console=ttyS0 net.ifnames=0", "")), """
            error: talos schematic "Base Image": "Base Image" is not a valid name: use 1 to 63 lower-case letters, \
            digits and hyphens, starting and ending with a letter or digit
            error: talos schematic "Base Image" › extensions[1]: siderolabs/qemu-guest-agent is listed twice (first as \
            extensions[0])
            error: talos schematic "Base Image" › extraKernelArgs[0]: "console=ttyS0 net.ifnames=0" holds whitespace: \
            give each kernel argument separately, kernelArgs("console=ttyS0", "net.ifnames=0")
            error: talos schematic "Base Image" › extraKernelArgs[1]: a kernel argument must not be empty
            """),
        bad("a schematic name that is a path", () -> site(BASE.named("../base")), """
            error: talos schematic "../base": "../base" is not a valid name: use 1 to 63 lower-case letters, digits \
            and hyphens, starting and ending with a letter or digit
            """),
        bad("the GPU worker's schematic is derived from the base and keeps its name",
            () -> site(cluster().worker("gpu-1", w -> worker(21).apply(w).passthrough(GPU)
                .schematic(BASE.plus(NVIDIA_OPEN_GPU_KERNEL_MODULES_PRODUCTION, NVIDIA_CONTAINER_TOOLKIT_PRODUCTION)))),
            """
            error: talos cluster "homelab" › group "gpu-1" › schematic: schematic "base" differs from the schematic of \
            that name at talos cluster "homelab" › schematic, and both would be talos/schematics/base.yaml: give this \
            one its own name with named(…)
            """),
        bad("the Talos golden image and the cluster boot different schematics of one name",
            () -> site(TALOS, cluster().schematic(BASE.plus(AMD_UCODE))), """
            error: talos cluster "homelab" › schematic: schematic "base" differs from the schematic of that name at \
            talos golden image "talos" › schematic, and both would be talos/schematics/base.yaml: give this one its \
            own name with named(…)
            """),
        bad("a schematic of the site differs from the cluster's of that name",
            () -> site(cluster(), TalosSchematic.with(QEMU_GUEST_AGENT).named("base")), """
            error: talos schematic "base": schematic "base" differs from the schematic of that name at talos cluster \
            "homelab" › schematic, and both would be talos/schematics/base.yaml: give this one its own name with \
            named(…)
            """),
        bad("a misspelled official extension", () -> site(TalosSchematic.with(QEMU_GUEST_AGENT,
            SystemExtension.official("siderolabs/iscsi-tool")).named("base")), """
            error: talos schematic "base" › extensions[1]: siderolabs/iscsi-tool is not an official extension of Talos \
            v1.13.9; check the spelling, or use SystemExtension.unlisted("siderolabs/iscsi-tool") for an extension \
            newer than Ingot's catalog
            """),
        bad("META keys out of range and twice, an odd sector size", () -> site(BASE.meta(300, "a").meta(300, "b")
            .sectorSize(1000)), """
            error: talos schematic "base" › meta[0] › key: META key 300 is out of range: keys are 0 to 255
            error: talos schematic "base" › meta[1] › key: META key 300 is out of range: keys are 0 to 255
            error: talos schematic "base" › meta[1] › key: META key 300 is already set by meta[0]
            error: talos schematic "base" › sectorSize: sector size 1000 is not supported: use 512 or 4096
            """),
        bad("open and proprietary NVIDIA modules with an LTS toolkit", () -> site(TalosSchematic.with(
            NVIDIA_OPEN_GPU_KERNEL_MODULES_PRODUCTION, NONFREE_KMOD_NVIDIA_PRODUCTION, NVIDIA_CONTAINER_TOOLKIT_LTS)
            .named("gpu")), """
            error: talos schematic "gpu" › extensions[1]: siderolabs/nonfree-kmod-nvidia-production cannot be combined \
            with siderolabs/nvidia-open-gpu-kernel-modules-production (extensions[0]): choose the open or the \
            proprietary NVIDIA kernel modules
            error: talos schematic "gpu" › extensions[2]: siderolabs/nvidia-container-toolkit-lts is of the LTS driver \
            branch but siderolabs/nvidia-open-gpu-kernel-modules-production (extensions[0]) is of the production \
            branch: use one branch for all NVIDIA extensions
            """),
        bad("the NVIDIA toolkit without kernel modules", () -> site(BASE.plus(NVIDIA_CONTAINER_TOOLKIT_PRODUCTION)
            .named("gpu")), """
            error: talos schematic "gpu" › extensions[3]: siderolabs/nvidia-container-toolkit-production needs NVIDIA \
            kernel modules: add siderolabs/nvidia-open-gpu-kernel-modules-production (open) or \
            siderolabs/nonfree-kmod-nvidia-production (proprietary)
            """),
        bad("secure boot for a platform without secure boot images", () -> site(BASE.secureBoot(SecureBoot.on())
            .platform(TalosPlatform.HCLOUD)), """
            error: talos schematic "base" › secureBoot: platform hcloud has no secure boot images; the Image Factory \
            builds them for metal, nocloud, azure, cloudstack
            """),
        bad("an overlay without image or name, for a Talos release before overlays",
            () -> site(TalosSchematic.vanilla().named("rpi").overlay(Overlay.of("", " ")).talos("v1.6.7")), """
            error: talos schematic "rpi" › overlay › image: an overlay needs its image, e.g. siderolabs/sbc-raspberrypi
            error: talos schematic "rpi" › overlay › name: an overlay needs its name, e.g. rpi_generic
            error: talos schematic "rpi" › overlay: overlays need Talos v1.7.0 or later, not v1.6.7
            """),
        bad("the Talos golden image schematic lacks the guest agent, and the image has no place",
            () -> site(TalosGoldenImage.of(TalosSchematic.with(ISCSI_TOOLS).named("storage"))), """
            error: talos golden image "talos" › schematic: Packer finds the build VM through the QEMU guest agent and \
            the template keeps it enabled, so schematic storage needs siderolabs/qemu-guest-agent
            error: talos golden image "talos" › node: the image needs a Proxmox node to be built on: on(pve)
            error: talos golden image "talos" › storage: the image needs a storage for its disks: storage(pool)
            error: talos golden image "talos" › vmId: the template needs a VM id, which its clones refer to: vmId(9100)
            """),
        bad("the Talos golden image is built on a node without API endpoint", () -> Infra.named("homelab").with(
            ProxmoxNode.named("pve").cpu(PVE.cpu()).memory(Size.gib(96)), TALOS.storage(TANK.storage()).on(
                ProxmoxNode.named("pve").cpu(PVE.cpu()).memory(Size.gib(96)))), """
            error: node "pve" › endpoint: set the API endpoint, e.g. endpoint("https://pve.lan:8006/")
            error: talos golden image "talos" › node: node pve has no API endpoint for Packer: give it \
            endpoint("https://…:8006/")
            """),
        bad("the Talos golden image takes the VM id of the Ubuntu image, declared before it",
            () -> site(UBUNTU, TALOS.vmId(9001)), """
            error: talos golden image "talos" › vmId: VM id 9001 is also the id of golden image "ubuntu-24.04-golden"
            """),
        bad("the Talos golden image keeps its ISO on tank, with a VM id of 99 and a 4 GiB disk",
            () -> site(TALOS.isoStorage(TANK.storage()).vmId(99).disk(Size.gib(4))), """
            error: talos golden image "talos" › isoStorage: the live ISO needs a storage that allows ISO images, such \
            as local
            error: talos golden image "talos" › vmId: 99 is not a VM id: use a number from 100 to 999999999
            error: talos golden image "talos" › diskSize: Talos needs a system disk of at least 10 GiB
            """));
  }
}
