package dev.ingot.proxmox.vm;

/** The version of a VM's emulated TPM; the value is what Proxmox and bpg/proxmox use. */
public enum TpmVersion {
  /** TPM 1.2, for old guests. */
  V1_2("v1.2"),
  /** TPM 2.0, required by Windows 11. */
  V2_0("v2.0");

  private final String value;

  TpmVersion(String value) {
    this.value = value;
  }

  /** The value bpg/proxmox uses, e.g. {@code v2.0}. */
  public String value() {
    return value;
  }
}
