package dev.ingot.talos.cluster;

/**
 * Where the Kubernetes API of a cluster is reached: a {@link Vip} that the control plane nodes
 * share, or an external {@link LoadBalancer} in front of them.
 */
public sealed interface ClusterEndpoint permits Vip, LoadBalancer {
  /** The Kubernetes API port of Talos control planes. */
  int API_PORT = 6443;

  /** The host part of the endpoint: an address or a DNS name. */
  String host();

  /** The port. */
  int port();

  /** The endpoint URL Talos writes into the machine configuration: {@code https://10.0.10.10:6443}. */
  default String url() {
    String h = host().contains(":") ? "[" + host() + "]" : host();
    return "https://" + h + ":" + port();
  }
}
