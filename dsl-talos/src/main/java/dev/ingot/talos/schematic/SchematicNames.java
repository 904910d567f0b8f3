package dev.ingot.talos.schematic;

import dev.ingot.core.Infra;
import dev.ingot.core.ValidationContext;
import dev.ingot.core.validate.Path;
import dev.ingot.core.value.Names;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Checks that the schematics a site writes under one name are one schematic: two different ones
 * would write the same file, {@code talos/schematics/<name>.yaml}. A schematic derived with
 * {@link TalosSchematic#plus} keeps its name until it is named anew, so this is easy to miss.
 */
public final class SchematicNames {
  private SchematicNames() {}

  /**
   * Reports each schematic of {@code writer} that differs from the site's first schematic of its name;
   * two schematics of the site itself with one name are already reported as defined twice.
   */
  public static void check(WritesSchematics writer, ValidationContext context) {
    Map<String, WritesSchematics.Use> first = context.index(FirstUses.class, FirstUses::of).byName();
    Set<Path> checked = new HashSet<>();
    for (WritesSchematics.Use use : writer.schematicFiles()) {
      if (!checked.add(use.at())) {
        continue;
      }
      TalosSchematic schematic = use.schematic();
      WritesSchematics.Use owner = first.get(schematic.name());
      boolean sameSetting = owner.at().equals(use.at());
      if (!sameSetting && !owner.schematic().canonicalYaml().equals(schematic.canonicalYaml())) {
        context.error(use.at(), "schematic " + Names.describe(schematic.name()) + " differs from the schematic of that"
            + " name at " + owner.at() + ", and both would be " + schematic.filePath() + ": give this one its own"
            + " name with named(…)");
      }
    }
  }

  /**
   * The first use of every schematic name of a site, in declaration order.
   *
   * @param byName schematic name → its first use
   */
  private record FirstUses(Map<String, WritesSchematics.Use> byName) {
    static FirstUses of(Infra site) {
      var byName = new HashMap<String, WritesSchematics.Use>();
      for (WritesSchematics writer : site.all(WritesSchematics.class)) {
        writer.schematicFiles().forEach(use -> byName.putIfAbsent(use.schematic().name(), use));
      }
      return new FirstUses(byName);
    }
  }
}
