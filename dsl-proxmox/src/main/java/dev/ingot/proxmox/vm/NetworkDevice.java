package dev.ingot.proxmox.vm;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.validate.Validatable;
import dev.ingot.core.value.MacAddress;
import dev.ingot.core.value.Names;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A network device of a VM on a bridge of its node, with what cloud-init configures on it.
 *
 * <p>{@code NetworkDevice.bridge("vmbr0").vlan(10).ip("10.0.10.50/24").gateway("10.0.10.1")}
 *
 * @param bridge the node's bridge, e.g. {@code vmbr0}
 * @param model the emulated card ({@link NicModel#VIRTIO} unless set)
 * @param vlan the VLAN tag (1 to 4094), or null for untagged
 * @param mac the MAC address, or null to let Proxmox pick one
 * @param firewall whether the Proxmox firewall filters the device, or null for the provider's default (off)
 * @param mtu the MTU (576 to 65520, or 1 for the bridge's), or null for the default
 * @param ipv4 how cloud-init configures IPv4, or null to leave it alone
 * @param ipv6 how cloud-init configures IPv6, or null to leave it alone
 */
public record NetworkDevice(String bridge, NicModel model, Integer vlan, MacAddress mac, Boolean firewall, Integer mtu,
    IpConfig ipv4, IpConfig ipv6) implements Validatable {
  /** The bridge of a default Proxmox installation. */
  public static final String DEFAULT_BRIDGE = "vmbr0";
  private static final Pattern BRIDGE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,14}");

  /** Checks for null. */
  public NetworkDevice {
    Objects.requireNonNull(bridge, "bridge");
    Objects.requireNonNull(model, "model");
  }

  /** A VirtIO device on {@code bridge}. */
  public static NetworkDevice bridge(String bridge) {
    return new NetworkDevice(bridge, NicModel.VIRTIO, null, null, null, null, null, null);
  }

  /** This device emulating {@code model}. */
  public NetworkDevice model(NicModel model) {
    return new NetworkDevice(bridge, model, vlan, mac, firewall, mtu, ipv4, ipv6);
  }

  /** This device tagged with VLAN {@code vlan}. */
  public NetworkDevice vlan(int vlan) {
    return new NetworkDevice(bridge, model, vlan, mac, firewall, mtu, ipv4, ipv6);
  }

  /** This device with MAC address {@code mac}, e.g. {@code BC:24:11:00:00:01}. */
  public NetworkDevice mac(String mac) {
    return new NetworkDevice(bridge, model, vlan, MacAddress.of(mac), firewall, mtu, ipv4, ipv6);
  }

  /** This device filtered by the Proxmox firewall ({@code true}) or not. */
  public NetworkDevice firewall(boolean firewall) {
    return new NetworkDevice(bridge, model, vlan, mac, firewall, mtu, ipv4, ipv6);
  }

  /** This device with MTU {@code mtu}; 1 takes the bridge's MTU. */
  public NetworkDevice mtu(int mtu) {
    return new NetworkDevice(bridge, model, vlan, mac, firewall, mtu, ipv4, ipv6);
  }

  /** This device with the static IPv4 address {@code cidr}, e.g. {@code 10.0.10.50/24}, keeping its gateway. */
  public NetworkDevice ip(String cidr) {
    return ipv4(staticAddress(ipv4, cidr));
  }

  /** This device with the IPv4 default gateway {@code gateway}. */
  public NetworkDevice gateway(String gateway) {
    return ipv4((ipv4 == null ? new IpConfig(IpConfig.Mode.STATIC, null, null) : ipv4).gateway(gateway));
  }

  /** This device getting its IPv4 address from DHCP. */
  public NetworkDevice dhcp() {
    return ipv4(IpConfig.dhcp());
  }

  /** This device configured for IPv4 by {@code config}. */
  public NetworkDevice ipv4(IpConfig config) {
    return new NetworkDevice(bridge, model, vlan, mac, firewall, mtu, config, ipv6);
  }

  /** This device with the static IPv6 address {@code cidr}, e.g. {@code fd00:10::50/64}, keeping its gateway. */
  public NetworkDevice ipv6(String cidr) {
    return ipv6(staticAddress(ipv6, cidr));
  }

  /** This device configured for IPv6 by {@code config}: {@link IpConfig#auto()}, {@link IpConfig#dhcp()} or static. */
  public NetworkDevice ipv6(IpConfig config) {
    return new NetworkDevice(bridge, model, vlan, mac, firewall, mtu, ipv4, config);
  }

  /** True when cloud-init configures an address family of this device. */
  public boolean hasIpConfig() {
    return ipv4 != null || ipv6 != null;
  }

  @Override
  public void validate(Path path, Problems problems) {
    if (!BRIDGE.matcher(bridge).matches()) {
      problems.error(path.field("bridge"), Names.describe(bridge) + " is not a bridge name like vmbr0");
    }
    if (vlan != null && (vlan < 1 || vlan > 4094)) {
      problems.error(path.field("vlan"), "VLAN " + vlan + " is outside 1 to 4094");
    }
    if (mac != null) {
      mac.validate(path.field("mac"), problems);
    }
    if (mtu != null && mtu != 1 && (mtu < 576 || mtu > 65520)) {
      problems.error(path.field("mtu"), "MTU " + mtu + " is outside 576 to 65520 (or 1 for the bridge's MTU)");
    } else if (mtu != null && model != NicModel.VIRTIO) {
      problems.error(path.field("mtu"), "Proxmox sets the MTU of VirtIO devices only");
    }
    if (ipv4 != null) {
      ipv4.validate(path.field("ipv4"), problems, false);
    }
    if (ipv6 != null) {
      ipv6.validate(path.field("ipv6"), problems, true);
    }
  }

  private static IpConfig staticAddress(IpConfig current, String cidr) {
    IpConfig next = IpConfig.of(cidr);
    return current != null && current.mode() == IpConfig.Mode.STATIC && current.gateway() != null
        ? next.gateway(current.gateway().text()) : next;
  }
}
