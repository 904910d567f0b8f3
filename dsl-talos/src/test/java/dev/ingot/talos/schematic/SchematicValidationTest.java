package dev.ingot.talos.schematic;

import static dev.ingot.talos.schematic.OfficialExtension.HARBOR_CREDENTIAL_PROVIDER;
import static dev.ingot.talos.schematic.OfficialExtension.ISCSI_TOOLS;
import static dev.ingot.talos.schematic.OfficialExtension.NONFREE_KMOD_NVIDIA_PRODUCTION;
import static dev.ingot.talos.schematic.OfficialExtension.NVIDIA_CONTAINER_TOOLKIT_LTS;
import static dev.ingot.talos.schematic.OfficialExtension.NVIDIA_CONTAINER_TOOLKIT_PRODUCTION;
import static dev.ingot.talos.schematic.OfficialExtension.NVIDIA_FABRICMANAGER_PRODUCTION;
import static dev.ingot.talos.schematic.OfficialExtension.NVIDIA_OPEN_GPU_KERNEL_MODULES_LTS;
import static dev.ingot.talos.schematic.OfficialExtension.NVIDIA_OPEN_GPU_KERNEL_MODULES_PRODUCTION;
import static dev.ingot.talos.schematic.OfficialExtension.QEMU_GUEST_AGENT;
import static dev.ingot.talos.schematic.OfficialExtension.UTIL_LINUX_TOOLS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingot.core.Infra;
import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problem;
import dev.ingot.core.validate.Problems;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per validation rule, each asserting the path and the exact message. */
class SchematicValidationTest {
  private static final Path AT = Path.of("talos schematic", "node");
  private static final Path EXT = AT.field("extensions");

  private static List<Problem> problems(TalosSchematic schematic) {
    Problems problems = new Problems();
    schematic.named("node").validate(AT, problems);
    return problems.report().problems();
  }

  @Test
  void aWorkingSchematicHasNoProblems() {
    TalosSchematic gpu = TalosSchematic.with(QEMU_GUEST_AGENT, ISCSI_TOOLS, UTIL_LINUX_TOOLS)
        .plus(NVIDIA_OPEN_GPU_KERNEL_MODULES_PRODUCTION, NVIDIA_CONTAINER_TOOLKIT_PRODUCTION)
        .kernelArgs("net.ifnames=0").meta(12, "labels").secureBoot(SecureBoot.on()).platform(TalosPlatform.NOCLOUD);
    assertThat(problems(gpu)).isEmpty();
    assertThat(Infra.named("lab").with(gpu.named("gpu")).validate().problems()).isEmpty();
  }

  @Test
  void openAndProprietaryNvidiaModulesExcludeEachOther() {
    assertThat(problems(TalosSchematic.with(NVIDIA_OPEN_GPU_KERNEL_MODULES_PRODUCTION, NONFREE_KMOD_NVIDIA_PRODUCTION,
        NVIDIA_CONTAINER_TOOLKIT_PRODUCTION))).containsExactly(Problem.error(EXT.index(1),
            "siderolabs/nonfree-kmod-nvidia-production cannot be combined with"
                + " siderolabs/nvidia-open-gpu-kernel-modules-production (extensions[0]): choose the open or the"
                + " proprietary NVIDIA kernel modules"));
  }

  @Test
  void nvidiaModulesNeedTheContainerToolkit() {
    assertThat(problems(TalosSchematic.with(NONFREE_KMOD_NVIDIA_PRODUCTION))).containsExactly(Problem.error(
        EXT.index(0), "siderolabs/nonfree-kmod-nvidia-production without the NVIDIA container toolkit leaves the GPU"
            + " unusable by pods: add siderolabs/nvidia-container-toolkit-production"));
  }

  @Test
  void theContainerToolkitAndFabricManagerNeedNvidiaModules() {
    assertThat(problems(TalosSchematic.with(QEMU_GUEST_AGENT, NVIDIA_CONTAINER_TOOLKIT_LTS))).containsExactly(
        Problem.error(EXT.index(1), "siderolabs/nvidia-container-toolkit-lts needs NVIDIA kernel modules: add"
            + " siderolabs/nvidia-open-gpu-kernel-modules-lts (open) or siderolabs/nonfree-kmod-nvidia-lts (proprietary)"));
    assertThat(problems(TalosSchematic.with(NVIDIA_FABRICMANAGER_PRODUCTION))).containsExactly(
        Problem.error(EXT.index(0), "siderolabs/nvidia-fabricmanager-production needs NVIDIA kernel modules: add"
            + " siderolabs/nvidia-open-gpu-kernel-modules-production (open) or"
            + " siderolabs/nonfree-kmod-nvidia-production (proprietary)"));
  }

