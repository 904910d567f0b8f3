package dev.ingot.talos.cluster;

import static dev.ingot.talos.schematic.OfficialExtension.HARBOR_CREDENTIAL_PROVIDER;
import static dev.ingot.talos.schematic.OfficialExtension.ISCSI_TOOLS;
import static dev.ingot.talos.schematic.OfficialExtension.NVIDIA_CONTAINER_TOOLKIT_PRODUCTION;
import static dev.ingot.talos.schematic.OfficialExtension.NVIDIA_OPEN_GPU_KERNEL_MODULES_PRODUCTION;
import static dev.ingot.talos.schematic.OfficialExtension.QEMU_GUEST_AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.Infra;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.pci.PciDevice;
import dev.ingot.proxmox.zfs.ZfsPool;
import dev.ingot.talos.patch.RawPatch;
import dev.ingot.talos.schematic.TalosSchematic;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** One test per cluster validation rule, each asserting the path and the exact message. */
class ClusterValidationTest {
  private static final String CLUSTER = "talos cluster \"homelab\"";
  private static final String GPU = CLUSTER + " › group \"gpu-1\"";

  private static List<String> problems(UnaryOperator<TalosCluster> change) {
    return ReferenceSite.problems(ReferenceSite.site(change));
  }

  /** The reference cluster with its GPU worker replaced by {@code spec} (on the same node and pool). */
  private static List<String> withWorker(UnaryOperator<NodeSpec> spec) {
    ProxmoxNode pve = ReferenceSite.pve();
    ZfsPool tank = ReferenceSite.tank(pve);
    PciDevice gpu = ReferenceSite.gpu(pve);
    TalosCluster cluster = ReferenceSite.cluster(pve, tank, gpu);
    TalosCluster replaced = new TalosCluster(cluster.name(), cluster.talos(), cluster.kubernetes(), cluster.endpoint(),
        cluster.gateway(), cluster.nameservers(), cluster.controlPlane(), List.of(), cluster.schematic(),
        cluster.installDisk(), cluster.ciliumCni(), cluster.longhornStorage(), cluster.patches(),
        cluster.nodePatches()).worker("gpu-1", w -> spec.apply(w.on(pve).storage(tank).cores(8)
            .memory(Size.gib(32)).ip("10.0.10.21/24")));
    return ReferenceSite.problems(Infra.named("homelab").with(pve, tank, gpu, replaced));
  }

  @Test
  void theReferenceSiteHasNoProblems() {
    assertThat(ReferenceSite.problems(ReferenceSite.site())).isEmpty();
  }

  @Test
  void kubernetesOutsideTheSupportMatrixIsAnError() {
    assertThat(problems(c -> c.kubernetes("1.30.4"))).containsExactly(CLUSTER + " › kubernetes: Kubernetes 1.30.4 is"
        + " not supported by Talos v1.13.9, which supports Kubernetes 1.31 to 1.36");
    assertThat(problems(c -> c.talos("v1.12.11").kubernetes("1.36.3"))).containsExactly(CLUSTER + " › kubernetes:"
        + " Kubernetes 1.36.3 is not supported by Talos v1.12.11, which supports Kubernetes 1.30 to 1.35");
  }

  @Test
  void anUnknownTalosLineIsAnError() {
    assertThat(problems(c -> c.talos("v1.5.5").kubernetes("1.28.0"))).contains(CLUSTER + " › talos: Ingot does not"
        + " know which Kubernetes releases Talos v1.5.5 supports; it knows Talos v1.6 to v1.14");
  }

  @Test
  void zeroControlPlanesIsAnError() {
    assertThat(problems(c -> c.controlPlanes(0, n -> n))).containsExactly(CLUSTER + " › controlPlanes: a cluster"
        + " needs at least one control plane node: add them with controlPlanes(3, …)");
  }

