package dev.ingot.talos.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.Component;
import dev.ingot.core.Infra;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.pci.PciDevice;
import dev.ingot.proxmox.zfs.ZfsPool;
import dev.ingot.talos.TalosVersion;
import dev.ingot.talos.patch.RawPatch;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The checks of endpoints, addresses, VM sizes, passthrough, labels and patch names, with path and message. */
class ClusterSettingsValidationTest {
  private static final String CLUSTER = "talos cluster \"homelab\"";
  private static final String CP = CLUSTER + " › group \"cp\"";
  private static final String GPU = CLUSTER + " › group \"gpu-1\"";

  private static List<String> problems(UnaryOperator<TalosCluster> change) {
    return ReferenceSite.problems(ReferenceSite.site(change));
  }

  /** The reference cluster with its control planes made by {@code spec} instead. */
  private static List<String> controlPlanes(int count, UnaryOperator<NodeSpec> spec) {
    return problems(c -> c.controlPlanes(count, n -> spec.apply(n.on(c.controlPlane().spec().node())
        .storage(c.controlPlane().spec().storage()).cores(4).memory(Size.gib(8)).ip("10.0.10.11/24"))));
  }

  @Test
  void aClusterNeedsAnEndpoint() {
    assertThat(problems(c -> c.endpoint(null))).containsExactly(CLUSTER + " › endpoint: the cluster needs an endpoint"
        + " for its Kubernetes API: endpoint(Vip.of(\"10.0.10.10\")) or endpoint(LoadBalancer.at(\"k8s.lan\"))");
  }

  @Test
  void aLoadBalancerNeedsAHostAndAPort() {
    assertThat(problems(c -> c.endpoint(LoadBalancer.at(" ", 70000)))).containsExactly(
        CLUSTER + " › endpoint › host: the load balancer needs a host name or address",
        CLUSTER + " › endpoint › port: 70000 is not a port: use 1 to 65535");
    assertThat(problems(c -> c.endpoint(LoadBalancer.at("k8s.lan")))).isEmpty();
  }

  @Test
  void theClusterNameMustStartWithALetter() {
    TalosCluster digits = ReferenceSite.site().all(TalosCluster.class).get(0);
    TalosCluster renamed = new TalosCluster("1lab", digits.talos(), digits.kubernetes(), digits.endpoint(),
        digits.gateway(), digits.nameservers(), digits.controlPlane(), digits.workers(), digits.schematic(),
        digits.installDisk(), digits.ciliumCni(), digits.longhornStorage(), digits.patches(), digits.nodePatches());
    Infra site = ReferenceSite.site();
    List<Component> others = site.components().stream().filter(c -> !(c instanceof TalosCluster))
        .toList();
    assertThat(ReferenceSite.problems(Infra.named("homelab").with(others).with(renamed))).containsExactly(
        "talos cluster \"1lab\" › name: \"1lab\" must start with a letter: it also names Terraform resources",
        "talos cluster \"1lab\" › node \"1lab-cp-1\" › name: \"1lab-cp-1\" must start with a letter: it also names"
            + " Terraform resources",
        "talos cluster \"1lab\" › node \"1lab-cp-2\" › name: \"1lab-cp-2\" must start with a letter: it also names"
            + " Terraform resources",
        "talos cluster \"1lab\" › node \"1lab-cp-3\" › name: \"1lab-cp-3\" must start with a letter: it also names"
            + " Terraform resources");
  }

  @Test
  void theNodesNeedAProxmoxNodeStorageCoresAndMemory() {
    assertThat(problems(c -> c.controlPlanes(3, n -> n.ip("10.0.10.11/24")))).containsExactly(
        CP + " › node: the nodes need a Proxmox node to run on: on(pve)",
        CP + " › storage: the nodes need a storage for their disks: storage(pool)",
        CP + " › cores: the nodes need a number of CPU cores: cores(4)",
        CP + " › memory: the nodes need memory: memory(Size.gib(8))");
  }

  @Test
  void theNodesMeetTalosMinimumRequirements() {
    assertThat(controlPlanes(3, n -> n.cores(1).memory(Size.mib(1536)).disk(Size.gib(8)))).containsExactly(
        CP + " › cores: Talos needs at least 2 cores for a control plane node, not 1",
        CP + " › memory: Talos needs at least 2 GiB of memory for a control plane node, not 1536 MiB",
        CP + " › diskSize: Talos needs a system disk of at least 10 GiB");
  }

  @Test
  void theNodesNeedAnAddress() {
    ProxmoxNode pve = ReferenceSite.pve();
    assertThat(problems(c -> c.controlPlanes(3, n -> n.on(pve).storage(c.controlPlane().spec().storage()).cores(4)
        .memory(Size.gib(8))))).containsExactly(CP + ": the nodes need an address: ip(\"10.0.10.11/24\") for a static"
            + " one (preferred), or dhcp(\"10.0.10.31\") with the address their DHCP reservation gives");
  }

