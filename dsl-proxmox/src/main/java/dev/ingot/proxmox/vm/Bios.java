package dev.ingot.proxmox.vm;

/** The firmware of a VM. */
public enum Bios {
  /** Legacy BIOS (Proxmox's default). */
  SEABIOS("seabios"),
  /** UEFI; needs an EFI disk, and is required for Secure Boot, Windows 11 and most GPU passthrough. */
  OVMF("ovmf");

  private final String value;

  Bios(String value) {
    this.value = value;
  }

  /** The value Proxmox, bpg/proxmox and the Packer plugin use. */
  public String value() {
    return value;
  }
}
