package dev.ingot.proxmox.image;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;

/**
 * How one operating system is installed unattended and brought to the golden baseline: its
 * versions, installer ISO and the sizes it needs. Each recipe is a record with its own settings;
 * change them with {@link GoldenImage#recipe}.
 */
public sealed interface OsRecipe permits DebianRecipe, UbuntuRecipe, ArchRecipe, NixosRecipe, WindowsRecipe {
  /** The short name used in paths and names: {@code debian}, {@code windows-server}. */
  String os();

  /** The version as it appears in the template name: {@code 13}, {@code 24.04}, {@code rolling}. */
  String version();

  /** The operating system and version for people: {@code Debian 13}. */
  String displayName();

  /** True for Windows, false (unless overridden) for Linux. */
  default boolean windows() {
    return false;
  }

  /** The installer used unless the image gives one; may lack a checksum, or be null when none can be pinned. */
  IsoImage defaultIso();

  /** The system disk and RAM the recipe needs and uses unless the image sets its own. */
  RecipeSizes sizes();

  /** Reports an unsupported version and malformed recipe settings, at {@code path} or below. */
  void validate(Path path, Problems problems);
}
