package dev.ingot.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.ansible.Task;
import dev.ingot.core.value.Size;
import dev.ingot.core.yaml.YamlNode;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import dev.ingot.core.yaml.YamlNode.YamlStr;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeEmissionTest {
  @Test
  void theInventoryReachesTheNodeOverSsh() {
    assertThat(NodeEmission.inventoryVars(TestSites.pve().sshUser("admin"))).isEqualTo(YamlMap.builder()
        .put("ansible_host", "pve.lan").put("ansible_user", "admin").build());
  }

  @Test
  void builtInStoragesWithTheInstallersContentNeedNoTask() {
    ProxmoxNode node = TestSites.pve().rootFilesystem(RootFilesystem.LVM).memory(Size.gib(8));
    assertThat(NodeEmission.contentTasks(ProxmoxNode.named("pve").storage(DirStorage.local()))).isEmpty();
    assertThat(NodeEmission.contentTasks(node)).extracting(Task::name)
        .containsExactly("Read the configuration of storage local", "Set the content types of storage local");
  }

  @Test
  void contentTypesAreSetOnlyWhenTheLiveConfigurationDiffers() {
    ProxmoxNode node = ProxmoxNode.named("pve").rootFilesystem(RootFilesystem.ZFS)
        .storage(ZfsPoolStorage.localZfs().content(ContentType.IMAGES));
    List<Task> tasks = NodeEmission.contentTasks(node);
    assertThat(((YamlMap) tasks.get(0).arguments()).get("argv"))
        .isEqualTo(YamlNode.strings(List.of("pvesh", "get", "/storage/local-zfs", "--output-format", "json")));
    assertThat(tasks.get(0).toYaml().get("register")).isEqualTo(new YamlStr("storage_local_zfs"));
    assertThat(((YamlMap) tasks.get(1).arguments()).get("argv"))
        .isEqualTo(YamlNode.strings(List.of("pvesm", "set", "local-zfs", "--content", "images")));
    assertThat(tasks.get(1).toYaml().get("when"))
        .isEqualTo(new YamlStr("(storage_local_zfs.stdout | from_json).content.split(',') | sort != ['images']"));
  }
}
