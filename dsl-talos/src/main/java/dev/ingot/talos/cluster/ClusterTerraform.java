package dev.ingot.talos.cluster;

import dev.ingot.core.Emission;
import dev.ingot.core.terraform.TerraformDocument;
import dev.ingot.core.terraform.TerraformDocument.Output;
import dev.ingot.core.terraform.TfValue;
import dev.ingot.core.terraform.TfValue.TfObject;
import dev.ingot.core.value.Names;
import dev.ingot.talos.patch.ConfigContract;
import dev.ingot.talos.patch.PatchFile;
import dev.ingot.talos.patch.RawPatch;
import java.util.ArrayList;
import java.util.List;

/**
 * The cluster's share of {@code terraform/<site>/talos.tf.json}, for {@code siderolabs/talos}
 * 0.11.0: machine secrets, a machine configuration per role, an apply per node (after its VM),
 * the bootstrap of the first control plane, the kubeconfig and the talosconfig as sensitive
 * outputs. Patches come from the committed files under {@code talos/patches/} (read with
 * {@code file()}), plus Cilium's rendered chart as an inline manifest.
 */
final class ClusterTerraform {
  /** The Terraform file the clusters write to. */
  static final String FILE = "talos";

  private final TalosCluster c;
  private final ConfigContract contract;
  private final List<VmRef> vms;
  private final String id;
  private final String secrets;

  /**
   * The Terraform address of the VM of a node, which its configuration apply waits for.
   *
   * @param node the node
   * @param address the VM resource's address, e.g. {@code proxmox_virtual_environment_vm.homelab_cp_1}
   */
  record VmRef(TalosNode node, String address) {}

  private ClusterTerraform(TalosCluster c, ConfigContract contract, List<VmRef> vms) {
    this.c = c;
    this.contract = contract;
    this.vms = vms;
    this.id = Names.identifier(c.name());
    this.secrets = "talos_machine_secrets." + id;
  }

  /** Adds the cluster's resources to {@code out}; {@code vms} holds the VM of every node, in node order. */
  static void emit(TalosCluster c, ConfigContract contract, List<VmRef> vms, Emission out) {
    new ClusterTerraform(c, contract, vms).emit(out.terraform(FILE));
  }

  private void emit(TerraformDocument tf) {
    tf.resource("talos_machine_secrets", id, TfObject.builder().put("talos_version", contract.toString()).build());
    tf.data("talos_machine_configuration", id + "_" + NodeRole.CONTROL_PLANE.machineType(),
        configuration(NodeRole.CONTROL_PLANE, controlPlanePatches()));
    if (!c.workerNodes().isEmpty()) {
      tf.data("talos_machine_configuration", id + "_" + NodeRole.WORKER.machineType(),
          configuration(NodeRole.WORKER, rolePatches(ClusterPatches.worker(c, contract))));
    }
    if (c.ciliumCni() != null) {
      tf.data("helm_template", id + "_cilium", cilium(c.ciliumCni()));
    }
    tf.data("talos_client_configuration", id, TfObject.builder()
        .put("cluster_name", c.name())
        .expr("client_configuration", secrets + ".client_configuration")
        .put("endpoints", TfValue.strings(addresses(c.controlPlaneNodes())))
        .put("nodes", TfValue.strings(addresses(c.nodes())))
        .build());
    for (VmRef vm : vms) {
      tf.resource("talos_machine_configuration_apply", Names.identifier(vm.node().name()), apply(vm));
    }
    TalosNode first = c.controlPlaneNodes().get(0);
    String firstAddress = first.address().text();
    tf.resource("talos_machine_bootstrap", id, TfObject.builder()
        .expr("client_configuration", secrets + ".client_configuration")
        .put("node", firstAddress)
        .put("endpoint", firstAddress)
        .put("depends_on", TfValue.list(List.of(
            TfValue.ref("talos_machine_configuration_apply." + Names.identifier(first.name())))))
        .build());
    tf.resource("talos_cluster_kubeconfig", id, TfObject.builder()
        .expr("client_configuration", secrets + ".client_configuration")
        .put("node", firstAddress)
        .put("endpoint", firstAddress)
        .put("depends_on", TfValue.list(List.of(TfValue.ref("talos_machine_bootstrap." + id))))
        .build());
    tf.output(id + "_kubeconfig", new Output(TfValue.expr("talos_cluster_kubeconfig." + id + ".kubeconfig_raw"),
        "kubeconfig of Talos cluster " + c.name(), true));
    tf.output(id + "_talosconfig", new Output(TfValue.expr("data.talos_client_configuration." + id + ".talos_config"),
        "talosconfig of Talos cluster " + c.name(), true));
  }

