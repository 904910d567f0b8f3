package dev.ingot.talos.cluster;

import dev.ingot.core.yaml.YamlNode.YamlMap;
import dev.ingot.proxmox.pci.PciDevice;
import dev.ingot.talos.TalosVersion;
import dev.ingot.talos.schematic.OfficialExtension;
import dev.ingot.talos.schematic.TalosSchematic;
import java.util.List;
import java.util.Set;

/**
 * What an NVIDIA GPU node needs, from the Talos guide "NVIDIA GPU (OSS drivers)" and its
 * proprietary twin: the driver and container toolkit extensions, the kernel modules
 * {@code nvidia}, {@code nvidia_uvm}, {@code nvidia_drm} and {@code nvidia_modeset}, before Talos
 * v1.13 the sysctl {@code net.core.bpf_jit_harden: 1}, and the {@code nvidia} RuntimeClass.
 */
final class Nvidia {
  /** The PCI vendor id of NVIDIA. */
  static final String VENDOR = "10de";
  /** The kernel modules the driver needs, in load order. */
  static final List<String> MODULES = List.of("nvidia", "nvidia_uvm", "nvidia_drm", "nvidia_modeset");
  /** The name of the RuntimeClass that runs containers with the NVIDIA runtime. */
  static final String RUNTIME_CLASS = "nvidia";
  /** The first release whose guide no longer sets {@code net.core.bpf_jit_harden}. */
  static final TalosVersion NO_BPF_SYSCTL = TalosVersion.of("v1.13.0");

  @SuppressWarnings("deprecation")
  private static final Set<OfficialExtension> MODULE_EXTENSIONS = Set.of(
      OfficialExtension.NVIDIA_OPEN_GPU_KERNEL_MODULES_PRODUCTION, OfficialExtension.NVIDIA_OPEN_GPU_KERNEL_MODULES_LTS,
      OfficialExtension.NVIDIA_OPEN_GPU_KERNEL_MODULES, OfficialExtension.NONFREE_KMOD_NVIDIA_PRODUCTION,
      OfficialExtension.NONFREE_KMOD_NVIDIA_LTS, OfficialExtension.NONFREE_KMOD_NVIDIA);
  @SuppressWarnings("deprecation")
  private static final Set<OfficialExtension> TOOLKITS = Set.of(
      OfficialExtension.NVIDIA_CONTAINER_TOOLKIT_PRODUCTION, OfficialExtension.NVIDIA_CONTAINER_TOOLKIT_LTS,
      OfficialExtension.NVIDIA_CONTAINER_TOOLKIT);

  private Nvidia() {}

  /** True when {@code device} is an NVIDIA device (its function 0 has NVIDIA's vendor id). */
  static boolean isNvidia(PciDevice device) {
    return !device.functions().isEmpty() && device.functions().get(0).vendor().equals(VENDOR);
  }

  /** True when {@code schematic} carries NVIDIA kernel modules (open or proprietary). */
  static boolean hasModules(TalosSchematic schematic) {
    return MODULE_EXTENSIONS.stream().anyMatch(schematic::contains);
  }

  /** True when {@code schematic} carries the NVIDIA container toolkit. */
  static boolean hasToolkit(TalosSchematic schematic) {
    return TOOLKITS.stream().anyMatch(schematic::contains);
  }

  /** The RuntimeClass manifest. */
  static String runtimeClassManifest() {
    return Manifests.render(YamlMap.builder()
        .put("apiVersion", "node.k8s.io/v1")
        .put("kind", "RuntimeClass")
        .map("metadata", m -> m.put("name", RUNTIME_CLASS))
        .put("handler", RUNTIME_CLASS)
        .build());
  }
}
