package dev.ingot.talos.schematic;

import dev.ingot.core.Document;
import java.util.Objects;

/**
 * The file {@code talos/schematics/<name>.yaml}: the canonical YAML of a schematic, exactly. It
 * carries no generated-file header, because a comment would change the bytes and then
 * {@code sha256sum} of the file would no longer be the schematic ID.
 *
 * @param canonicalYaml the schematic as the Image Factory writes it
 */
public record SchematicDocument(String canonicalYaml) implements Document {
  /** Checks for null. */
  public SchematicDocument {
    Objects.requireNonNull(canonicalYaml, "canonicalYaml");
  }

  /** The canonical YAML unchanged; {@code header} is ignored (see the type's description). */
  @Override
  public String render(String header) {
    return canonicalYaml;
  }
}
