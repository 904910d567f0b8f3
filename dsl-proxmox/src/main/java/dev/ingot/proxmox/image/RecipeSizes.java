package dev.ingot.proxmox.image;

import dev.ingot.core.value.Size;
import java.util.Objects;

/**
 * The system disk and RAM an {@link OsRecipe} needs, and what an image gets unless it sets its own.
 *
 * @param minimumDisk the smallest system disk the recipe installs onto
 * @param defaultDisk the system disk unless the image sets one
 * @param minimumMemory the least RAM the installer needs
 * @param defaultMemory RAM during the build unless the image sets it
 */
public record RecipeSizes(Size minimumDisk, Size defaultDisk, Size minimumMemory, Size defaultMemory) {
  /** Checks for null. */
  public RecipeSizes {
    Objects.requireNonNull(minimumDisk, "minimumDisk");
    Objects.requireNonNull(defaultDisk, "defaultDisk");
    Objects.requireNonNull(minimumMemory, "minimumMemory");
    Objects.requireNonNull(defaultMemory, "defaultMemory");
  }
}