  @Test
  void staticAddressesNeedAGatewayInTheirSubnet() {
    assertThat(problems(c -> new TalosCluster(c.name(), c.talos(), c.kubernetes(), c.endpoint(), null,
        c.nameservers(), c.controlPlane(), c.workers(), c.schematic(), c.installDisk(), c.ciliumCni(),
        c.longhornStorage(), c.patches(), c.nodePatches()))).containsExactly(
            CP + " › ip: nodes with static addresses need the cluster's gateway: gateway(\"…\")",
            GPU + " › ip: nodes with static addresses need the cluster's gateway: gateway(\"…\")");
    assertThat(problems(c -> c.gateway("10.0.20.1"))).containsExactly(
        CLUSTER + " › node \"homelab-cp-1\" › network[0] › ipv4 › gateway: gateway 10.0.20.1 is outside the subnet of"
            + " 10.0.10.11/24",
        CLUSTER + " › node \"homelab-cp-2\" › network[0] › ipv4 › gateway: gateway 10.0.20.1 is outside the subnet of"
            + " 10.0.10.12/24",
        CLUSTER + " › node \"homelab-cp-3\" › network[0] › ipv4 › gateway: gateway 10.0.20.1 is outside the subnet of"
            + " 10.0.10.13/24",
        CLUSTER + " › node \"gpu-1\" › network[0] › ipv4 › gateway: gateway 10.0.20.1 is outside the subnet of"
            + " 10.0.10.21/24");
    assertThat(controlPlanes(3, n -> n.ip("10.0.10.11"))).containsExactly(
        CP + " › ip: \"10.0.10.11\" is not an address with a prefix length, like 10.0.10.50/24");
  }

  @Test
  void groupAddressesMustStayHostAddresses() {
    assertThat(controlPlanes(3, n -> n.ip("10.0.10.253/24"))).containsExactly(CLUSTER + " › node \"homelab-cp-3\""
        + " › network[0] › ipv4 › address: 10.0.10.255/24 is the broadcast address of its subnet, not a host"
        + " address");
    assertThat(controlPlanes(3, n -> n.ip("255.255.255.254/24"))).contains(CLUSTER + " › node \"homelab-cp-3\" ›"
        + " address: node 3 of group cp gets no address after 255.255.255.254/24: start the group at a lower"
        + " address");
  }

  @Test
  void dhcpNodesNeedAValidReservedAddress() {
    assertThat(controlPlanes(3, n -> n.dhcp("10.0.10.300"))).containsExactly(
        CP + " › dhcp: \"10.0.10.300\" is not an IPv4 or IPv6 address");
    assertThat(controlPlanes(3, n -> n.dhcp("10.0.10.11"))).isEmpty();
  }

  @Test
  void vmIdsMustBeValidAndUnique() {
    assertThat(controlPlanes(3, n -> n.vmId(1020))).containsExactly(CLUSTER + " › node \"gpu-1\" › vmId: the VM id"
        + " 1021 is already taken by node homelab-cp-2");
    assertThat(controlPlanes(1, n -> n.vmId(99))).containsExactly(CLUSTER + " › node \"homelab-cp-1\" › vmId: 99 is"
        + " not a VM id: use a number from 100 to 999999999");
  }

  @Test
  void eachVmChecksItsPassedThroughDevices() {
    ProxmoxNode other = ProxmoxNode.named("pve2");
    PciDevice unmapped = PciDevice.at("0000:02:00").on(other).functions("10de:27b2");
    assertThat(problems(c -> c.worker("gpu-2", w -> w.on(c.controlPlane().spec().node())
        .storage(c.controlPlane().spec().storage()).schematic(ReferenceSite.gpuNode()).passthrough(unmapped)
        .cores(8).memory(Size.gib(32)).ip("10.0.10.22/24")))).containsExactly(
            "warning: node \"pve\" › memory: vm \"homelab-cp-1\" (8 GiB), vm \"homelab-cp-2\" (8 GiB), vm"
                + " \"homelab-cp-3\" (8 GiB), vm \"gpu-1\" (32 GiB), vm \"gpu-2\" (32 GiB) and the ZFS ARC maximum"
                + " (16 GiB) need 104 GiB, more than the node's 96 GiB of RAM",
            CLUSTER + " › node \"gpu-2\" › passthrough[0]: pci device \"pve2/0000:02:00\" is not part of infra"
                + " \"homelab\"; add it with Infra.with(…)");
  }