  @Test
  void anEvenNumberOfControlPlanesIsAWarning() {
    ProxmoxNode pve = ReferenceSite.pve();
    ZfsPool tank = ReferenceSite.tank(pve);
    assertThat(problems(c -> c.controlPlanes(2, n -> n.on(pve).storage(tank).cores(4).memory(Size.gib(8))
        .ip("10.0.10.11/24")))).containsExactly("warning: " + CLUSTER + " › controlPlanes: 2 control plane nodes"
            + " tolerate no more failures than 1: etcd needs a majority, so use an odd number such as 3");
    assertThat(problems(c -> c.controlPlanes(4, n -> n.on(pve).storage(tank).cores(4).memory(Size.gib(8))
        .ip("10.0.10.11/24")))).containsExactly("warning: " + CLUSTER + " › controlPlanes: 4 control plane nodes"
            + " tolerate no more failures than 3: etcd needs a majority, so use an odd number such as 5");
  }

  @Test
  void aNodeNameUsedTwiceIsAnError() {
    assertThat(problems(c -> c.worker("homelab-cp-2", w -> w.on(ReferenceSite.pve()).storage(c.controlPlane()
        .spec().storage()).cores(2).memory(Size.gib(4)).ip("10.0.10.31/24").schematic(ReferenceSite.base()))))
        .containsExactly(CLUSTER + " › node \"homelab-cp-2\" › name: the name homelab-cp-2 is already taken by node"
            + " homelab-cp-2 of group cp");
  }

  @Test
  void anAddressUsedTwiceIsAnError() {
    assertThat(problems(c -> c.worker("w-1", w -> w.on(ReferenceSite.pve()).storage(c.controlPlane().spec()
        .storage()).cores(2).memory(Size.gib(4)).ip("10.0.10.12/24").schematic(ReferenceSite.base()))))
        .containsExactly(CLUSTER + " › node \"w-1\" › address: the address 10.0.10.12 is already taken by node"
            + " homelab-cp-2");
  }

  @Test
  void theVipMustBeInTheControlPlanesSubnet() {
    assertThat(problems(c -> c.endpoint(Vip.of("10.0.20.10")))).containsExactly(CLUSTER + " › endpoint: the VIP"
        + " 10.0.20.10 is not in the subnet of control plane node homelab-cp-1 (10.0.10.11/24): a layer 2 VIP must"
        + " be an address of the control planes' network");
  }

  @Test
  void theVipMustNotBeANodeAddress() {
    assertThat(problems(c -> c.endpoint(Vip.of("10.0.10.13")))).containsExactly(CLUSTER + " › endpoint: the VIP"
        + " 10.0.10.13 is also the address of node homelab-cp-3: the VIP must be a free address");
  }

  @Test
  void longhornNeedsIscsiAndUtilLinuxToolsOnTheWorkers() {
    TalosSchematic gpuWithoutTools = TalosSchematic.with(QEMU_GUEST_AGENT, ISCSI_TOOLS,
        dev.ingot.talos.schematic.OfficialExtension.NVIDIA_OPEN_GPU_KERNEL_MODULES_PRODUCTION,
        dev.ingot.talos.schematic.OfficialExtension.NVIDIA_CONTAINER_TOOLKIT_PRODUCTION).named("gpu-lean");
    assertThat(withWorker(w -> w.schematic(gpuWithoutTools).passthrough(ReferenceSite.gpu(ReferenceSite.pve()))))
        .containsExactly(GPU + " › schematic: Longhorn needs siderolabs/iscsi-tools and siderolabs/util-linux-tools"
            + " on every worker, but schematic gpu-lean lacks siderolabs/util-linux-tools");
  }

  @Test
  void aGpuWorkerNeedsTheNvidiaExtensions() {
    assertThat(withWorker(w -> w.schematic(ReferenceSite.base()).passthrough(ReferenceSite.gpu(ReferenceSite.pve()))))
        .containsExactly(GPU + " › schematic: the nodes pass through an NVIDIA GPU, but schematic base lacks the"
            + " NVIDIA extensions: add siderolabs/nvidia-open-gpu-kernel-modules-production and"
            + " siderolabs/nvidia-container-toolkit-production (or their LTS or proprietary variants)");
  }

