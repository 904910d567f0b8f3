package dev.ingot.talos.cluster;

import java.util.Objects;

/**
 * An external load balancer in front of the control plane nodes' Kubernetes API (port 6443).
 *
 * @param host its DNS name or address
 * @param port the port it listens on
 */
public record LoadBalancer(String host, int port) implements ClusterEndpoint {
  /** Checks for null. */
  public LoadBalancer {
    Objects.requireNonNull(host, "host");
  }

  /** The load balancer at {@code host}, port 6443. */
  public static LoadBalancer at(String host) {
    return new LoadBalancer(host, API_PORT);
  }

  /** The load balancer at {@code host}:{@code port}. */
  public static LoadBalancer at(String host, int port) {
    return new LoadBalancer(host, port);
  }
}
