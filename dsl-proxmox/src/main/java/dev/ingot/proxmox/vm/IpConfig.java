package dev.ingot.proxmox.vm;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.value.Cidr;
import dev.ingot.core.value.IpAddress;
import java.util.Arrays;
import java.util.Objects;

/**
 * How cloud-init configures one address family of one network device: a static address with an
 * optional gateway, DHCP, or (IPv6 only) SLAAC.
 *
 * @param mode how the address is obtained
 * @param address the static address with its prefix, or null for DHCP and SLAAC
 * @param gateway the default gateway, or null
 */
public record IpConfig(Mode mode, Cidr address, IpAddress gateway) {
  /** How an address is obtained. */
  public enum Mode {
    /** A fixed address. */
    STATIC,
    /** From a DHCP server. */
    DHCP,
    /** IPv6 stateless autoconfiguration (router advertisements). */
    AUTO
  }

  /** Checks for null. */
  public IpConfig {
    Objects.requireNonNull(mode, "mode");
  }

  /** The static address {@code cidr}, e.g. {@code 10.0.10.50/24}. */
  public static IpConfig of(String cidr) {
    return new IpConfig(Mode.STATIC, Cidr.of(cidr), null);
  }

  /** An address from DHCP. */
  public static IpConfig dhcp() {
    return new IpConfig(Mode.DHCP, null, null);
  }

  /** An IPv6 address from SLAAC. */
  public static IpConfig auto() {
    return new IpConfig(Mode.AUTO, null, null);
  }

  /** This configuration with the default gateway {@code gateway}. */
  public IpConfig gateway(String gateway) {
    return new IpConfig(mode, address, IpAddress.of(gateway));
  }

  /** The address as bpg/proxmox takes it: the CIDR text, {@code dhcp} or {@code auto}. */
  public String addressText() {
    return switch (mode) {
      case STATIC -> address == null ? "" : address.text();
      case DHCP -> "dhcp";
      case AUTO -> "auto";
    };
  }

  /** Reports what is wrong with this configuration of the IPv4 ({@code ipv6} false) or IPv6 family. */
  void validate(Path path, Problems problems, boolean ipv6) {
    String family = ipv6 ? "IPv6" : "IPv4";
    if (mode == Mode.AUTO && !ipv6) {
      problems.error(path, "SLAAC (auto) configures IPv6 addresses only; use dhcp() or a static address");
    }
    if (mode != Mode.STATIC) {
      if (gateway != null) {
        problems.error(path.field("gateway"), "a gateway needs a static address: DHCP and SLAAC supply their own");
      }
      return;
    }
    if (address == null) {
      problems.error(path.field("address"), "set the address the gateway belongs to, e.g. "
          + (ipv6 ? "ipv6(\"fd00:10::50/64\")" : "ip(\"10.0.10.50/24\")"));
      return;
    }
    boolean valid = address.isValid();
    if (!valid) {
      address.validate(path.field("address"), problems);
    } else if (address.address().isV6() != ipv6) {
      problems.error(path.field("address"), address + " is not an " + family + " address; set "
          + (ipv6 ? "IPv4 addresses with ip(…)" : "IPv6 addresses with ipv6(…)"));
      valid = false;
    } else if (!ipv6 && address.prefix() <= 30) {
      hostAddress(path.field("address"), problems);
    }
    if (gateway != null) {
      gateway(path.field("gateway"), problems, family, valid);
    }
  }

  private void hostAddress(Path path, Problems problems) {
    byte[] bytes = address.address().bytes();
    int host = 32 - address.prefix();
    long value = 0;
    for (byte b : bytes) {
      value = (value << 8) | (b & 0xffL);
    }
    long hostBits = value & ((1L << host) - 1);
    if (hostBits == 0) {
      problems.error(path, address + " is the network address of its subnet, not a host address");
    } else if (hostBits == (1L << host) - 1) {
      problems.error(path, address + " is the broadcast address of its subnet, not a host address");
    }
  }

  private void gateway(Path path, Problems problems, String family, boolean addressValid) {
    if (!gateway.isValid()) {
      gateway.validate(path, problems);
    } else if (gateway.isV6() != family.equals("IPv6")) {
      problems.error(path, "gateway " + gateway + " is not an " + family + " address");
    } else if (addressValid && !address.contains(gateway)) {
      problems.error(path, "gateway " + gateway + " is outside the subnet of " + address);
    } else if (addressValid && Arrays.equals(gateway.bytes(), address.address().bytes())) {
      problems.error(path, "gateway " + gateway + " is the VM's own address");
    }
  }
}
