package dev.ingot.talos.cluster;

import dev.ingot.core.ValidationContext;
import dev.ingot.core.validate.Path;
import dev.ingot.talos.patch.RawPatch;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks that every patch file of the site's clusters has a name of its own: generated files are
 * named after clusters and nodes, hand-written ones by their authors, and all share
 * {@code talos/patches/}. The same hand-written patch may be used more than once.
 */
final class PatchNames {
  private PatchNames() {}

  /** Adds a problem for each hand-written patch of {@code c} whose file name is taken. */
  static void validate(TalosCluster c, ValidationContext context) {
    Map<String, Object> owners = new HashMap<>();
    for (TalosCluster cluster : context.infra().all(TalosCluster.class)) {
      owners.putIfAbsent(cluster.name() + "-" + NodeRole.CONTROL_PLANE.machineType(),
          "control planes of " + cluster.name());
      owners.putIfAbsent(cluster.name() + "-" + NodeRole.WORKER.machineType(), "workers of " + cluster.name());
      cluster.nodes().forEach(n -> owners.putIfAbsent(n.name(), "node " + n.name()));
    }
    for (TalosCluster cluster : context.infra().all(TalosCluster.class)) {
      boolean mine = cluster.name().equals(c.name());
      Path at = cluster.path();
      for (int i = 0; i < cluster.patches().size(); i++) {
        check(cluster.patches().get(i), at.field("patches", i), owners, mine, context);
      }
      for (NodeGroup group : cluster.groups()) {
        for (int i = 0; i < group.spec().patches().size(); i++) {
          check(group.spec().patches().get(i), group.path(at).field("patches", i), owners, mine, context);
        }
      }
      for (int i = 0; i < cluster.nodePatches().size(); i++) {
        check(cluster.nodePatches().get(i).patch(), at.field("nodePatches", i).field("patch"), owners, mine, context);
      }
      if (mine) {
        return;
      }
    }
  }

  private static void check(RawPatch patch, Path at, Map<String, Object> owners, boolean report,
      ValidationContext context) {
    Object owner = owners.putIfAbsent(patch.name(), patch);
    if (owner == null || owner.equals(patch) || !report) {
      return;
    }
    String what = owner instanceof RawPatch ? "another patch with different content" : "the patch file of the " + owner;
    context.error(at.field("name"), "the patch name " + patch.name() + " is taken by " + what
        + "; patch files share talos/patches/, so rename it");
  }
}
