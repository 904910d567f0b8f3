package dev.ingot.talos.schematic;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Checks that the NVIDIA extensions of a schematic make a working driver stack: kernel modules
 * (open or proprietary, not both) together with the container toolkit, all from one driver branch
 * (production or LTS; the legacy unsuffixed names are built as LTS).
 */
final class NvidiaRules {
  private NvidiaRules() {}

  private enum Part { OPEN_MODULES, PROPRIETARY_MODULES, TOOLKIT, FABRIC_MANAGER }

  private record Found(int index, OfficialExtension extension, Part part, boolean production) {
    boolean isModules() {
      return part == Part.OPEN_MODULES || part == Part.PROPRIETARY_MODULES;
    }

    String branch() {
      return production ? "production" : "LTS";
    }

    String suffix() {
      return production ? "production" : "lts";
    }
  }

  /** Adds the problems of the NVIDIA extensions among {@code extensions}; {@code at} is the path of the list. */
  static void check(List<SystemExtension> extensions, Path at, Problems problems) {
    List<Found> found = IntStream.range(0, extensions.size())
        .filter(i -> extensions.get(i) instanceof OfficialExtension)
        .mapToObj(i -> classify(i, (OfficialExtension) extensions.get(i)))
        .filter(Objects::nonNull)
        .toList();
    if (found.isEmpty()) {
      return;
    }
    Found first = found.get(0);
    Found open = found.stream().filter(f -> f.part == Part.OPEN_MODULES).findFirst().orElse(null);
    for (Found f : found) {
      if (open != null && f.part == Part.PROPRIETARY_MODULES) {
        problems.error(at.index(f.index), f.extension.fullName() + " cannot be combined with "
            + open.extension.fullName() + " (extensions[" + open.index + "]): choose the open or the proprietary"
            + " NVIDIA kernel modules");
      }
      if (f.production != first.production) {
        problems.error(at.index(f.index), f.extension.fullName() + " is of the " + f.branch() + " driver branch but "
            + first.extension.fullName() + " (extensions[" + first.index + "]) is of the " + first.branch()
            + " branch: use one branch for all NVIDIA extensions");
      }
    }
    boolean hasModules = found.stream().anyMatch(Found::isModules);
    boolean hasToolkit = found.stream().anyMatch(f -> f.part == Part.TOOLKIT);
    for (Found f : found) {
      if (f.isModules() && !hasToolkit) {
        problems.error(at.index(f.index), f.extension.fullName() + " without the NVIDIA container toolkit leaves the"
            + " GPU unusable by pods: add siderolabs/nvidia-container-toolkit-" + f.suffix());
      } else if (!f.isModules() && !hasModules) {
        problems.error(at.index(f.index), f.extension.fullName() + " needs NVIDIA kernel modules: add"
            + " siderolabs/nvidia-open-gpu-kernel-modules-" + f.suffix() + " (open) or siderolabs/nonfree-kmod-nvidia-"
            + f.suffix() + " (proprietary)");
      }
    }
  }

  /** The NVIDIA part and branch of {@code e}, or null when it is not a part of the NVIDIA driver stack. */
  @SuppressWarnings("deprecation")
  private static Found classify(int index, OfficialExtension e) {
    return switch (e) {
      case NVIDIA_OPEN_GPU_KERNEL_MODULES_PRODUCTION -> new Found(index, e, Part.OPEN_MODULES, true);
      case NVIDIA_OPEN_GPU_KERNEL_MODULES_LTS, NVIDIA_OPEN_GPU_KERNEL_MODULES -> new Found(index, e, Part.OPEN_MODULES, false);
      case NONFREE_KMOD_NVIDIA_PRODUCTION -> new Found(index, e, Part.PROPRIETARY_MODULES, true);
      case NONFREE_KMOD_NVIDIA_LTS, NONFREE_KMOD_NVIDIA -> new Found(index, e, Part.PROPRIETARY_MODULES, false);
      case NVIDIA_CONTAINER_TOOLKIT_PRODUCTION -> new Found(index, e, Part.TOOLKIT, true);
      case NVIDIA_CONTAINER_TOOLKIT_LTS, NVIDIA_CONTAINER_TOOLKIT -> new Found(index, e, Part.TOOLKIT, false);
      case NVIDIA_FABRICMANAGER_PRODUCTION -> new Found(index, e, Part.FABRIC_MANAGER, true);
      case NVIDIA_FABRICMANAGER_LTS, NVIDIA_FABRICMANAGER -> new Found(index, e, Part.FABRIC_MANAGER, false);
      default -> null;
    };
  }
}
