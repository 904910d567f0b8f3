package dev.ingot.proxmox.vm;

/** The guest operating system type Proxmox tunes a VM for; the value is what Proxmox and bpg/proxmox use. */
public enum OsType {
  /** Linux 2.4. */
  L24("l24"),
  /** Linux 2.6 and newer: every current Linux. */
  L26("l26"),
  /** Anything else (Proxmox's default). */
  OTHER("other"),
  /** Solaris, OpenSolaris and illumos. */
  SOLARIS("solaris"),
  /** Windows 2000. */
  W2K("w2k"),
  /** Windows Server 2003. */
  W2K3("w2k3"),
  /** Windows Server 2008. */
  W2K8("w2k8"),
  /** Windows 7 and Server 2008 R2. */
  WIN7("win7"),
  /** Windows 8 and Server 2012. */
  WIN8("win8"),
  /** Windows 10 and Server 2016 to 2019. */
  WIN10("win10"),
  /** Windows 11 and Server 2022 and newer; needs UEFI and a TPM 2.0. */
  WIN11("win11"),
  /** Windows Vista. */
  WVISTA("wvista"),
  /** Windows XP. */
  WXP("wxp");

  private final String value;

  OsType(String value) {
    this.value = value;
  }

  /** The value bpg/proxmox uses, e.g. {@code win11}. */
  public String value() {
    return value;
  }

  /** True for the Windows types. */
  public boolean isWindows() {
    return value.startsWith("w");
  }
}
