package dev.ingot.proxmox.packer;

/** The guest type Proxmox tunes the VM for ({@code os}); the value is Proxmox's ostype. */
public enum GuestOs {
  /** Linux 2.6 or later. */
  LINUX("l26"),
  /** Windows 11, Windows Server 2022 and 2025. */
  WINDOWS_11("win11");

  private final String value;

  GuestOs(String value) {
    this.value = value;
  }

  /** The ostype. */
  public String value() {
    return value;
  }
}
