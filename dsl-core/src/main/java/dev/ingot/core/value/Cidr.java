package dev.ingot.core.value;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.validate.Validatable;
import java.util.Objects;

/**
 * An address with its prefix length, as an interface is configured: {@code 10.0.10.50/24}.
 *
 * <p>Any text can be held; {@link #validate} reports malformed text with its path.
 *
 * @param text the address and prefix as written
 */
public record Cidr(String text) implements Validatable {
  /** Checks for null. */
  public Cidr {
    Objects.requireNonNull(text, "text");
  }

  /** The address and prefix written as {@code text}, e.g. {@code "10.0.10.50/24"}. */
  public static Cidr of(String text) {
    return new Cidr(text);
  }

  /** The address part (before the slash). */
  public IpAddress address() {
    int slash = text.indexOf('/');
    return IpAddress.of(slash < 0 ? text : text.substring(0, slash));
  }

  /** The prefix length, or -1 when it is missing or not a number. */
  public int prefix() {
    int slash = text.indexOf('/');
    if (slash < 0 || slash == text.length() - 1 || text.length() - slash > 4) {
      return -1;
    }
    String p = text.substring(slash + 1);
    if (!p.chars().allMatch(c -> c >= '0' && c <= '9') || (p.length() > 1 && p.charAt(0) == '0')) {
      return -1;
    }
    return Integer.parseInt(p);
  }

  /** True when the address is well formed and the prefix fits its family. */
  public boolean isValid() {
    IpAddress address = address();
    int prefix = prefix();
    return address.isV4() ? prefix >= 0 && prefix <= 32 : address.isV6() && prefix >= 0 && prefix <= 128;
  }

  /** True when {@code other} lies in the network of this address and prefix. */
  public boolean contains(IpAddress other) {
    if (!isValid() || !other.isValid()) {
      return false;
    }
    byte[] a = address().bytes();
    byte[] b = other.bytes();
    if (a.length != b.length) {
      return false;
    }
    int bits = prefix();
    for (int i = 0; i < a.length && bits > 0; i++, bits -= 8) {
      int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
      if ((a[i] & mask) != (b[i] & mask)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void validate(Path path, Problems problems) {
    if (!isValid()) {
      problems.error(path, "\"" + text + "\" is not an address with a prefix length, like 10.0.10.50/24");
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
