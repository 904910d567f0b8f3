package dev.ingot.talos.cluster;

import dev.ingot.core.value.Cidr;
import dev.ingot.core.value.IpAddress;

/** Consecutive IPv4 addresses for the nodes of a group. */
final class Addresses {
  private Addresses() {}

  /** The IPv4 address {@code n} after {@code first}, or null when {@code first} is not IPv4 or the result overflows. */
  static IpAddress plus(IpAddress first, int n) {
    if (n == 0) {
      return first;
    }
    if (!first.isV4()) {
      return null;
    }
    byte[] b = first.bytes();
    long value = ((b[0] & 0xffL) << 24) | ((b[1] & 0xffL) << 16) | ((b[2] & 0xffL) << 8) | (b[3] & 0xffL);
    long next = value + n;
    if (next > 0xffffffffL) {
      return null;
    }
    return IpAddress.of((next >> 24) + "." + ((next >> 16) & 0xff) + "." + ((next >> 8) & 0xff) + "." + (next & 0xff));
  }

  /** {@code first} with its address moved {@code n} on and the same prefix, or null (see the other plus). */
  static Cidr plus(Cidr first, int n) {
    IpAddress next = plus(first.address(), n);
    return next == null ? null : Cidr.of(next.text() + "/" + first.prefix());
  }
}
