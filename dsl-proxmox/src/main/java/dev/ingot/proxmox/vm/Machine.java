package dev.ingot.proxmox.vm;

/** The emulated chipset of a VM. */
public enum Machine {
  /** The old i440FX PC (Proxmox's default); no PCIe. */
  I440FX("pc"),
  /** The Q35 chipset with PCIe; needed for {@code pcie} passthrough and recommended for UEFI guests. */
  Q35("q35");

  private final String value;

  Machine(String value) {
    this.value = value;
  }

  /** The value Proxmox, bpg/proxmox and the Packer plugin use. */
  public String value() {
    return value;
  }
}
