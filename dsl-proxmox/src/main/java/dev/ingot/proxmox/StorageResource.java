package dev.ingot.proxmox;

import dev.ingot.core.Emission;
import dev.ingot.core.terraform.TfValue;
import dev.ingot.core.terraform.TfValue.TfObject;
import dev.ingot.core.value.Names;
import java.util.List;

/**
 * Registers a storage with Proxmox through Terraform ({@code terraform/<site>/storage.tf.json}),
 * using the non-deprecated resource names of bpg/proxmox 0.111: {@code proxmox_storage_directory},
 * {@code proxmox_storage_lvmthin} and {@code proxmox_storage_zfspool}. Built-in storages are never
 * registered; they exist from the installation.
 */
public final class StorageResource {
  private StorageResource() {}

  /** The Terraform resource type for {@code storage}. */
  public static String type(Storage storage) {
    if (storage instanceof DirStorage) {
      return "proxmox_storage_directory";
    }
    return storage instanceof LvmThinStorage ? "proxmox_storage_lvmthin" : "proxmox_storage_zfspool";
  }

  /** The Terraform resource name for a storage id: {@code local-zfs} becomes {@code local_zfs}. */
  public static String name(String id) {
    return Names.identifier(id.replace('.', '_'));
  }

  /** Adds the resource that registers {@code storage}, available on {@code nodes}, and the provider it needs. */
  public static void add(Emission out, Storage storage, List<String> nodes) {
    ProxmoxProvider.configure(out);
    out.terraform("storage").prerequisite(type(storage), name(storage.id()), body(storage, nodes));
  }

  /** The body of the resource that registers {@code storage}. */
  public static TfObject body(Storage storage, List<String> nodes) {
    var b = TfObject.builder().put("id", storage.id());
    if (storage instanceof DirStorage dir) {
      b.put("path", dir.path());
    } else if (storage instanceof LvmThinStorage lvm) {
      b.put("volume_group", lvm.volumeGroup()).put("thin_pool", lvm.thinPool());
    } else if (storage instanceof ZfsPoolStorage zfs) {
      b.put("zfs_pool", zfs.pool());
    }
    b.put("nodes", TfValue.strings(nodes))
        .put("content", TfValue.strings(storage.content().stream().map(ContentType::value).toList()));
    if (storage instanceof DirStorage dir) {
      b.put("shared", dir.shared());
    } else if (storage instanceof ZfsPoolStorage zfs) {
      b.put("thin_provision", zfs.sparse()).put("blocksize", zfs.blocksizeText());
    }
    return b.build();
  }
}
