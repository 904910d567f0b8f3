package dev.ingot.core.value;

/**
 * An address with its prefix length, as an interface is configured: {@code 10.0.10.50/24}.
 *
 * <p>Any text can be held; {@link #validate} reports malformed text with its path. The text is
 * parsed once, when the value is made. Two values are equal when their texts are.
 */
public final class Cidr extends ParsedText {
  private final IpAddress address;
  private final int prefix;

  private Cidr(String text) {
    super(text);
    int slash = text.indexOf('/');
    this.address = IpAddress.of(slash < 0 ? text : text.substring(0, slash));
    this.prefix = slash < 0 ? -1 : parsePrefix(text, slash + 1);
  }

  /** The address and prefix written as {@code text}, e.g. {@code "10.0.10.50/24"}. */
  public static Cidr of(String text) {
    return new Cidr(text);
  }

  /** The address part (before the slash). */
  public IpAddress address() {
    return address;
  }

  /** The prefix length, or -1 when it is missing or not a number. */
  public int prefix() {
    return prefix;
  }

  /** True when the address is well formed and the prefix fits its family. */
  @Override
  public boolean isValid() {
    return address.isV4() ? prefix >= 0 && prefix <= 32 : address.isV6() && prefix >= 0 && prefix <= 128;
  }

  /** True when {@code other} lies in the network of this address and prefix. */
  public boolean contains(IpAddress other) {
    if (!isValid() || !other.isValid()) {
      return false;
    }
    byte[] a = address.rawBytes();
    byte[] b = other.rawBytes();
    if (a.length != b.length) {
      return false;
    }
    int bits = prefix;
    for (int i = 0; i < a.length && bits > 0; i++, bits -= 8) {
      int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
      if ((a[i] & mask) != (b[i] & mask)) {
        return false;
      }
    }
    return true;
  }

  @Override
  String expected() {
    return "an address with a prefix length, like 10.0.10.50/24";
  }

  private static int parsePrefix(String text, int from) {
    int n = text.length() - from;
    if (n < 1 || n > 3 || (n > 1 && text.charAt(from) == '0')) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
