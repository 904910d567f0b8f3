package dev.ingot.talos.cluster;

/** What a Talos node does in its cluster. */
public enum NodeRole {
  /** Runs etcd and the Kubernetes control plane. */
  CONTROL_PLANE("controlplane"),
  /** Runs workloads. */
  WORKER("worker");

  private final String machineType;

  NodeRole(String machineType) {
    this.machineType = machineType;
  }

  /** The machine type as Talos and its Terraform provider name it: {@code controlplane} or {@code worker}. */
  public String machineType() {
    return machineType;
  }
}
