/** Ingot for Talos Linux: Image Factory schematics and Kubernetes clusters on Proxmox VMs. */
module dev.ingot.talos {
  requires transitive dev.ingot.core;
  requires transitive dev.ingot.proxmox;

  exports dev.ingot.talos;
  exports dev.ingot.talos.schematic;
}
