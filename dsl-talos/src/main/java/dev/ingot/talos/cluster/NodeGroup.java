package dev.ingot.talos.cluster;

import dev.ingot.core.validate.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Nodes of one role made from one {@link NodeSpec}: the control planes, a pool of workers, or a
 * single named worker.
 *
 * @param name the group name; for a single named node also the node's name
 * @param role the role of its nodes
 * @param count how many nodes it has
 * @param single true for one node called {@code name}; false for nodes called
 *     {@code <cluster>-<name>-<n>}, counting from 1
 * @param spec how its nodes are made
 */
public record NodeGroup(String name, NodeRole role, int count, boolean single, NodeSpec spec) {
  /** Checks for null. */
  public NodeGroup {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(spec, "spec");
  }

  /** The nodes of this group in cluster {@code cluster}, in order. */
  public List<TalosNode> nodes(String cluster) {
    var nodes = new ArrayList<TalosNode>();
    for (int i = 0; i < count; i++) {
      String nodeName = single ? name : cluster + "-" + name + "-" + (i + 1);
      nodes.add(new TalosNode(nodeName, this, i));
    }
    return nodes;
  }

  /** Where the group is in problem reports, below its cluster: {@code group "gpu-1"}. */
  public Path path(Path cluster) {
    return cluster.element("group", name);
  }
}