  @Test
  void aGpuServesOneNode() {
    ProxmoxNode pve = ReferenceSite.pve();
    ZfsPool tank = ReferenceSite.tank(pve);
    PciDevice gpu = ReferenceSite.gpu(pve);
    assertThat(problems(c -> c.worker("gpu-2", w -> w.on(pve).storage(tank).schematic(ReferenceSite.gpuNode())
        .passthrough(gpu).cores(8).memory(Size.gib(16)).ip("10.0.10.22/24")))).containsExactly(
            CLUSTER + " › node \"gpu-2\" › passthrough[0]: PCI device pve/0000:01:00 is also passed through to node"
                + " gpu-1, and a device serves one VM: give each GPU node its own device and its own worker(…)");
    assertThat(problems(c -> c.workers("gpus", 2, w -> w.on(pve).storage(tank).schematic(ReferenceSite.gpuNode())
        .passthrough(gpu).cores(8).memory(Size.gib(8)).ip("10.0.10.31/24")))).containsExactly(
            CLUSTER + " › node \"homelab-gpus-1\" › passthrough[0]: PCI device pve/0000:01:00 is also passed through to"
                + " node gpu-1, and a device serves one VM: give each GPU node its own device and its own worker(…)",
            CLUSTER + " › node \"homelab-gpus-2\" › passthrough[0]: PCI device pve/0000:01:00 is also passed through to"
                + " node gpu-1, and a device serves one VM: give each GPU node its own device and its own worker(…)");
  }

  @Test
  void workersMayNotSetRestrictedLabels() {
    assertThat(problems(c -> c.controlPlanes(3, n -> c.controlPlane().spec().label("node-role.kubernetes.io/ctl", ""))))
        .isEmpty();
    ProxmoxNode pve = ReferenceSite.pve();
    assertThat(problems(c -> c.workers("general", 1, w -> w.on(pve).storage(c.controlPlane().spec().storage())
        .schematic(ReferenceSite.base()).cores(4).memory(Size.gib(8)).ip("10.0.10.31/24")
        .label("node-role.kubernetes.io/general", "").label("node.kubernetes.io/pool", "general")
        .label("example.com/pool", "general")))).containsExactly(CLUSTER + " › group \"general\" ›"
            + " labels[\"node-role.kubernetes.io/general\"]: a worker may not set label node-role.kubernetes.io/general"
            + " on itself (the NodeRestriction admission plugin reserves the kubernetes.io and k8s.io prefixes): use"
            + " another prefix, such as example.com/general");
  }

  @Test
  void kubeletMountsAreNotPossibleWithTheV114Documents() {
    Infra site = ReferenceSite.site(c -> c.talos(TalosVersion.of("v1.14.0-rc.1"))
        .controlPlanes(3, n -> c.controlPlane().spec().kubeletMount("/var/lib/example")))
        .with(TalosProvider.siderolabs().version("0.12.0-alpha.5"));
    assertThat(ReferenceSite.problems(site)).containsExactly(CP + " › kubeletMounts: kubelet extra mounts have no"
        + " equivalent in the configuration documents of Talos v1.14 (machine.kubelet.extraMounts cannot be combined"
        + " with KubeletConfig)");
  }

  @Test
  void anUnknownProviderVersionNeedsItsMachinery() {
    Infra site = ReferenceSite.site().with(TalosProvider.siderolabs().version("0.13.0"));
    assertThat(ReferenceSite.problems(site)).containsExactly("terraform provider \"talos\" › machinery: Ingot does not"
        + " know which Talos machinery siderolabs/talos 0.13.0 is built with; give it with machinery(…), as the"
        + " provider's go.mod names it");
    assertThat(ReferenceSite.problems(ReferenceSite.site().with(TalosProvider.siderolabs().version("0.13.0")
        .machinery(TalosVersion.of("v1.14.0"))))).isEmpty();
  }

  @Test
  void theInstallDiskIsADevicePath() {
    assertThat(problems(c -> c.installDisk("sda"))).containsExactly(
        CP + " › installDisk: \"sda\" is not a device path such as /dev/sda",
        GPU + " › installDisk: \"sda\" is not a device path such as /dev/sda");
  }

  @Test
  void aPatchForAnUnknownNodeIsAnError() {
    assertThat(problems(c -> c.patch("gpu-9", RawPatch.of("time", "machine:\n  time:\n    disabled: false\n"))))
        .containsExactly(CLUSTER + " › nodePatches[0] › node: the cluster has no node \"gpu-9\"");
  }

  @Test
  void aPatchNameMustNotTakeAGeneratedFile() {
    assertThat(problems(c -> c.patch(RawPatch.of("homelab-cp-1", "machine:\n  time:\n    disabled: false\n"))))
        .containsExactly(CLUSTER + " › patches[0] › name: the patch name homelab-cp-1 is taken by the patch file of"
            + " the node homelab-cp-1; patch files share talos/patches/, so rename it");
    assertThat(problems(c -> c.patch(RawPatch.of("time", "machine:\n  time:\n    disabled: false\n"))
        .patch("gpu-1", RawPatch.of("time", "machine:\n  time:\n    disabled: true\n")))).containsExactly(CLUSTER
            + " › nodePatches[0] › patch › name: the patch name time is taken by another patch with different content;"
            + " patch files share talos/patches/, so rename it");
  }
}
