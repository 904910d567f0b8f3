package dev.ingot.core.value;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.validate.Validatable;
import java.util.Locale;
import java.util.Objects;

/**
 * An IPv4 or IPv6 address as written in the model, e.g. {@code 10.0.10.50} or {@code fd00::50}.
 *
 * <p>Any text can be held; {@link #validate} reports malformed text with its path. Parsing never
 * touches the network (unlike {@code InetAddress.getByName}).
 *
 * @param text the address as written (IPv6 is kept lower case)
 */
public record IpAddress(String text) implements Validatable {
  /** Checks for null and lower-cases IPv6 text. */
  public IpAddress {
    Objects.requireNonNull(text, "text");
    text = text.contains(":") ? text.toLowerCase(Locale.ROOT) : text;
  }

  /** The address written as {@code text}. */
  public static IpAddress of(String text) {
    return new IpAddress(text);
  }

  /** True for a well-formed IPv4 address. */
  public boolean isV4() {
    return parseV4(text) != null;
  }

  /** True for a well-formed IPv6 address. */
  public boolean isV6() {
    return parseV6(text) != null;
  }

  /** True when the text is a well-formed IPv4 or IPv6 address. */
  public boolean isValid() {
    return isV4() || isV6();
  }

  /** The address as 4 (IPv4) or 16 (IPv6) bytes; empty when malformed. */
  public byte[] bytes() {
    byte[] v4 = parseV4(text);
    if (v4 != null) {
      return v4;
    }
    byte[] v6 = parseV6(text);
    return v6 == null ? new byte[0] : v6;
  }

  @Override
  public void validate(Path path, Problems problems) {
    if (!isValid()) {
      problems.error(path, "\"" + text + "\" is not an IPv4 or IPv6 address");
    }
  }

  @Override
  public String toString() {
    return text;
  }

  static byte[] parseV4(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return null;
    }
    byte[] out = new byte[4];
    for (int i = 0; i < 4; i++) {
      String p = parts[i];
      if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0') || !isDigits(p)) {
        return null;
      }
      int v = Integer.parseInt(p);
      if (v > 255) {
        return null;
      }
      out[i] = (byte) v;
    }
    return out;
  }

  static byte[] parseV6(String s) {
    if (s.isEmpty() || s.chars().anyMatch(c -> !(isHex(c) || c == ':' || c == '.'))) {
      return null;
    }
    int dbl = s.indexOf("::");
    if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) {
      return null;
    }
    String head = dbl >= 0 ? s.substring(0, dbl) : s;
    String tail = dbl >= 0 ? s.substring(dbl + 2) : "";
    int[] headGroups = groups(head, dbl < 0);
    int[] tailGroups = groups(tail, true);
    if (headGroups == null || tailGroups == null) {
      return null;
    }
    int total = headGroups.length + tailGroups.length;
    if (dbl < 0 ? total != 8 : total > 7) {
      return null;
    }
    byte[] out = new byte[16];
    for (int i = 0; i < headGroups.length; i++) {
      out[2 * i] = (byte) (headGroups[i] >> 8);
      out[2 * i + 1] = (byte) headGroups[i];
    }
    for (int i = 0; i < tailGroups.length; i++) {
      int at = 8 - tailGroups.length + i;
      out[2 * at] = (byte) (tailGroups[i] >> 8);
      out[2 * at + 1] = (byte) tailGroups[i];
    }
    return out;
  }

  /** Hex groups of one side of {@code ::}; a trailing dotted quad counts as two groups when allowed. */
  private static int[] groups(String part, boolean allowV4Tail) {
    if (part.isEmpty()) {
      return new int[0];
    }
    String[] raw = part.split(":", -1);
    byte[] v4 = null;
    int n = raw.length;
    if (raw[n - 1].contains(".")) {
      if (!allowV4Tail) {
        return null;
      }
      v4 = parseV4(raw[n - 1]);
      if (v4 == null) {
        return null;
      }
      n--;
    }
    int[] out = new int[n + (v4 == null ? 0 : 2)];
    for (int i = 0; i < n; i++) {
      String g = raw[i];
      if (g.isEmpty() || g.length() > 4 || g.contains(".")) {
        return null;
      }
      out[i] = Integer.parseInt(g, 16);
    }
    if (v4 != null) {
      out[n] = ((v4[0] & 0xff) << 8) | (v4[1] & 0xff);
      out[n + 1] = ((v4[2] & 0xff) << 8) | (v4[3] & 0xff);
    }
    return out;
  }

  private static boolean isDigits(String s) {
    return s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static boolean isHex(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
