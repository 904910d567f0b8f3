package dev.ingot.talos.schematic;

import dev.ingot.core.Component;
import dev.ingot.core.validate.Path;
import java.util.List;
import java.util.Objects;

/**
 * A component that writes schematic files, {@code talos/schematics/<name>.yaml}: a schematic, a
 * Talos golden image, a cluster. {@link SchematicNames} checks that one name stands for one schematic.
 */
public interface WritesSchematics extends Component {
  /**
   * A schematic a component writes, and where the model sets it.
   *
   * @param at the path of the setting, for problem reports
   * @param schematic the schematic as it is written
   */
  record Use(Path at, TalosSchematic schematic) {
    /** Checks for null. */
    public Use {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(schematic, "schematic");
    }
  }

  /** The schematics this component writes, in the order it writes them. */
  List<Use> schematicFiles();
}
