package dev.ingot.talos.cluster;

import dev.ingot.core.value.IpAddress;
import java.util.Objects;

/**
 * A virtual IP that the control plane nodes share at layer 2: Talos moves it to a healthy control
 * plane node (its shared VIP setting), so the Kubernetes API stays reachable at one address. It
 * must be a free address in the nodes' subnet.
 *
 * @param ip the shared address
 */
public record Vip(IpAddress ip) implements ClusterEndpoint {
  /** Checks for null. */
  public Vip {
    Objects.requireNonNull(ip, "ip");
  }

  /** The shared address {@code ip}, e.g. {@code Vip.of("10.0.10.10")}. */
  public static Vip of(String ip) {
    return new Vip(IpAddress.of(ip));
  }

  @Override
  public String host() {
    return ip.text();
  }

  /** Always {@link #API_PORT}: the VIP points at the API servers themselves. */
  @Override
  public int port() {
    return API_PORT;
  }
}
