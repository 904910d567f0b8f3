package dev.ingot.proxmox;

/** What a Proxmox storage may hold; the value is the name Proxmox and the Terraform provider use. */
public enum ContentType {
  /** VM disk images. */
  IMAGES("images"),
  /** Container root directories. */
  ROOTDIR("rootdir"),
  /** ISO images. */
  ISO("iso"),
  /** Container templates. */
  VZTMPL("vztmpl"),
  /** Snippets: cloud-init files, hook scripts. */
  SNIPPETS("snippets"),
  /** Disk images and OVAs that VMs import from. */
  IMPORT("import"),
  /** VM and container backups. */
  BACKUP("backup");

  private final String value;

  ContentType(String value) {
    this.value = value;
  }

  /** The name Proxmox uses, e.g. {@code images}. */
  public String value() {
    return value;
  }
}