  @Test
  void aDerivedSchematicThatKeepsItsNameIsAnError() {
    TalosSchematic unnamed = ReferenceSite.base().plus(NVIDIA_OPEN_GPU_KERNEL_MODULES_PRODUCTION,
        NVIDIA_CONTAINER_TOOLKIT_PRODUCTION);
    assertThat(withWorker(w -> w.schematic(unnamed).passthrough(ReferenceSite.gpu(ReferenceSite.pve()))))
        .containsExactly(GPU + " › schematic: schematic \"base\" differs from the schematic of that name at " + CLUSTER
            + " › schematic, and both would be talos/schematics/base.yaml: give this one its own name with named(…)");
  }

  @Test
  void aSchematicOfTheSiteMayRepeatTheClustersButNotDifferFromIt() {
    assertThat(ReferenceSite.problems(ReferenceSite.site().with(ReferenceSite.base()))).isEmpty();
    assertThat(ReferenceSite.problems(ReferenceSite.site().with(TalosSchematic.with(QEMU_GUEST_AGENT).named("base"))))
        .containsExactly("talos schematic \"base\": schematic \"base\" differs from the schematic of that name at "
            + CLUSTER + " › schematic, and both would be talos/schematics/base.yaml: give this one its own name with"
            + " named(…)");
  }

  @Test
  void aGpuWorkerNeedsItsPciDevice() {
    assertThat(withWorker(w -> w.schematic(ReferenceSite.gpuNode()))).containsExactly(GPU + " › passthrough:"
        + " schematic gpu carries NVIDIA drivers, but the nodes pass through no NVIDIA device: add the GPU with"
        + " passthrough(gpu)");
  }

  @Test
  void theGuestAgentNeedsItsExtension() {
    TalosSchematic tools = TalosSchematic.with(ISCSI_TOOLS,
        dev.ingot.talos.schematic.OfficialExtension.UTIL_LINUX_TOOLS).named("tools");
    assertThat(withWorker(w -> w.schematic(tools).guestAgent(true))).containsExactly(GPU + " › guestAgent: the QEMU"
        + " guest agent is enabled, but schematic tools lacks siderolabs/qemu-guest-agent: add the extension, or"
        + " Proxmox waits for an agent that never answers");
  }

  @Test
  void anExtensionUnknownForTheClustersTalosIsAnError() {
    TalosSchematic harbor = ReferenceSite.base().plus(HARBOR_CREDENTIAL_PROVIDER).named("harbor");
    assertThat(withWorker(w -> w.schematic(harbor))).containsExactly(GPU + " › schematic › extensions[3]:"
        + " siderolabs/harbor-credential-provider is not available for Talos v1.13.9; it exists from"
        + " v1.14.0-alpha.1 on");
  }

  @Test
  void aRawPatchThatIsNotYamlIsAnError() {
    assertThat(problems(c -> c.patch(RawPatch.of("broken", "machine:\n  kubelet: [unclosed\n")))).containsExactly(
        CLUSTER + " › patches[0]: the patch is not YAML: while parsing a flow sequence, expected ',' or ']', but got"
            + " <stream end> (line 3, column 1)");
  }

  @Test
  void aRawPatchThatIsNotAMappingIsAnError() {
    assertThat(problems(c -> c.patch(RawPatch.of("list", "- machine\n")))).containsExactly(CLUSTER
        + " › patches[0]: the patch is not a mapping: a machine configuration patch is a mapping such as machine: … or"
        + " apiVersion: v1alpha1, kind: …");
  }

