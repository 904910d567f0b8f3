package dev.ingot.proxmox;

import java.util.List;

/** How the Proxmox installer laid out a node's system disk; it decides the node's built-in storages. */
public enum RootFilesystem {
  /** ext4 or xfs on LVM, the installer's default: storages {@code local} and {@code local-lvm}. */
  LVM,
  /** ZFS ({@code rpool}): storages {@code local} and {@code local-zfs}. */
  ZFS;

  /** The storages the installer creates, with the content types it enables. */
  public List<Storage> installerStorages() {
    return this == LVM
        ? List.of(DirStorage.local(), LvmThinStorage.localLvm())
        : List.of(DirStorage.local(), ZfsPoolStorage.localZfs());
  }
}
