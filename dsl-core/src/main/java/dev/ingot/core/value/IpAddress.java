package dev.ingot.core.value;

import java.util.Locale;
import java.util.Objects;

/**
 * An IPv4 or IPv6 address as written in the model, e.g. {@code 10.0.10.50} or {@code fd00::50}.
 *
 * <p>Any text can be held; {@link #validate} reports malformed text with its path. The text is
 * parsed once, when the value is made, and never touches the network (unlike
 * {@code InetAddress.getByName}). IPv6 text is kept in lower case. Two addresses are equal when
 * their texts are.
 */
public final class IpAddress extends ParsedText {
  private final byte[] bytes;

  private IpAddress(String text) {
    super(Objects.requireNonNull(text, "text").indexOf(':') >= 0 ? text.toLowerCase(Locale.ROOT) : text);
    byte[] v4 = parseV4(text(), 0, text().length());
    this.bytes = v4 != null ? v4 : parseV6(text());
  }

  /** The address written as {@code text}. */
  public static IpAddress of(String text) {
    return new IpAddress(text);
  }

  /** True for a well-formed IPv4 address. */
  public boolean isV4() {
    return bytes != null && bytes.length == 4;
  }

  /** True for a well-formed IPv6 address. */
  public boolean isV6() {
    return bytes != null && bytes.length == 16;
  }

  /** True when the text is a well-formed IPv4 or IPv6 address. */
  @Override
  public boolean isValid() {
    return bytes != null;
  }

  /** The address as 4 (IPv4) or 16 (IPv6) bytes; empty when malformed. */
  public byte[] bytes() {
    return bytes == null ? new byte[0] : bytes.clone();
  }

  byte[] rawBytes() {
    return bytes;
  }

  @Override
  String expected() {
    return "an IPv4 or IPv6 address";
  }

  /** Dotted-quad IPv4 in {@code s[from, to)}: four decimal numbers 0–255 without leading zeros. */
  static byte[] parseV4(String s, int from, int to) {
    byte[] out = new byte[4];
    int part = 0;
    int i = from;
    while (part < 4) {
      int start = i;
      int value = 0;
      while (i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - start < 3) {
        value = value * 10 + (s.charAt(i) - '0');
        i++;
      }
      int digits = i - start;
      if (digits == 0 || value > 255 || (digits > 1 && s.charAt(start) == '0')) {
        return null;
      }
      out[part++] = (byte) value;
      if (part < 4) {
        if (i >= to || s.charAt(i) != '.') {
          return null;
        }
        i++;
      }
    }
    return i == to ? out : null;
  }

  /** IPv6 with at most one {@code ::} and an optional trailing dotted quad. */
  static byte[] parseV6(String s) {
    int n = s.length();
    if (n < 2 || s.indexOf(':') < 0) {
      return null;
    }
    int[] groups = new int[8];
    int count = 0;
    int gap = -1;
    int i = 0;
    if (s.startsWith("::")) {
      gap = 0;
      i = 2;
      if (i == n) {
        return toBytes(groups, count, gap);
      }
    } else if (s.charAt(0) == ':') {
      return null;
    }
    while (i < n) {
      if (count == 8) {
        return null;
      }
      int start = i;
      int value = 0;
      while (i < n && i - start < 5 && hex(s.charAt(i)) >= 0) {
        value = value * 16 + hex(s.charAt(i));
        i++;
      }
      if (i < n && s.charAt(i) == '.') {
        byte[] v4 = count <= 6 ? parseV4(s, start, n) : null;
        if (v4 == null) {
          return null;
        }
        groups[count++] = ((v4[0] & 0xff) << 8) | (v4[1] & 0xff);
        groups[count++] = ((v4[2] & 0xff) << 8) | (v4[3] & 0xff);
        i = n;
        break;
      }
      if (i == start || i - start > 4) {
        return null;
      }
      groups[count++] = value;
      if (i == n) {
        break;
      }
      if (s.charAt(i) != ':') {
        return null;
      }
      i++;
      if (i < n && s.charAt(i) == ':') {
        if (gap >= 0) {
          return null;
        }
        gap = count;
        i++;
      } else if (i == n) {
        return null;
      }
    }
    return toBytes(groups, count, gap);
  }

  private static byte[] toBytes(int[] groups, int count, int gap) {
    if (gap < 0 ? count != 8 : count > 7) {
      return null;
    }
    byte[] out = new byte[16];
    int tail = gap < 0 ? 0 : count - gap;
    for (int g = 0; g < count; g++) {
      int at = gap >= 0 && g >= gap ? 8 - tail + (g - gap) : g;
      out[2 * at] = (byte) (groups[g] >> 8);
      out[2 * at + 1] = (byte) groups[g];
    }
    return out;
  }

  private static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