  @Test
  void aRawPatchWithSecretsIsAnError() {
    String yaml = """
        machine:
          token: abcdef.0123456789abcdef
          ca:
            crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t
            key: "-----BEGIN ED25519 PRIVATE KEY-----\\nMC4CAQAwBQYDK2VwBCIEIP\\n-----END ED25519 PRIVATE KEY-----"
        ---
        apiVersion: v1alpha1
        kind: UserVolumeConfig
        name: data
        encryption:
          keys:
            - static:
                passphrase: hunter2
        """;
    assertThat(problems(c -> c.patch("gpu-1", RawPatch.of("secrets", yaml)))).containsExactly(
        CLUSTER + " › nodePatches[0] › patch: document 1 of the patch holds a secret at machine.token: a token value;"
            + " patches are committed files, so keep secrets out of them (Talos machine secrets stay in the Terraform"
            + " state)",
        CLUSTER + " › nodePatches[0] › patch: document 1 of the patch holds a secret at machine.ca.key: a private key;"
            + " patches are committed files, so keep secrets out of them (Talos machine secrets stay in the Terraform"
            + " state)",
        CLUSTER + " › nodePatches[0] › patch: document 2 of the patch holds a secret at"
            + " encryption.keys[0].static.passphrase: a passphrase value; patches are committed files, so keep secrets"
            + " out of them (Talos machine secrets stay in the Terraform state)");
  }

  @Test
  void aKubernetesSecretInAnInlineManifestIsAnError() {
    String yaml = """
        cluster:
          inlineManifests:
            - name: creds
              contents: |
                apiVersion: v1
                kind: Secret
                metadata:
                  name: creds
        """;
    assertThat(problems(c -> c.patch(RawPatch.of("creds", yaml)))).containsExactly(CLUSTER + " › patches[0]: the"
        + " patch holds a secret at cluster.inlineManifests[0].contents: a Kubernetes Secret manifest; patches are"
        + " committed files, so keep secrets out of them (Talos machine secrets stay in the Terraform state)");
  }

  @Test
  void ciliumWithACniPatchIsAnError() {
    String flannel = "cluster:\n  network:\n    cni:\n      name: flannel\n";
    assertThat(problems(c -> c.patch(RawPatch.of("flannel", flannel)))).containsExactly(CLUSTER + " › patches[0]: the"
        + " patch sets cluster.network.cni, which conflicts with cilium(): Ingot already removes the default CNI and"
        + " kube-proxy for Cilium, so remove it from the patch");
    String proxy = "apiVersion: v1alpha1\nkind: KubeProxyConfig\nenabled: true\n";
    assertThat(withWorker(w -> w.schematic(ReferenceSite.base()).patch(RawPatch.of("proxy", proxy))))
        .containsExactly(GPU + " › patches[0]: the patch sets KubeProxyConfig, which conflicts with cilium(): Ingot"
            + " already removes the default CNI and kube-proxy for Cilium, so remove it from the patch");
  }

  @Test
  void anEmptyWorkerGroupIsAnError() {
    ProxmoxNode pve = ReferenceSite.pve();
    assertThat(problems(c -> c.workers("general", 0, w -> w.on(pve).storage(c.controlPlane().spec().storage())
        .cores(4).memory(Size.gib(8)).ip("10.0.10.31/24")))).containsExactly(CLUSTER + " › group \"general\" ›"
            + " count: a worker group needs at least one node, not 0");
  }

  @Test
  void longhornWithoutWorkersIsAnError() {
    ProxmoxNode pve = ReferenceSite.pve();
    ZfsPool tank = ReferenceSite.tank(pve);
    PciDevice gpu = ReferenceSite.gpu(pve);
    TalosCluster cluster = ReferenceSite.cluster(pve, tank, gpu);
    TalosCluster noWorkers = new TalosCluster(cluster.name(), cluster.talos(), cluster.kubernetes(), cluster.endpoint(),
        cluster.gateway(), cluster.nameservers(), cluster.controlPlane(), List.of(), cluster.schematic(),
        cluster.installDisk(), cluster.ciliumCni(), cluster.longhornStorage(), List.of(), List.of());
    assertThat(ReferenceSite.problems(Infra.named("homelab").with(pve, tank, gpu, noWorkers))).containsExactly(
        CLUSTER + " › longhorn: Longhorn keeps its data on the workers, but the cluster has none: add a worker with"
            + " worker(…) or workers(…)");
  }
}
