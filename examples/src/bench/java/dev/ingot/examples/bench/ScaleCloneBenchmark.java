package dev.ingot.examples.bench;

import dev.ingot.core.InfraDefinition;

/**
 * Workload (c): validate and emit N clones of a Debian golden image with their cloud-init
 * snippets and Ansible inventory, plus the templates, Packer files and playbooks, warm.
 */
public class ScaleCloneBenchmark extends ScaleWorkload {
  @Override
  protected InfraDefinition site(int vms) {
    return new ScaleCloneSite(vms);
  }
}
