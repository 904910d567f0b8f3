package dev.ingot.proxmox.image;

/** The edition Windows Setup installs, picked from the ISO's {@code install.wim} by image name. */
public enum WindowsEdition {
  /** Windows Server Standard with the Desktop Experience. */
  SERVER_STANDARD(true, "SERVERSTANDARD"),
  /** Windows Server Standard, Server Core. */
  SERVER_STANDARD_CORE(true, "SERVERSTANDARDCORE"),
  /** Windows Server Datacenter with the Desktop Experience. */
  SERVER_DATACENTER(true, "SERVERDATACENTER"),
  /** Windows Server Datacenter, Server Core. */
  SERVER_DATACENTER_CORE(true, "SERVERDATACENTERCORE"),
  /** Windows 11 Pro. */
  PRO(false, "Pro"),
  /** Windows 11 Enterprise. */
  ENTERPRISE(false, "Enterprise"),
  /** Windows 11 Education. */
  EDUCATION(false, "Education");

  private final boolean server;
  private final String suffix;

  WindowsEdition(boolean server, String suffix) {
    this.server = server;
    this.suffix = suffix;
  }

  /** True for a Windows Server edition. */
  public boolean server() {
    return server;
  }

  /** The image name in {@code install.wim}, e.g. {@code Windows Server 2025 SERVERSTANDARD}, {@code Windows 11 Pro}. */
  public String imageName(String product) {
    return product + " " + suffix;
  }
}
