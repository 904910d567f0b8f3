package dev.ingot.proxmox.pci;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.validate.Validatable;
import dev.ingot.core.value.Names;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The address of a PCI function, {@code 0000:01:00.0} (domain:bus:device.function, lower-case
 * hex), or of a whole device, {@code 0000:01:00}, which stands for all its functions (a GPU and its
 * audio function).
 *
 * @param text the address as written
 */
public record PciAddress(String text) implements Validatable {
  private static final Pattern FORM = Pattern.compile("[0-9a-f]{4}:[0-9a-f]{2}:[01][0-9a-f](\\.[0-7])?");

  /** Checks for null. */
  public PciAddress {
    Objects.requireNonNull(text, "text");
  }

  /** The address written as {@code text}. */
  public static PciAddress of(String text) {
    return new PciAddress(text);
  }

  /** True for a well-formed address. */
  public boolean isValid() {
    return FORM.matcher(text).matches();
  }

  /** True when the address names a whole device (no function number). */
  public boolean isDevice() {
    return text.indexOf('.') < 0;
  }

  /** The device part, {@code 0000:01:00}. */
  public String device() {
    return isDevice() ? text : text.substring(0, text.indexOf('.'));
  }

  /** True when both addresses reach a common function: the same device, one of them naming all its functions. */
  public boolean overlaps(PciAddress other) {
    return device().equals(other.device()) && (isDevice() || other.isDevice() || text.equals(other.text));
  }

  @Override
  public void validate(Path path, Problems problems) {
    if (!isValid()) {
      problems.error(path, Names.describe(text) + " is not a PCI address like 0000:01:00.0"
          + " (domain:bus:device.function in lower-case hex) or 0000:01:00 (every function of the device)");
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
