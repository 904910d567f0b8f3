package dev.ingot.talos.cluster;

import java.util.Set;

/**
 * The labels a kubelet may not set on its own node under the NodeRestriction admission plugin:
 * those in the {@code kubernetes.io} and {@code k8s.io} namespaces, except the well-known ones and
 * the {@code kubelet.kubernetes.io} and {@code node.kubernetes.io} prefixes (Kubernetes
 * documentation, "Admission Controllers", NodeRestriction).
 */
final class NodeRestriction {
  private static final Set<String> ALLOWED = Set.of(
      "kubernetes.io/hostname", "kubernetes.io/arch", "kubernetes.io/os",
      "beta.kubernetes.io/instance-type", "node.kubernetes.io/instance-type",
      "failure-domain.beta.kubernetes.io/region", "failure-domain.beta.kubernetes.io/zone",
      "topology.kubernetes.io/region", "topology.kubernetes.io/zone");

  private NodeRestriction() {}

  /** True when a kubelet may not set the label {@code key} on its node. */
  static boolean forbids(String key) {
    int slash = key.indexOf('/');
    if (slash < 0 || ALLOWED.contains(key)) {
      return false;
    }
    String domain = key.substring(0, slash);
    if (inDomain(domain, "kubelet.kubernetes.io") || inDomain(domain, "node.kubernetes.io")) {
      return false;
    }
    return inDomain(domain, "kubernetes.io") || inDomain(domain, "k8s.io");
  }

  private static boolean inDomain(String domain, String parent) {
    return domain.equals(parent) || domain.endsWith("." + parent);
  }
}