  private TfObject configuration(NodeRole role, List<TfValue> patches) {
    return TfObject.builder()
        .put("cluster_name", c.name())
        .put("cluster_endpoint", c.endpoint().url())
        .put("machine_type", role.machineType())
        .expr("machine_secrets", secrets + ".machine_secrets")
        .put("talos_version", contract.toString())
        .put("kubernetes_version", c.kubernetes().toString())
        .put("config_patches", TfValue.list(patches))
        .build();
  }

  private List<TfValue> controlPlanePatches() {
    ArrayList<TfValue> patches = rolePatches(ClusterPatches.controlPlane(c, contract));
    if (c.ciliumCni() != null) {
      String manifest = "data.helm_template." + id + "_cilium.manifest";
      patches.add(TfValue.expr(contract.multidocKubernetes()
          ? "yamlencode({apiVersion = \"v1alpha1\", kind = \"KubeInlineManifestConfig\", name = \"cilium\", manifest = "
              + manifest + "})"
          : "yamlencode({cluster = {inlineManifests = [{name = \"cilium\", contents = " + manifest + "}]}})"));
    }
    return patches;
  }

  /** The role's generated file (when it has content), then the cluster's hand-written patches. */
  private ArrayList<TfValue> rolePatches(PatchFile file) {
    var patches = new ArrayList<TfValue>();
    if (!file.isEmpty()) {
      patches.add(file(file.path()));
    }
    c.patches().forEach(p -> patches.add(file(p.path())));
    return patches;
  }

  private TfObject apply(VmRef vm) {
    TalosNode node = vm.node();
    var patches = new ArrayList<TfValue>();
    patches.add(file(PatchFile.path(node.name())));
    node.spec().patches().forEach(p -> patches.add(file(p.path())));
    c.nodePatches().stream().filter(p -> p.node().equals(node.name()))
        .map(TalosCluster.NodePatch::patch).map(RawPatch::path).forEach(p -> patches.add(file(p)));
    String address = node.address().text();
    return TfObject.builder()
        .expr("client_configuration", secrets + ".client_configuration")
        .expr("machine_configuration_input",
            "data.talos_machine_configuration." + id + "_" + node.role().machineType() + ".machine_configuration")
        .put("node", address)
        .put("endpoint", address)
        .put("config_patches", TfValue.list(patches))
        .put("depends_on", TfValue.list(List.of(TfValue.ref(vm.address()))))
        .build();
  }

  private TfObject cilium(Cilium cilium) {
    return TfObject.builder()
        .put("name", "cilium")
        .put("namespace", "kube-system")
        .put("repository", cilium.repository())
        .put("chart", "cilium")
        .put("version", cilium.chartVersion())
        .put("kube_version", c.kubernetes().toString())
        .put("values", TfValue.strings(List.of(cilium.values())))
        .build();
  }

  /** The contents of the committed file at {@code path}, read relative to the Terraform directory. */
  private static TfValue file(String path) {
    return TfValue.expr("file(\"${path.module}/../../" + path + "\")");
  }

  private static List<String> addresses(List<TalosNode> nodes) {
    return nodes.stream().map(n -> n.address().text()).toList();
  }
}
