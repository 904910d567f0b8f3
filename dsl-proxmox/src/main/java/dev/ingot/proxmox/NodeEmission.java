package dev.ingot.proxmox;

import dev.ingot.core.Emission;
import dev.ingot.core.ansible.Inventory;
import dev.ingot.core.ansible.Task;
import dev.ingot.core.yaml.YamlNode;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import dev.ingot.proxmox.host.HostPlay;
import dev.ingot.proxmox.host.HostPlaybook;
import dev.ingot.proxmox.host.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a node adds to the site: its inventory entry (group {@code proxmox}), the Terraform
 * registration of the storages it adds, and to its host play the content types of its built-in
 * storages and the kernel arguments it asks for.
 */
final class NodeEmission {
  /** The inventory group of Proxmox nodes. */
  static final String GROUP = "proxmox";

  private NodeEmission() {}

  static void emit(ProxmoxNode node, Emission out) {
    out.shared(Inventory.PATH, Inventory.class, Inventory::new).host(GROUP, node.name(), inventoryVars(node));
    for (Storage s : node.storages()) {
      if (!s.builtIn()) {
        StorageResource.add(out, s, List.of(node.name()));
      }
    }
    List<Task> content = contentTasks(node);
    List<String> args = node.iommuKernelArgs(false);
    if (!content.isEmpty() || !args.isEmpty()) {
      HostPlay play = HostPlaybook.play(out, node.name());
      play.commandLine(node.bootLoader().commandLine()).kernelArgs(args).tasks(Stage.STORAGE, content);
    }
  }

  static YamlMap inventoryVars(ProxmoxNode node) {
    return YamlMap.builder().put("ansible_host", node.address()).put("ansible_user", node.sshUser()).build();
  }

  /**
   * Tasks that give each built-in storage the content types the model declares, when they differ
   * from what the installer set; {@code pvesm set} runs only when the live configuration differs.
   */
  static List<Task> contentTasks(ProxmoxNode node) {
    var tasks = new ArrayList<Task>();
    for (Storage s : node.storages()) {
      Storage installed = node.rootFilesystem().installerStorages().stream()
          .filter(b -> b.id().equals(s.id())).findFirst().orElse(null);
      if (installed == null || Set.copyOf(installed.content()).equals(Set.copyOf(s.content()))) {
        continue;
      }
      String var = HostPlay.variable("storage", s.id());
      List<String> wanted = s.content().stream().map(ContentType::value).sorted().toList();
      tasks.add(Task.named("Read the configuration of storage " + s.id())
          .module("ansible.builtin.command", a -> a.put("argv",
              YamlNode.strings(List.of("pvesh", "get", "/storage/" + s.id(), "--output-format", "json"))))
          .register(var)
          .changedWhen("false")
          .build());
      tasks.add(Task.named("Set the content types of storage " + s.id())
          .module("ansible.builtin.command", a -> a.put("argv",
              YamlNode.strings(List.of("pvesm", "set", s.id(), "--content", String.join(",", wanted)))))
          .keyword("changed_when", YamlNode.bool(true))
          .when("(" + var + ".stdout | from_json).content.split(',') | sort != ["
              + wanted.stream().map(w -> "'" + w + "'").collect(Collectors.joining(", ")) + "]")
          .build());
    }
    return tasks;
  }
}
