package dev.ingot.proxmox.pci;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.validate.Validatable;
import dev.ingot.core.value.Names;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A PCI vendor:device id as {@code lspci -nn} shows it, e.g. {@code 10de:27b2}; also used for
 * subsystem ids.
 *
 * @param text the id as written
 */
public record PciId(String text) implements Validatable {
  private static final Pattern FORM = Pattern.compile("[0-9a-fA-F]{4}:[0-9a-fA-F]{4}");

  /** Checks for null. */
  public PciId {
    Objects.requireNonNull(text, "text");
  }

  /** The id written as {@code text}. */
  public static PciId of(String text) {
    return new PciId(text);
  }

  /** True for four hex digits, a colon and four hex digits. */
  public boolean isValid() {
    return FORM.matcher(text).matches();
  }

  /** The id in lower case, as Linux and Proxmox print it. */
  public String normalized() {
    return text.toLowerCase(Locale.ROOT);
  }

  /** The vendor part in lower case, e.g. {@code 10de} for NVIDIA. */
  public String vendor() {
    return normalized().substring(0, Math.min(4, text.length()));
  }

  @Override
  public void validate(Path path, Problems problems) {
    if (!isValid()) {
      problems.error(path, Names.describe(text) + " is not a vendor:device id like 10de:27b2");
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