  @Test
  void productionAndLtsBranchesDoNotMix() {
    assertThat(problems(TalosSchematic.with(NVIDIA_OPEN_GPU_KERNEL_MODULES_PRODUCTION, NVIDIA_CONTAINER_TOOLKIT_LTS)))
        .containsExactly(Problem.error(EXT.index(1), "siderolabs/nvidia-container-toolkit-lts is of the LTS driver"
            + " branch but siderolabs/nvidia-open-gpu-kernel-modules-production (extensions[0]) is of the production"
            + " branch: use one branch for all NVIDIA extensions"));
  }

  @Test
  void legacyNvidiaNamesCountAsLts() {
    SystemExtension legacy = SystemExtension.official("siderolabs/nvidia-open-gpu-kernel-modules");
    assertThat(problems(TalosSchematic.with(legacy, NVIDIA_CONTAINER_TOOLKIT_PRODUCTION).talos("v1.7.7")))
        .containsExactly(
            Problem.error(EXT.index(1), "siderolabs/nvidia-container-toolkit-production is not available for Talos"
                + " v1.7.7; it exists from v1.8.0 on"),
            Problem.error(EXT.index(1), "siderolabs/nvidia-container-toolkit-production is of the production driver"
                + " branch but siderolabs/nvidia-open-gpu-kernel-modules (extensions[0]) is of the LTS branch: use one"
                + " branch for all NVIDIA extensions"));
  }

  @Test
  void duplicateExtensionsAreErrors() {
    assertThat(problems(TalosSchematic.with(ISCSI_TOOLS, QEMU_GUEST_AGENT, ISCSI_TOOLS))).containsExactly(
        Problem.error(EXT.index(2), "siderolabs/iscsi-tools is listed twice (first as extensions[0])"));
  }

  @Test
  void extensionsNewerThanTheTalosReleaseAreErrors() {
    assertThat(problems(TalosSchematic.with(HARBOR_CREDENTIAL_PROVIDER))).containsExactly(Problem.error(EXT.index(0),
        "siderolabs/harbor-credential-provider is not available for Talos v1.13.9; it exists from v1.14.0-alpha.1 on"));
    assertThat(problems(TalosSchematic.with(HARBOR_CREDENTIAL_PROVIDER).talos("v1.14.0"))).isEmpty();
  }

  @Test
  void droppedNamesWithoutAnAliasAreErrors() {
    SystemExtension legacy = SystemExtension.official("siderolabs/nvidia-fabricmanager");
    assertThat(problems(TalosSchematic.with(legacy, NVIDIA_OPEN_GPU_KERNEL_MODULES_LTS, NVIDIA_CONTAINER_TOOLKIT_LTS)))
        .containsExactly(Problem.error(EXT.index(0), "siderolabs/nvidia-fabricmanager is not available for Talos"
            + " v1.13.9; the catalog dropped that name in v1.8.0"));
  }

  @Test
  void namesTheFactoryAliasesAreWarnings() {
    SystemExtension legacy = SystemExtension.official("siderolabs/nvidia-open-gpu-kernel-modules");
    assertThat(problems(TalosSchematic.with(legacy, NVIDIA_CONTAINER_TOOLKIT_LTS, SystemExtension.official(
        "siderolabs/gasket")))).containsExactly(
            Problem.warning(EXT.index(0), "siderolabs/nvidia-open-gpu-kernel-modules is not in the catalog of Talos"
                + " v1.13.9; the Image Factory builds siderolabs/nvidia-open-gpu-kernel-modules-lts for it, so name that"
                + " instead (the schematic ID changes)"),
            Problem.warning(EXT.index(2), "siderolabs/gasket is not in the catalog of Talos v1.13.9; the Image Factory"
                + " builds siderolabs/gasket-driver for it, so name that instead (the schematic ID changes)"));
  }

  @Test
  void unknownNamesAreErrorsUnlessDeclaredUnlisted() {
    assertThat(problems(TalosSchematic.with(SystemExtension.official("siderolabs/qemu-guest-agnet"))))
        .containsExactly(Problem.error(EXT.index(0), "siderolabs/qemu-guest-agnet is not an official extension of"
            + " Talos v1.13.9; check the spelling, or use SystemExtension.unlisted(\"siderolabs/qemu-guest-agnet\")"
            + " for an extension newer than Ingot's catalog"));
    assertThat(problems(TalosSchematic.with(SystemExtension.unlisted("siderolabs/brand-new"))))
        .containsExactly(Problem.warning(EXT.index(0), "siderolabs/brand-new is not in Ingot's catalog of official"
            + " extensions for Talos v1.13.9, so the name is not checked; the Image Factory fails to build images if it"
            + " does not exist"));
  }

  @Test
  void releasesOutsideTheCatalogAreNotChecked() {
    assertThat(problems(TalosSchematic.with(SystemExtension.official("siderolabs/future")).talos("v1.15.0")))
        .containsExactly(Problem.warning(AT.field("talosVersion"), "Ingot's catalog of official extensions covers"
            + " Talos v1.6 to v1.14, so the extension names are not checked for v1.15.0"));
  }

