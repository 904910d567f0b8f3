package dev.ingot.examples.bench;

import dev.ingot.core.InfraDefinition;

/** Workload (b): validate and emit N VMs as one Terraform JSON file, warm. */
public class ScaleBenchmark extends ScaleWorkload {
  @Override
  protected InfraDefinition site(int vms) {
    return new ScaleSite(vms);
  }
}
