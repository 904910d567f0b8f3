package dev.ingot.talos.schematic;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.value.Names;
import dev.ingot.talos.TalosVersion;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Every check of a schematic, each problem at the path of the setting it concerns. */
final class SchematicRules {
  private static final TalosVersion OVERLAYS = TalosVersion.of("v1.7.0");

  private SchematicRules() {}

  /** Adds the problems of {@code s} below {@code at}. */
  static void check(TalosSchematic s, Path at, Problems problems) {
    Names.requireDnsLabel(s.name(), at, problems);
    ExtensionRules.check(s.extensions(), s.talosVersion(), at.field("extensions"), at.field("talosVersion"), problems);
    NvidiaRules.check(s.extensions(), at.field("extensions"), problems);
    checkKernelArgs(s.extraKernelArgs(), at, problems);
    checkMeta(s.meta(), at, problems);
    if (s.overlay() != null) {
      checkOverlay(s.overlay(), s.talosVersion(), at.field("overlay"), problems);
    }
    checkTarget(s, at, problems);
    if (s.sectorSize() != null && s.sectorSize() != 512 && s.sectorSize() != 4096) {
      problems.error(at.field("sectorSize"), "sector size " + s.sectorSize() + " is not supported: use 512 or 4096");
    }
  }

  private static void checkKernelArgs(List<String> args, Path at, Problems problems) {
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.isBlank()) {
        problems.error(at.field("extraKernelArgs", i), "a kernel argument must not be empty");
      } else if (arg.chars().anyMatch(Character::isWhitespace)) {
        problems.error(at.field("extraKernelArgs", i), "\"" + arg + "\" holds whitespace: give each kernel argument"
            + " separately, kernelArgs(" + Arrays.stream(arg.trim().split("\\s+"))
                .map(a -> "\"" + a + "\"").collect(Collectors.joining(", ")) + ")");
      }
    }
  }

  private static void checkMeta(List<MetaValue> meta, Path at, Problems problems) {
    Map<Integer, Integer> seen = new HashMap<>();
    for (int i = 0; i < meta.size(); i++) {
      int key = meta.get(i).key();
      Path keyAt = at.field("meta", i).field("key");
      if (key < 0 || key > 255) {
        problems.error(keyAt, "META key " + key + " is out of range: keys are 0 to 255");
      }
      Integer first = seen.putIfAbsent(key, i);
      if (first != null) {
        problems.error(keyAt, "META key " + key + " is already set by meta[" + first + "]");
      }
    }
  }

  private static void checkOverlay(Overlay overlay, TalosVersion talos, Path at, Problems problems) {
    if (overlay.image().isBlank()) {
      problems.error(at.field("image"), "an overlay needs its image, e.g. siderolabs/sbc-raspberrypi");
    }
    if (overlay.name().isBlank()) {
      problems.error(at.field("name"), "an overlay needs its name, e.g. rpi_generic");
    }
    if (talos.isBefore(OVERLAYS)) {
      problems.error(at, "overlays need Talos " + OVERLAYS + " or later, not " + talos);
    }
  }

  private static void checkTarget(TalosSchematic s, Path at, Problems problems) {
    TalosPlatform platform = s.platform();
    if (s.secureBoot().enabled() && !platform.supportsSecureBoot()) {
      problems.error(at.field("secureBoot"), "platform " + platform.id() + " has no secure boot images; the Image"
          + " Factory builds them for " + Arrays.stream(TalosPlatform.values()).filter(TalosPlatform::supportsSecureBoot)
              .map(TalosPlatform::id).collect(Collectors.joining(", ")));
    }
    if (!s.secureBoot().enabled() && s.secureBoot().hasSettings()) {
      problems.warning(at.field("secureBoot"), "enrollKeys and includeWellKnownCertificates only apply to secure boot"
          + " images, which this schematic does not use: enable them with SecureBoot.on()");
    }
    if (!platform.supports(s.arch())) {
      problems.error(at.field("arch"), "platform " + platform.id() + " has no " + s.arch().id() + " images");
    }
  }
}
