package dev.ingot.talos.cluster;

import dev.ingot.core.ValidationContext;
import dev.ingot.core.validate.Path;
import dev.ingot.core.value.Cidr;
import dev.ingot.core.value.Names;
import dev.ingot.talos.KubernetesRange;
import dev.ingot.talos.patch.ConfigContract;
import dev.ingot.talos.patch.RawPatch;
import dev.ingot.talos.schematic.SchematicNames;
import java.util.List;
import java.util.Optional;

/** The cluster-wide checks of a {@link TalosCluster}; {@link GroupRules} and {@link NodeRules} do the rest. */
final class ClusterRules {
  private ClusterRules() {}

  /** Adds every problem of {@code c} in its site to {@code context}. */
  static void validate(TalosCluster c, ValidationContext context) {
    Path at = c.path();
    requireName(c.name(), at.field("name"), context);
    checkVersions(c, at, context);
    checkControlPlanes(c, at, context);
    checkEndpoint(c, at, context);
    if (c.longhornStorage() != null && c.workerNodes().isEmpty()) {
      context.error(at.field("longhorn"), "Longhorn keeps its data on the workers, but the cluster has none: add a"
          + " worker with worker(…) or workers(…)");
    }
    c.schematic().talos(c.talos()).validate(at.field("schematic"), context.problems());
    for (NodeGroup group : c.groups()) {
      GroupRules.validate(c, group, context);
    }
    NodeRules.validate(c, context);
    c.vms(context.infra()).forEach(vm -> vm.validate(context));
    checkPatches(c, c.patches(), at.field("patches"), context);
    for (int i = 0; i < c.nodePatches().size(); i++) {
      TalosCluster.NodePatch p = c.nodePatches().get(i);
      Path pat = at.field("nodePatches", i);
      if (c.nodes().stream().noneMatch(n -> n.name().equals(p.node()))) {
        context.error(pat.field("node"), "the cluster has no node " + Names.describe(p.node()));
      }
      checkPatch(c, p.patch(), pat.field("patch"), context);
    }
    PatchNames.validate(c, context);
    SchematicNames.check(c, context);
  }

  /** Reports a name that is not a DNS label starting with a letter (it names Terraform resources). */
  static void requireName(String name, Path at, ValidationContext context) {
    if (!Names.isDnsLabel(name)) {
      Names.requireDnsLabel(name, at, context.problems());
    } else if (!Character.isLetter(name.charAt(0))) {
      context.error(at, Names.describe(name) + " must start with a letter: it also names Terraform resources");
    }
  }

  /** Checks each patch in {@code patches}, the first at {@code at[0]}. */
  static void checkPatches(TalosCluster c, List<RawPatch> patches, Path at, ValidationContext context) {
    for (int i = 0; i < patches.size(); i++) {
      checkPatch(c, patches.get(i), at.index(i), context);
    }
  }

  /** Checks {@code patch} at {@code at}, and that it leaves the CNI to Cilium when the cluster uses it. */
  static void checkPatch(TalosCluster c, RawPatch patch, Path at, ValidationContext context) {
    patch.validate(at, context.problems());
    Optional<String> cni = c.ciliumCni() == null ? Optional.empty() : patch.cniSetting();
    cni.ifPresent(setting -> context.error(at, "the patch sets " + setting + ", which conflicts with cilium():"
        + " Ingot already removes the default CNI and kube-proxy for Cilium, so remove it from the patch"));
  }

  private static void checkVersions(TalosCluster c, Path at, ValidationContext context) {
    Optional<KubernetesRange> range = c.talos().kubernetes();
    if (range.isEmpty()) {
      context.error(at.field("talos"), "Ingot does not know which Kubernetes releases Talos " + c.talos()
          + " supports; it knows Talos v1.6 to v1.14");
    } else if (!range.get().contains(c.kubernetes())) {
      context.error(at.field("kubernetes"), "Kubernetes " + c.kubernetes() + " is not supported by Talos " + c.talos()
          + ", which supports Kubernetes " + range.get());
    }
    ConfigContract contract = c.contract(context.infra());
    TalosProvider provider = TalosProvider.of(context.infra());
    if (provider.machinery() != null && contract.minor() < c.talos().minor() && contract.major() == c.talos().major()) {
      context.warning(at.field("talos"), "the machine configuration of Talos " + c.talos() + " is generated for"
          + " contract " + contract + ": " + TalosProvider.SOURCE + " " + provider.version() + " is built with Talos"
          + " machinery " + provider.machinery() + ", which generates configuration up to its own release line");
    }
  }

  private static void checkControlPlanes(TalosCluster c, Path at, ValidationContext context) {
    int count = c.controlPlane() == null ? 0 : c.controlPlane().count();
    Path cp = at.field("controlPlanes");
    if (count <= 0) {
      context.error(cp, "a cluster needs at least one control plane node: add them with controlPlanes(3, …)");
    } else if (count % 2 == 0) {
      context.warning(cp, count + " control plane nodes tolerate no more failures than " + (count - 1) + ": etcd"
          + " needs a majority, so use an odd number such as " + (count + 1));
    }
  }

  private static void checkEndpoint(TalosCluster c, Path at, ValidationContext context) {
    Path ep = at.field("endpoint");
    if (c.endpoint() == null) {
      context.error(ep, "the cluster needs an endpoint for its Kubernetes API: endpoint(Vip.of(\"10.0.10.10\")) or"
          + " endpoint(LoadBalancer.at(\"k8s.lan\"))");
      return;
    }
    if (c.endpoint() instanceof LoadBalancer lb) {
      if (lb.host().isBlank()) {
        context.error(ep.field("host"), "the load balancer needs a host name or address");
      }
      if (lb.port() < 1 || lb.port() > 65535) {
        context.error(ep.field("port"), lb.port() + " is not a port: use 1 to 65535");
      }
      return;
    }
    Vip vip = (Vip) c.endpoint();
    if (!vip.ip().isValid()) {
      vip.ip().validate(ep, context.problems());
      return;
    }
    for (TalosNode node : c.nodes()) {
      if (vip.ip().equals(node.address())) {
        context.error(ep, "the VIP " + vip.ip() + " is also the address of node " + node.name() + ": the VIP must be"
            + " a free address");
        return;
      }
    }
    for (TalosNode node : c.controlPlaneNodes()) {
      Cidr own = node.staticAddress();
      if (own != null && own.isValid() && !own.contains(vip.ip())) {
        context.error(ep, "the VIP " + vip.ip() + " is not in the subnet of control plane node " + node.name()
            + " (" + own + "): a layer 2 VIP must be an address of the control planes' network");
        return;
      }
    }
  }
}
