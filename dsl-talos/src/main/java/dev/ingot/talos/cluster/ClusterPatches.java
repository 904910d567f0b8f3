package dev.ingot.talos.cluster;

import dev.ingot.talos.patch.ConfigContract;
import dev.ingot.talos.patch.MachinePatch;
import dev.ingot.talos.patch.PatchFile;
import dev.ingot.talos.patch.Taint;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The generated patch files of a cluster: one for the control planes ({@code <cluster>-controlplane}),
 * one for the workers ({@code <cluster>-worker}) and one per node ({@code <node>}), each written
 * for the cluster's configuration contract.
 */
final class ClusterPatches {
  /** The link that carries the shared VIP: the nocloud platform turns off predictable interface names. */
  static final String VIP_LINK = "eth0";
  /** The CEL expression that picks a worker's Longhorn disk: its only disk besides the system and cloud-init ones. */
  static final String LONGHORN_DISK = "!system_disk && !disk.cdrom";

  private ClusterPatches() {}

  /** The file of the control planes: the shared VIP, Cilium's prerequisites, the manifests created at bootstrap. */
  static PatchFile controlPlane(TalosCluster c, ConfigContract contract) {
    var parts = new ArrayList<MachinePatch>();
    if (c.endpoint() instanceof Vip vip) {
      parts.add(new MachinePatch.SharedVip(vip.ip(), VIP_LINK));
    }
    if (c.ciliumCni() != null) {
      parts.add(new MachinePatch.ExternalCni());
    }
    if (c.longhornStorage() != null) {
      parts.add(new MachinePatch.InlineManifest(Longhorn.NAMESPACE, Longhorn.namespaceManifest()));
    }
    if (c.groups().stream().anyMatch(g -> Nvidia.hasModules(c.schematicOf(g)))) {
      parts.add(new MachinePatch.InlineManifest("nvidia-runtime-class", Nvidia.runtimeClassManifest()));
    }
    return new PatchFile(c.name() + "-" + NodeRole.CONTROL_PLANE.machineType(), contract, parts);
  }

  /** The file of the workers: Longhorn's volume and mounts. */
  static PatchFile worker(TalosCluster c, ConfigContract contract) {
    var parts = new ArrayList<MachinePatch>();
    if (c.longhornStorage() != null) {
      if (contract.userVolumes()) {
        parts.add(new MachinePatch.UserVolume(Longhorn.VOLUME, LONGHORN_DISK));
      }
      if (!contract.multidocKubernetes()) {
        parts.add(new MachinePatch.KubeletMounts(List.of(Longhorn.dataPath(contract.userVolumes()))));
      }
    }
    return new PatchFile(c.name() + "-" + NodeRole.WORKER.machineType(), contract, parts);
  }

  /** The file of {@code node}: host name, install disk and image, labels, taints, kernel modules, sysctls, mounts. */
  static PatchFile node(TalosCluster c, TalosNode node, ConfigContract contract) {
    NodeSpec spec = node.spec();
    var parts = new ArrayList<MachinePatch>();
    parts.add(new MachinePatch.Hostname(node.name()));
    parts.add(new MachinePatch.Install(c.installDiskOf(node.group()), c.schematicOf(node.group()).urls().installer()));
    if (!spec.labels().isEmpty()) {
      parts.add(new MachinePatch.NodeLabels(spec.labels()));
    }
    if (!spec.taints().isEmpty()) {
      List<Taint> taints = spec.taints();
      parts.add(node.role() == NodeRole.CONTROL_PLANE
          ? new MachinePatch.NodeTaints(taints) : new MachinePatch.RegisterTaints(taints));
    }
    boolean gpu = Nvidia.hasModules(c.schematicOf(node.group()));
    var modules = new ArrayList<String>(gpu ? Nvidia.MODULES : List.of());
    modules.addAll(spec.kernelModules());
    if (!modules.isEmpty()) {
      parts.add(new MachinePatch.KernelModules(modules));
    }
    var sysctls = new TreeMap<String, String>();
    if (gpu && c.talos().isBefore(Nvidia.NO_BPF_SYSCTL)) {
      sysctls.put("net.core.bpf_jit_harden", "1");
    }
    sysctls.putAll(spec.sysctls());
    if (!sysctls.isEmpty()) {
      parts.add(new MachinePatch.Sysctls(sysctls));
    }
    if (!spec.kubeletMounts().isEmpty()) {
      parts.add(new MachinePatch.KubeletMounts(spec.kubeletMounts()));
    }
    return new PatchFile(node.name(), contract, parts);
  }
}
