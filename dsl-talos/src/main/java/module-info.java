/** Ingot for Talos Linux: Image Factory schematics and Kubernetes clusters on Proxmox VMs. */
module dev.ingot.talos {
  requires transitive dev.ingot.core;
  requires transitive dev.ingot.proxmox;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;

  exports dev.ingot.talos;
  exports dev.ingot.talos.cluster;
  exports dev.ingot.talos.image;
  exports dev.ingot.talos.patch;
  exports dev.ingot.talos.schematic;
}
