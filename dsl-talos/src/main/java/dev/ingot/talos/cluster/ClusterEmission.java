package dev.ingot.talos.cluster;

import dev.ingot.core.Emission;
import dev.ingot.proxmox.ProxmoxProvider;
import dev.ingot.talos.patch.ConfigContract;
import dev.ingot.talos.patch.PatchFile;
import dev.ingot.talos.patch.RawPatch;
import java.util.ArrayList;
import java.util.List;

/** Writes every file of a valid cluster: schematics, patches, Terraform, the upgrade playbook. */
final class ClusterEmission {
  private ClusterEmission() {}

  /** Adds {@code c}'s files to {@code out}. */
  static void emit(TalosCluster c, Emission out) {
    ConfigContract contract = c.contract(out.infra());
    for (NodeGroup group : c.groups()) {
      c.schematicOf(group).emit(out);
    }
    addIfNotEmpty(ClusterPatches.controlPlane(c, contract), out);
    if (!c.workerNodes().isEmpty()) {
      addIfNotEmpty(ClusterPatches.worker(c, contract), out);
    }
    for (TalosNode node : c.nodes()) {
      out.add(PatchFile.path(node.name()), ClusterPatches.node(c, node, contract));
    }
    for (RawPatch patch : rawPatches(c)) {
      out.shared(patch.path(), RawPatch.class, () -> patch);
    }
    ProxmoxProvider.configure(out);
    TalosProvider.configure(out);
    if (c.ciliumCni() != null) {
      out.terraform("versions").requiredProvider("helm", Cilium.HELM_PROVIDER_SOURCE, Cilium.HELM_PROVIDER_VERSION);
    }
    var vms = new ArrayList<ClusterTerraform.VmRef>();
    for (TalosNode node : c.nodes()) {
      TalosVm vm = TalosVm.of(c, node, contract);
      vm.emit(out);
      vms.add(new ClusterTerraform.VmRef(node, vm.vm().resourceAddress()));
    }
    ClusterTerraform.emit(c, contract, vms, out);
    UpgradePlaybook.emit(c, out);
  }

  private static void addIfNotEmpty(PatchFile file, Emission out) {
    if (!file.isEmpty()) {
      out.add(file.path(), file);
    }
  }

  private static List<RawPatch> rawPatches(TalosCluster c) {
    var all = new ArrayList<>(c.patches());
    c.groups().forEach(g -> all.addAll(g.spec().patches()));
    c.nodePatches().forEach(p -> all.add(p.patch()));
    return all;
  }
}
