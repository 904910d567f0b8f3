package dev.ingot.talos.cluster;

import dev.ingot.core.Emission;
import dev.ingot.core.Infra;
import dev.ingot.core.ValidationContext;
import dev.ingot.core.value.IpAddress;
import dev.ingot.core.value.Secret;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.ProxmoxProvider;
import dev.ingot.proxmox.vm.DefinesVm;
import dev.ingot.proxmox.vm.VmGroup;
import dev.ingot.talos.KubernetesVersion;
import dev.ingot.talos.TalosVersion;
import dev.ingot.talos.patch.ConfigContract;
import dev.ingot.talos.patch.RawPatch;
import dev.ingot.talos.schematic.OfficialExtension;
import dev.ingot.talos.schematic.TalosPlatform;
import dev.ingot.talos.schematic.TalosSchematic;
import dev.ingot.talos.schematic.WritesSchematics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A Talos Kubernetes cluster whose nodes are Proxmox VMs.
 *
 * <pre>{@code
 * TalosCluster.named("homelab")
 *     .endpoint(Vip.of("10.0.10.10"))
 *     .gateway("10.0.10.1").nameservers("10.0.10.1")
 *     .schematic(base)
 *     .controlPlanes(3, n -> n.on(pve).storage(tank).cores(4).memory(Size.gib(8)).ip("10.0.10.11/24"))
 *     .worker("gpu-1", w -> w.on(pve).storage(tank).schematic(gpuNode).passthrough(gpu)
 *         .cores(8).memory(Size.gib(32)).ip("10.0.10.21/24"))
 *     .cilium()
 *     .longhorn();
 * }</pre>
 *
 * <p>It emits, for the site: the Terraform for {@code siderolabs/talos} in
 * {@code terraform/<site>/talos.tf.json} (machine secrets, one configuration per role, one apply
 * per node, bootstrap, kubeconfig and talosconfig as sensitive outputs), the patch files
 * {@code talos/patches/*.yaml} those applies read, the schematics of its nodes
 * ({@code talos/schematics/<name>.yaml}), and the Day 2 playbook
 * {@code ansible/playbooks/talos-upgrade.yml} with its inventory groups. Machine configurations
 * and cluster secrets exist only in the Terraform state.
 *
 * <p>Every node boots the nocloud image of its schematic, whose ID does not depend on the
 * platform: Talos reads the static address from the Proxmox cloud-init drive, and the nocloud
 * installer keeps reading it after upgrades.
 *
 * @param name the cluster name, a DNS label
 * @param talos the Talos release of the nodes
 * @param kubernetes the Kubernetes release
 * @param endpoint where the Kubernetes API is reached, or null when not set yet
 * @param gateway the default gateway of nodes with static addresses, or null
 * @param nameservers the DNS servers of nodes with static addresses
 * @param controlPlane the control plane group, or null when not set yet
 * @param workers the worker groups, in order
 * @param schematic the image schematic of nodes that do not name their own
 * @param installDisk the install disk of nodes that do not name their own
 * @param ciliumCni Cilium as the CNI, or null for Talos's default (Flannel and kube-proxy)
 * @param longhornStorage Longhorn on the workers, or null
 * @param patches hand-written patches for every node
 * @param nodePatches hand-written patches for single nodes
 */
public record TalosCluster(
    String name,
    TalosVersion talos,
    KubernetesVersion kubernetes,
    ClusterEndpoint endpoint,
    IpAddress gateway,
    List<IpAddress> nameservers,
    NodeGroup controlPlane,
    List<NodeGroup> workers,
    TalosSchematic schematic,
    String installDisk,
    Cilium ciliumCni,
    Longhorn longhornStorage,
    List<RawPatch> patches,
    List<NodePatch> nodePatches) implements VmGroup, WritesSchematics {
  /** The install disk unless set: the first disk on the VMs' VirtIO SCSI controller. */
  public static final String DEFAULT_INSTALL_DISK = "/dev/sda";
  /** The name of the control plane group; its nodes are {@code <cluster>-cp-<n>}. */
  public static final String CONTROL_PLANE_GROUP = "cp";

  /**
   * A hand-written patch for one node.
   *
   * @param node the node's name
   * @param patch the patch
   */
  public record NodePatch(String node, RawPatch patch) {
    /** Checks for null. */
    public NodePatch {
      Objects.requireNonNull(node, "node");
      Objects.requireNonNull(patch, "patch");
    }
  }

  /** Copies the lists and checks for null. */
  public TalosCluster {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(talos, "talos");
    Objects.requireNonNull(kubernetes, "kubernetes");
    nameservers = List.copyOf(nameservers);
    workers = List.copyOf(workers);
    Objects.requireNonNull(schematic, "schematic");
    Objects.requireNonNull(installDisk, "installDisk");
    patches = List.copyOf(patches);
    nodePatches = List.copyOf(nodePatches);
  }

  /**
   * A cluster called {@code name}: Talos {@link TalosVersion#DEFAULT} with Kubernetes
   * {@link KubernetesVersion#DEFAULT}, nodes from a schematic with the QEMU guest agent (named
   * {@code qemu-guest-agent}), installed to {@link #DEFAULT_INSTALL_DISK}; no endpoint and no
   * nodes yet.
   */
  public static TalosCluster named(String name) {
    return new TalosCluster(name, TalosVersion.DEFAULT, KubernetesVersion.DEFAULT, null, null, List.of(), null,
        List.of(), TalosSchematic.with(OfficialExtension.QEMU_GUEST_AGENT).named("qemu-guest-agent"),
        DEFAULT_INSTALL_DISK, null, null, List.of(), List.of());
  }

  /** This cluster running Talos {@code version}. */
  public TalosCluster talos(TalosVersion version) {
    return new TalosCluster(name, version, kubernetes, endpoint, gateway, nameservers, controlPlane, workers,
        schematic, installDisk, ciliumCni, longhornStorage, patches, nodePatches);
  }

  /** This cluster running Talos {@code version}, e.g. {@code "v1.12.11"}. */
  public TalosCluster talos(String version) {
    return talos(TalosVersion.of(version));
  }

  /** This cluster running Kubernetes {@code version}. */
  public TalosCluster kubernetes(KubernetesVersion version) {
    return new TalosCluster(name, talos, version, endpoint, gateway, nameservers, controlPlane, workers,
        schematic, installDisk, ciliumCni, longhornStorage, patches, nodePatches);
  }

  /** This cluster running Kubernetes {@code version}, e.g. {@code "1.35.4"}. */
  public TalosCluster kubernetes(String version) {
    return kubernetes(KubernetesVersion.of(version));
  }

  /** This cluster's Kubernetes API at {@code endpoint}: {@code Vip.of("10.0.10.10")} or {@code LoadBalancer.at(…)}. */
  public TalosCluster endpoint(ClusterEndpoint endpoint) {
    return new TalosCluster(name, talos, kubernetes, endpoint, gateway, nameservers, controlPlane, workers,
        schematic, installDisk, ciliumCni, longhornStorage, patches, nodePatches);
  }

  /** Nodes with static addresses route through {@code address}. */
  public TalosCluster gateway(String address) {
    return new TalosCluster(name, talos, kubernetes, endpoint, IpAddress.of(address), nameservers, controlPlane,
        workers, schematic, installDisk, ciliumCni, longhornStorage, patches, nodePatches);
  }

  /** Nodes with static addresses resolve names with {@code addresses}. */
  public TalosCluster nameservers(String... addresses) {
    return new TalosCluster(name, talos, kubernetes, endpoint, gateway,
        Arrays.stream(addresses).map(IpAddress::of).toList(), controlPlane, workers, schematic, installDisk, ciliumCni,
        longhornStorage, patches, nodePatches);
  }

  /** This cluster with {@code count} control plane nodes {@code <name>-cp-1…}, made as {@code spec} says. */
  public TalosCluster controlPlanes(int count, UnaryOperator<NodeSpec> spec) {
    var group = new NodeGroup(CONTROL_PLANE_GROUP, NodeRole.CONTROL_PLANE, count, false, spec.apply(NodeSpec.empty()));
    return new TalosCluster(name, talos, kubernetes, endpoint, gateway, nameservers, group, workers, schematic,
        installDisk, ciliumCni, longhornStorage, patches, nodePatches);
  }

  /** This cluster with one more worker called {@code nodeName}, made as {@code spec} says. */
  public TalosCluster worker(String nodeName, UnaryOperator<NodeSpec> spec) {
    return withWorkers(new NodeGroup(nodeName, NodeRole.WORKER, 1, true, spec.apply(NodeSpec.empty())));
  }

  /** This cluster with a group of {@code count} workers {@code <name>-<group>-1…}, made as {@code spec} says. */
  public TalosCluster workers(String group, int count, UnaryOperator<NodeSpec> spec) {
    return withWorkers(new NodeGroup(group, NodeRole.WORKER, count, false, spec.apply(NodeSpec.empty())));
  }

  /** This cluster's nodes booting images of {@code schematic} unless they name their own. */
  public TalosCluster schematic(TalosSchematic schematic) {
    return new TalosCluster(name, talos, kubernetes, endpoint, gateway, nameservers, controlPlane, workers,
        schematic, installDisk, ciliumCni, longhornStorage, patches, nodePatches);
  }

  /** This cluster's nodes installing Talos to {@code disk} unless they name their own. */
  public TalosCluster installDisk(String disk) {
    return new TalosCluster(name, talos, kubernetes, endpoint, gateway, nameservers, controlPlane, workers,
        schematic, disk, ciliumCni, longhornStorage, patches, nodePatches);
  }

  /** This cluster with Cilium as its CNI and kube-proxy replacement; see {@link Cilium}. */
  public TalosCluster cilium() {
    return cilium(c -> c);
  }

  /** This cluster with Cilium as its CNI, changed by {@code change}, e.g. {@code c -> c.version("1.18.0")}. */
  public TalosCluster cilium(UnaryOperator<Cilium> change) {
    Cilium next = change.apply(ciliumCni == null ? Cilium.defaults() : ciliumCni);
    return new TalosCluster(name, talos, kubernetes, endpoint, gateway, nameservers, controlPlane, workers,
        schematic, installDisk, next, longhornStorage, patches, nodePatches);
  }

  /** This cluster with Longhorn on its workers, each with a 100 GiB data disk; see {@link Longhorn}. */
  public TalosCluster longhorn() {
    return longhorn(Longhorn.defaults().diskSize());
  }

  /** This cluster with Longhorn on its workers, each with a data disk of {@code diskSize}. */
  public TalosCluster longhorn(Size diskSize) {
    return new TalosCluster(name, talos, kubernetes, endpoint, gateway, nameservers, controlPlane, workers,
        schematic, installDisk, ciliumCni, new Longhorn(diskSize), patches, nodePatches);
  }

  /** This cluster with a hand-written patch for every node. */
  public TalosCluster patch(RawPatch patch) {
    var next = new ArrayList<>(patches);
    next.add(patch);
    return new TalosCluster(name, talos, kubernetes, endpoint, gateway, nameservers, controlPlane, workers,
        schematic, installDisk, ciliumCni, longhornStorage, next, nodePatches);
  }

  /** This cluster with a hand-written patch for the node called {@code node}. */
  public TalosCluster patch(String node, RawPatch patch) {
    var next = new ArrayList<>(nodePatches);
    next.add(new NodePatch(node, patch));
    return new TalosCluster(name, talos, kubernetes, endpoint, gateway, nameservers, controlPlane, workers,
        schematic, installDisk, ciliumCni, longhornStorage, patches, next);
  }

  private TalosCluster withWorkers(NodeGroup group) {
    var next = new ArrayList<>(workers);
    next.add(group);
    return new TalosCluster(name, talos, kubernetes, endpoint, gateway, nameservers, controlPlane, next, schematic,
        installDisk, ciliumCni, longhornStorage, patches, nodePatches);
  }

  /** Every group: the control planes (when set), then the workers. */
  public List<NodeGroup> groups() {
    var groups = new ArrayList<NodeGroup>();
    if (controlPlane != null) {
      groups.add(controlPlane);
    }
    groups.addAll(workers);
    return groups;
  }

  /** Every node: the control planes first, then the workers group by group. */
  public List<TalosNode> nodes() {
    return groups().stream().flatMap(g -> g.nodes(name).stream()).toList();
  }

  /** The control plane nodes. */
  public List<TalosNode> controlPlaneNodes() {
    return controlPlane == null ? List.of() : controlPlane.nodes(name);
  }

  /** The worker nodes. */
  public List<TalosNode> workerNodes() {
    return workers.stream().flatMap(g -> g.nodes(name).stream()).toList();
  }

  /**
   * The schematic {@code group}'s nodes boot: the group's or the cluster's, for this cluster's
   * Talos release and the nocloud platform.
   */
  public TalosSchematic schematicOf(NodeGroup group) {
    TalosSchematic own = group.spec().schematic() == null ? schematic : group.spec().schematic();
    return own.talos(talos).platform(TalosPlatform.NOCLOUD);
  }

  /** The install disk of {@code group}'s nodes. */
  public String installDiskOf(NodeGroup group) {
    return group.spec().installDisk() == null ? installDisk : group.spec().installDisk();
  }

  /** True when {@code group}'s VMs enable the QEMU guest agent: as set, or when their schematic carries it. */
  public boolean guestAgentOf(NodeGroup group) {
    Boolean set = group.spec().guestAgent();
    return set != null ? set : schematicOf(group).contains(OfficialExtension.QEMU_GUEST_AGENT);
  }

  /** The configuration contract of this cluster in {@code site}: its Talos line, capped by the provider's machinery. */
  public ConfigContract contract(Infra site) {
    TalosVersion machinery = TalosProvider.of(site).machinery();
    return ConfigContract.of(talos, machinery == null ? talos : machinery);
  }

  /** The schematic of every group, at the group's setting or, when it has none, at the cluster's. */
  @Override
  public List<Use> schematicFiles() {
    return groups().stream().map(g -> new Use(g.spec().schematic() == null ? path().field("schematic")
        : g.path(path()).field("schematic"), schematicOf(g))).toList();
  }

  /** The Proxmox VMs of the nodes whose specification says enough to make one. */
  @Override
  public List<DefinesVm> vms(Infra site) {
    ConfigContract contract = contract(site);
    var vms = new ArrayList<DefinesVm>();
    for (TalosNode node : nodes()) {
      if (TalosVm.buildable(node)) {
        vms.add(TalosVm.of(this, node, contract));
      }
    }
    return vms;
  }

  @Override
  public String kind() {
    return "talos cluster";
  }

  @Override
  public void validate(ValidationContext context) {
    ClusterRules.validate(this, context);
  }

  /** The default Proxmox provider's token when the site has no provider: the cluster's VMs need it. */
  @Override
  public List<Secret> secrets(Infra site) {
    return ProxmoxProvider.withDefaultToken(site, secrets());
  }

  @Override
  public void emit(Emission out) {
    ClusterEmission.emit(this, out);
  }
}