  @Test
  void extensionNamesMustHaveTheOfficialForm() {
    assertThatThrownBy(() -> SystemExtension.official("qemu-guest-agent"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"qemu-guest-agent\" is not an official extension name: write it as siderolabs/<name>, e.g."
            + " siderolabs/qemu-guest-agent (the Image Factory builds official extensions only)");
    assertThatThrownBy(() -> SystemExtension.unlisted("ghcr.io/me/ext")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SystemExtension.official("siderolabs/Zfs")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void kernelArgumentsMustBeSingleAndNotEmpty() {
    assertThat(problems(TalosSchematic.vanilla().kernelArgs("console=ttyS0  quiet", "", " "))).containsExactly(
        Problem.error(AT.field("extraKernelArgs", 0), "\"console=ttyS0  quiet\" holds whitespace: give each kernel"
            + " argument separately, kernelArgs(\"console=ttyS0\", \"quiet\")"),
        Problem.error(AT.field("extraKernelArgs", 1), "a kernel argument must not be empty"),
        Problem.error(AT.field("extraKernelArgs", 2), "a kernel argument must not be empty"));
  }

  @Test
  void metaKeysMustFitAByteAndBeSetOnce() {
    assertThat(problems(TalosSchematic.vanilla().meta(256, "a").meta(-1, "b").meta(12, "c").meta(12, "d")))
        .containsExactly(
            Problem.error(AT.field("meta", 0).field("key"), "META key 256 is out of range: keys are 0 to 255"),
            Problem.error(AT.field("meta", 1).field("key"), "META key -1 is out of range: keys are 0 to 255"),
            Problem.error(AT.field("meta", 3).field("key"), "META key 12 is already set by meta[2]"));
  }

  @Test
  void anOverlayNeedsImageAndNameAndTalos17() {
    assertThat(problems(TalosSchematic.vanilla().overlay(Overlay.of(" ", "")).talos("v1.6.7"))).containsExactly(
        Problem.error(AT.field("overlay").field("image"), "an overlay needs its image, e.g. siderolabs/sbc-raspberrypi"),
        Problem.error(AT.field("overlay").field("name"), "an overlay needs its name, e.g. rpi_generic"),
        Problem.error(AT.field("overlay"), "overlays need Talos v1.7.0 or later, not v1.6.7"));
  }

  @Test
  void secureBootNeedsAPlatformWithSecureBootImages() {
    assertThat(problems(TalosSchematic.vanilla().platform(TalosPlatform.AWS).secureBoot(SecureBoot.on())))
        .containsExactly(Problem.error(AT.field("secureBoot"), "platform aws has no secure boot images; the Image"
            + " Factory builds them for metal, nocloud, azure, cloudstack"));
  }

  @Test
  void secureBootSettingsWithoutSecureBootAreAWarning() {
    assertThat(problems(TalosSchematic.vanilla().secureBoot(SecureBoot.OFF.enrollKeys(EnrollKeys.FORCE))))
        .containsExactly(Problem.warning(AT.field("secureBoot"), "enrollKeys and includeWellKnownCertificates only"
            + " apply to secure boot images, which this schematic does not use: enable them with SecureBoot.on()"));
  }

  @Test
  void thePlatformMustBuildTheArchitecture() {
    assertThat(problems(TalosSchematic.vanilla().platform(TalosPlatform.HCLOUD).arch(Architecture.ARM64)))
        .containsExactly(Problem.error(AT.field("arch"), "platform hcloud has no arm64 images"));
  }

  @Test
  void sectorSizeIs512Or4096() {
    assertThat(problems(TalosSchematic.vanilla().sectorSize(1024))).containsExactly(
        Problem.error(AT.field("sectorSize"), "sector size 1024 is not supported: use 512 or 4096"));
  }

  @Test
  void theNameMustBeADnsLabel() {
    Problems problems = new Problems();
    TalosSchematic.vanilla().named("GPU node").validate(AT, problems);
    assertThat(problems.report().problems()).containsExactly(Problem.error(AT, "\"GPU node\" is not a valid name: use"
        + " 1 to 63 lower-case letters, digits and hyphens, starting and ending with a letter or digit"));
  }

  @Test
  void anInfraReportsTheSchematicAtItsOwnPath() {
    TalosSchematic bad = TalosSchematic.with(ISCSI_TOOLS, ISCSI_TOOLS).named("bad");
    assertThat(Infra.named("lab").with(bad).validate().problems()).containsExactly(Problem.error(
        Path.of("talos schematic", "bad").field("extensions").index(1),
        "siderolabs/iscsi-tools is listed twice (first as extensions[0])"));
  }
}
