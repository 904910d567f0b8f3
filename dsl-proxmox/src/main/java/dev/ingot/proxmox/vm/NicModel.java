package dev.ingot.proxmox.vm;

/** The emulated network card of a VM; the value is what Proxmox and bpg/proxmox use. */
public enum NicModel {
  /** Paravirtualised VirtIO, the fastest; Windows needs the virtio-win drivers. */
  VIRTIO("virtio"),
  /** Intel E1000. */
  E1000("e1000"),
  /** Intel E1000e. */
  E1000E("e1000e"),
  /** Realtek RTL8139. */
  RTL8139("rtl8139"),
  /** VMware vmxnet3. */
  VMXNET3("vmxnet3");

  private final String value;

  NicModel(String value) {
    this.value = value;
  }

  /** The value bpg/proxmox uses, e.g. {@code virtio}. */
  public String value() {
    return value;
  }
}
