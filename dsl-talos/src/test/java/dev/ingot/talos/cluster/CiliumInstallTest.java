package dev.ingot.talos.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.ingot.core.Infra;
import dev.ingot.core.generate.ArtifactSet;
import dev.ingot.core.testsupport.ExternalTool;
import dev.ingot.core.testsupport.TerraformSchemaChecker;
import dev.ingot.talos.TalosVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cilium gets installed: the control planes' configuration drops Flannel and kube-proxy by the
 * mechanism of the configuration contract, and carries the rendered chart as an inline manifest.
 */
class CiliumInstallTest {
  private static final String TALOS_TF = "terraform/homelab/talos.tf.json";
  private static final String FAKE_MANIFEST = "kind: DaemonSet\nmetadata:\n  name: cilium\n";

  @TempDir
  Path dir;

  private static Infra talos114() {
    Infra site = ReferenceSite.site(c -> c.talos("v1.14.0-rc.1"));
    return site.with(TalosProvider.siderolabs().version("0.12.0-alpha.5"));
  }

  private static JsonNode controlPlaneConfiguration(ArtifactSet files) throws IOException {
    return new ObjectMapper().readTree(files.text(TALOS_TF))
        .at("/data/talos_machine_configuration/homelab_controlplane");
  }

  /** Evaluates the last config patch of the control planes with Terraform, the chart replaced by a fake manifest. */
  private String evaluateCiliumPatch(ArtifactSet files, String path) throws IOException {
    JsonNode patches = controlPlaneConfiguration(files).path("config_patches");
    String expression = patches.get(patches.size() - 1).asText();
    String hcl = expression.substring(2, expression.length() - 1)
        .replace("data.helm_template.homelab_cilium.manifest", "\"" + FAKE_MANIFEST.replace("\n", "\\n") + "\"");
    var result = ExternalTool.run(dir, "jsonencode(yamldecode(" + hcl + ")" + path + ")\n",
        List.of("terraform", "console"));
    assertThat(result.exitCode()).as(result.output()).isZero();
    return result.stdout().strip();
  }

  @Test
  void theChartIsRenderedWithTheTalosValues() throws IOException {
    ArtifactSet files = ReferenceSite.site().emit("CiliumInstallTest");
    JsonNode chart = new ObjectMapper().readTree(files.text(TALOS_TF)).at("/data/helm_template/homelab_cilium");
    assertThat(chart.path("chart").asText()).isEqualTo("cilium");
    assertThat(chart.path("namespace").asText()).isEqualTo("kube-system");
    assertThat(chart.path("kube_version").asText()).isEqualTo("1.36.3");
    JsonNode values = new YAMLMapper().readTree(chart.path("values").get(0).asText());
    assertThat(values.at("/ipam/mode").asText()).isEqualTo("kubernetes");
    assertThat(values.path("kubeProxyReplacement").asBoolean()).isTrue();
    assertThat(values.path("k8sServiceHost").asText()).isEqualTo("localhost");
    assertThat(values.path("k8sServicePort").asInt()).isEqualTo(7445);
    assertThat(values.at("/securityContext/capabilities/ciliumAgent").toString()).isEqualTo("[\"CHOWN\",\"KILL\","
        + "\"NET_ADMIN\",\"NET_RAW\",\"IPC_LOCK\",\"SYS_ADMIN\",\"SYS_RESOURCE\",\"DAC_OVERRIDE\",\"FOWNER\","
        + "\"SETGID\","
        + "\"SETUID\"]");
    assertThat(values.at("/securityContext/capabilities/cleanCiliumState").toString())
        .isEqualTo("[\"NET_ADMIN\",\"SYS_ADMIN\",\"SYS_RESOURCE\"]");
    assertThat(values.at("/cgroup/autoMount/enabled").asBoolean()).isFalse();
    assertThat(values.at("/cgroup/hostRoot").asText()).isEqualTo("/sys/fs/cgroup");
    assertThat(values.at("/hubble/tls/auto/method").asText()).isEqualTo("cronJob");
  }

  @Test
  void before114TheManifestIsAClusterInlineManifest() throws IOException {
    ArtifactSet files = ReferenceSite.site().emit("CiliumInstallTest");
    assertThat(files.text("talos/patches/homelab-controlplane.yaml"))
        .contains("cluster:\n  network:\n    cni:\n      name: none\n  proxy:\n    disabled: true\n");
    assertThat(evaluateCiliumPatch(files, ".cluster.inlineManifests"))
        .isEqualTo("\"[{\\\"contents\\\":\\\"kind: DaemonSet\\\\nmetadata:\\\\n  name: cilium\\\\n\\\",\\\"name\\\":"
            + "\\\"cilium\\\"}]\"");
  }

  @Test
  void from114TheManifestIsAKubeInlineManifestConfig() throws IOException {
    Infra site = talos114();
    assertThat(ReferenceSite.problems(site)).isEmpty();
    ArtifactSet files = site.emit("CiliumInstallTest");
    assertThat(files.text("talos/patches/homelab-controlplane.yaml")).contains("""
        ---
        apiVersion: v1alpha1
        kind: KubeFlannelCNIConfig
        $patch: delete
        ---
        apiVersion: v1alpha1
        kind: KubeProxyConfig
        enabled: false
        """);
    assertThat(controlPlaneConfiguration(files).path("talos_version").asText()).isEqualTo("v1.14");
    assertThat(evaluateCiliumPatch(files, ".kind")).isEqualTo("\"\\\"KubeInlineManifestConfig\\\"\"");
    assertThat(evaluateCiliumPatch(files, ".manifest")).isEqualTo("\"\\\"kind: DaemonSet\\\\nmetadata:\\\\n  name:"
        + " cilium\\\\n\\\"\"");
    assertThat(files.text("talos/patches/homelab-worker.yaml")).doesNotContain("extraMounts");
    assertThat(TerraformSchemaChecker.check(files.text("terraform/homelab/versions.tf.json"), ClusterFilesTest.TALOS,
        ClusterFilesTest.HELM)).containsExactly("$.terraform.required_providers.talos.version: pins"
            + " \"0.12.0-alpha.5\" but the schema table describes 0.11.0");
  }

  @Test
  void talos114WithTheDefaultProviderIsConfiguredForContract113() throws IOException {
    Infra site = ReferenceSite.site(c -> c.talos(TalosVersion.of("v1.14.0-rc.1")));
    assertThat(ReferenceSite.problems(site)).containsExactly("warning: talos cluster \"homelab\" › talos: the machine"
        + " configuration of Talos v1.14.0-rc.1 is generated for contract v1.13: siderolabs/talos 0.11.0 is built"
        + " with Talos machinery v1.13.0, which generates configuration up to its own release line");
    ArtifactSet files = site.emit("CiliumInstallTest");
    assertThat(controlPlaneConfiguration(files).path("talos_version").asText()).isEqualTo("v1.13");
    assertThat(files.text("talos/patches/homelab-controlplane.yaml")).contains("cni:\n      name: none");
  }
}
