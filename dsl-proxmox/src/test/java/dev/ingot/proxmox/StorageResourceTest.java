package dev.ingot.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.terraform.TfValue;
import dev.ingot.core.terraform.TfValue.TfObject;
import dev.ingot.core.value.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorageResourceTest {
  private static List<Map.Entry<String, TfValue>> entries(TfObject object) {
    return new ArrayList<>(object.entries().entrySet());
  }

  private static TfValue str(String s) {
    return new TfValue.TfString(s);
  }

  private static TfValue strs(String... s) {
    return new TfValue.TfList(List.of(s).stream().map(StorageResourceTest::str).toList());
  }

  @Test
  void aZfsStorageIsThinAndHoldsImagesAndRootdir() {
    var storage = ZfsPoolStorage.of("tank", "tank").blocksize(Size.kib(16));
    assertThat(StorageResource.type(storage)).isEqualTo("proxmox_storage_zfspool");
    assertThat(entries(StorageResource.body(storage, List.of("pve")))).containsExactly(
        Map.entry("id", str("tank")),
        Map.entry("zfs_pool", str("tank")),
        Map.entry("nodes", strs("pve")),
        Map.entry("content", strs("images", "rootdir")),
        Map.entry("thin_provision", new TfValue.TfBool(true)),
        Map.entry("blocksize", str("16k")));
  }

  @Test
  void aDirectoryStorageIsNotSharedUnlessSaid() {
    var storage = DirStorage.named("backup").path("/mnt/backup").content(ContentType.BACKUP);
    assertThat(StorageResource.type(storage)).isEqualTo("proxmox_storage_directory");
    assertThat(entries(StorageResource.body(storage, List.of("pve")))).containsExactly(
        Map.entry("id", str("backup")),
        Map.entry("path", str("/mnt/backup")),
        Map.entry("nodes", strs("pve")),
        Map.entry("content", strs("backup")),
        Map.entry("shared", new TfValue.TfBool(false)));
  }

  @Test
  void anLvmThinStorageNamesItsVolumeGroupAndPool() {
    var storage = LvmThinStorage.named("fast", "nvme", "thin");
    assertThat(StorageResource.type(storage)).isEqualTo("proxmox_storage_lvmthin");
    assertThat(entries(StorageResource.body(storage, List.of("pve")))).containsExactly(
        Map.entry("id", str("fast")),
        Map.entry("volume_group", str("nvme")),
        Map.entry("thin_pool", str("thin")),
        Map.entry("nodes", strs("pve")),
        Map.entry("content", strs("images", "rootdir")));
    assertThat(StorageResource.name("local.zfs-2")).isEqualTo("local_zfs_2");
  }
}
