package dev.ingot.proxmox.image;

/** How Packer reaches the guest to provision it after the install. */
public enum CommunicatorType {
  /** SSH, which the Linux installers enable. */
  SSH,
  /** WinRM, which the Windows answer file enables at the first logon. */
  WINRM
}
