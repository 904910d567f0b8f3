package dev.ingot.talos.cluster;

import dev.ingot.core.yaml.YamlDocument;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import java.util.List;
import java.util.Objects;

/**
 * Cilium as the cluster's CNI, replacing Flannel and kube-proxy.
 *
 * <p><b>How it gets installed.</b> Of the ways the Talos guide "Deploy Cilium CNI" describes,
 * Ingot uses the one it recommends for production clusters without Omni: the Helm chart rendered
 * with {@code helm template} and embedded in the control planes' machine configuration as an
 * inline manifest, which Talos applies while bootstrapping (and re-creates if deleted). The
 * rendering happens in Terraform, with the {@code helm_template} data source of
 * {@code hashicorp/helm} (pinned to {@link #HELM_PROVIDER_VERSION}), so the chart version and its
 * values are reviewable in the generated Terraform and nothing else must run between bootstrap
 * and a ready cluster: the nodes only become Ready once Cilium runs, and the inline manifest makes
 * that happen without a second tool or a Kubernetes provider that needs the cluster's kubeconfig
 * at plan time (a {@code helm_release} would). The manifest lives in the machine configuration,
 * which stays in the Terraform state like the rest of it; Talos never updates an inline manifest,
 * so later Cilium upgrades are {@code helm upgrade}s (or {@code talosctl upgrade-k8s} after a
 * chart version change).
 *
 * <p>The values are the guide's for Talos without kube-proxy: IPAM mode {@code kubernetes}, kube-proxy
 * replacement talking to the API through KubePrism ({@code localhost:7445}, on by default since
 * Talos v1.6), the capabilities without {@code SYS_MODULE}, and the cgroup v2 mount Talos already
 * provides. Hubble's certificates are made by the chart's certgen job ({@code cronJob}) instead of
 * at render time, so the rendered manifest holds no generated keys and is the same on every plan.
 *
 * @param chartVersion the version of the {@code cilium} chart
 * @param repository the Helm repository of the chart
 */
public record Cilium(String chartVersion, String repository) {
  /** The Helm provider that renders the chart. */
  public static final String HELM_PROVIDER_SOURCE = "hashicorp/helm";
  /** Its version: v3.1.2 (2026-05-21), whose {@code helm_template} schema the output is checked against. */
  public static final String HELM_PROVIDER_VERSION = "3.1.2";
  /** The chart version used unless told otherwise. */
  public static final String CHART_VERSION = "1.19.3";
  /** The KubePrism port Cilium reaches the Kubernetes API through. */
  public static final int KUBEPRISM_PORT = 7445;

  /** Checks for null. */
  public Cilium {
    Objects.requireNonNull(chartVersion, "chartVersion");
    Objects.requireNonNull(repository, "repository");
  }

  /** Cilium from chart {@link #CHART_VERSION} of {@code https://helm.cilium.io}. */
  public static Cilium defaults() {
    return new Cilium(CHART_VERSION, "https://helm.cilium.io");
  }

  /** This Cilium from chart version {@code version}, e.g. {@code "1.18.0"}. */
  public Cilium version(String version) {
    return new Cilium(version, repository);
  }

  /** The Helm values for Talos, as YAML. */
  public String values() {
    YamlMap values = YamlMap.builder()
        .map("ipam", m -> m.put("mode", "kubernetes"))
        .put("kubeProxyReplacement", true)
        .put("k8sServiceHost", "localhost")
        .put("k8sServicePort", KUBEPRISM_PORT)
        .map("securityContext", s -> s.map("capabilities", c -> c
            .strings("ciliumAgent", List.of("CHOWN", "KILL", "NET_ADMIN", "NET_RAW", "IPC_LOCK", "SYS_ADMIN",
                "SYS_RESOURCE", "DAC_OVERRIDE", "FOWNER", "SETGID", "SETUID"))
            .strings("cleanCiliumState", List.of("NET_ADMIN", "SYS_ADMIN", "SYS_RESOURCE"))))
        .map("cgroup", c -> c.map("autoMount", a -> a.put("enabled", false)).put("hostRoot", "/sys/fs/cgroup"))
        .map("hubble", h -> h.map("tls", t -> t.map("auto", a -> a.put("method", "cronJob"))))
        .build();
    return YamlDocument.of(values).render(null);
  }
}
