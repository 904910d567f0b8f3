package dev.ingot.talos.schematic;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.talos.TalosVersion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks the system extensions of a schematic: duplicates, and names against the catalog of its Talos release. */
final class ExtensionRules {
  private ExtensionRules() {}

  /** Adds the problems of {@code extensions} for {@code talos}; {@code at} is the path of the list. */
  static void check(List<SystemExtension> extensions, TalosVersion talos, Path at, Path versionAt, Problems problems) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < extensions.size(); i++) {
      Integer first = seen.putIfAbsent(extensions.get(i).fullName(), i);
      if (first != null) {
        problems.error(at.index(i), extensions.get(i).fullName() + " is listed twice (first as extensions["
            + first + "])");
      }
    }
    if (extensions.isEmpty()) {
      return;
    }
    if (!OfficialExtension.catalogCovers(talos)) {
      problems.warning(versionAt, "Ingot's catalog of official extensions covers Talos v1.6 to v1.14, so the"
          + " extension names are not checked for " + talos);
      return;
    }
    for (int i = 0; i < extensions.size(); i++) {
      checkName(extensions.get(i), talos, at.index(i), problems);
    }
  }

  private static void checkName(SystemExtension extension, TalosVersion talos, Path at, Problems problems) {
    String name = extension.fullName();
    if (extension instanceof OfficialExtension official && official.isAvailableFor(talos)) {
      return;
    }
    Optional<OfficialExtension> alias = OfficialExtension.factoryAlias(name).filter(e -> e.isAvailableFor(talos));
    if (alias.isPresent()) {
      problems.warning(at, name + " is not in the catalog of Talos " + talos + "; the Image Factory builds "
          + alias.get().fullName() + " for it, so name that instead (the schematic ID changes)");
    } else if (extension instanceof OfficialExtension official) {
      problems.error(at, name + " is not available for Talos " + talos + (talos.isBefore(official.since())
          ? "; it exists from " + official.since() + " on"
          : "; the catalog dropped that name in " + official.until().orElseThrow()));
    } else if (((UnlistedExtension) extension).declared()) {
      problems.warning(at, name + " is not in Ingot's catalog of official extensions for Talos " + talos
          + ", so the name is not checked; the Image Factory fails to build images if it does not exist");
    } else {
      problems.error(at, name + " is not an official extension of Talos " + talos + "; check the spelling, or use"
          + " SystemExtension.unlisted(\"" + name + "\") for an extension newer than Ingot's catalog");
    }
  }
}
