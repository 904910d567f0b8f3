package dev.ingot.core.value;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.validate.Validatable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An Ethernet MAC address written as six colon-separated hex pairs, kept upper case as Proxmox
 * shows it: {@code BC:24:11:00:00:01}.
 *
 * @param text the address as written, upper-cased
 */
public record MacAddress(String text) implements Validatable {
  private static final Pattern FORM = Pattern.compile("[0-9A-F]{2}(:[0-9A-F]{2}){5}");

  /** Checks for null and upper-cases. */
  public MacAddress {
    Objects.requireNonNull(text, "text");
    text = text.toUpperCase(Locale.ROOT);
  }

  /** The address written as {@code text}. */
  public static MacAddress of(String text) {
    return new MacAddress(text);
  }

  /** True for six colon-separated hex pairs. */
  public boolean isValid() {
    return FORM.matcher(text).matches();
  }

  /** True when the address is a multicast address (the lowest bit of the first octet is set). */
  public boolean isMulticast() {
    return isValid() && (Integer.parseInt(text.substring(0, 2), 16) & 1) == 1;
  }

  @Override
  public void validate(Path path, Problems problems) {
    if (!isValid()) {
      problems.error(path, "\"" + text + "\" is not a MAC address like BC:24:11:00:00:01");
    } else if (isMulticast()) {
      problems.error(path, text + " is a multicast address and cannot be given to a network device");
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
