package dev.ingot.talos.cluster;

import dev.ingot.core.Document;
import dev.ingot.core.Emission;
import dev.ingot.core.ansible.Inventory;
import dev.ingot.core.ansible.Play;
import dev.ingot.core.ansible.Playbook;
import dev.ingot.core.ansible.Task;
import dev.ingot.core.value.Names;
import dev.ingot.core.yaml.YamlNode;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import java.util.ArrayList;
import java.util.List;

/**
 * The Day 2 playbook {@code ansible/playbooks/talos-upgrade.yml}: for each cluster, it upgrades
 * Talos to the installer image of each node's schematic, one node at a time, control planes
 * first, waiting for the cluster to be healthy after each node; then it upgrades Kubernetes.
 *
 * <p>Talos has no SSH: the tasks run {@code talosctl} on the Ansible controller (the Talos hosts
 * use the local connection), with the talosconfig that {@code terraform output -raw
 * <cluster>_talosconfig} prints, found as talosctl finds it ({@code $TALOSCONFIG} or
 * {@code ~/.talos/config}). A node is upgraded only when it runs another Talos release than the
 * cluster's (its {@code Version} resource, Talos v1.10 and later) or an image without its
 * schematic (the Image Factory's virtual {@code schematic} extension, whose version is the
 * schematic ID); Kubernetes only when the first control plane's kubelet is not at the cluster's
 * release.
 */
final class UpgradePlaybook implements Document {
  /** The path of the playbook in a generated repository. */
  static final String PATH = "ansible/playbooks/talos-upgrade.yml";

  private static final String HEALTH_TIMEOUT = "10m";

  private final List<Play> plays = new ArrayList<>();

  /** Adds the plays and inventory groups of {@code c} to the site's playbook and inventory. */
  static void emit(TalosCluster c, Emission out) {
    out.shared(PATH, UpgradePlaybook.class, UpgradePlaybook::new).add(c, out);
  }

  private void add(TalosCluster c, Emission out) {
    String id = Names.identifier(c.name());
    String controlPlanes = id + "_controlplane";
    String workers = id + "_workers";
    Inventory inventory = out.shared(Inventory.PATH, Inventory.class, Inventory::new);
    YamlMap groupVars = YamlMap.builder()
        .put("talos_version", c.talos().toString())
        .put("kubernetes_version", c.kubernetes().toString())
        .build();
    inventory.groupVars(controlPlanes, groupVars);
    for (TalosNode node : c.nodes()) {
      String group = node.role() == NodeRole.CONTROL_PLANE ? controlPlanes : workers;
      if (node.role() == NodeRole.WORKER) {
        inventory.groupVars(workers, groupVars);
      }
      inventory.host(group, node.name(), YamlMap.builder()
          .put("ansible_connection", "local")
          .put("ansible_python_interpreter", "{{ ansible_playbook_python }}")
          .put("talos_node", node.address().text())
          .put("talos_installer", c.schematicOf(node.group()).urls().installer())
          .put("talos_schematic", c.schematicOf(node.group()).id())
          .build());
    }
    List<Task> health = List.of(health(c));
    plays.add(talosPlay("Upgrade Talos on the control plane nodes of " + c.name(), controlPlanes, health));
    if (!c.workerNodes().isEmpty()) {
      plays.add(talosPlay("Upgrade Talos on the workers of " + c.name(), workers, health));
    }
    plays.add(new Play("Upgrade Kubernetes of " + c.name(), controlPlanes + "[0]", false, false,
        YamlMap.builder().build(), List.of(
            talosctl("Read the kubelet image of the first control plane node", "talos_kubelet_image",
                List.of("get", "kubeletspec", "--output", "jsonpath={.spec.image}")),
            Task.named("Upgrade Kubernetes to the cluster's release")
                .module("ansible.builtin.command", argv(List.of("upgrade-k8s", "--to", "{{ kubernetes_version }}")))
                .when("not (talos_kubelet_image.stdout | trim).endswith(':v' ~ kubernetes_version)")
                .changedWhen("true")
                .build(),
            health.get(0)), List.of()));
  }

  private static Play talosPlay(String name, String hosts, List<Task> health) {
    var tasks = new ArrayList<Task>();
    tasks.add(talosctl("Read the Talos release the node runs", "talos_running_version",
        List.of("get", "version", "--output", "jsonpath={.spec.version}")));
    tasks.add(talosctl("Read the extensions of the node's image", "talos_running_extensions",
        List.of("get", "extensions", "--output", "jsonpath={.spec.metadata.version}")));
    tasks.add(Task.named("Upgrade Talos to the installer image of the node's schematic")
        .module("ansible.builtin.command",
            argv(List.of("upgrade", "--image", "{{ talos_installer }}", "--wait")))
        .when("(talos_running_version.stdout | trim) != talos_version"
            + " or talos_schematic not in talos_running_extensions.stdout_lines")
        .changedWhen("true")
        .build());
    tasks.addAll(health);
    return new Play(name, hosts, false, false, YamlMap.builder().build(), tasks, List.of())
        .keyword("serial", YamlNode.num(1))
        .keyword("any_errors_fatal", YamlNode.bool(true));
  }

  private static Task health(TalosCluster c) {
    var args = new ArrayList<>(List.of("health", "--control-plane-nodes", addresses(c.controlPlaneNodes())));
    if (!c.workerNodes().isEmpty()) {
      args.addAll(List.of("--worker-nodes", addresses(c.workerNodes())));
    }
    args.addAll(List.of("--wait-timeout", HEALTH_TIMEOUT));
    return Task.named("Wait until the cluster is healthy").module("ansible.builtin.command", argv(args))
        .changedWhen("false").build();
  }

  private static Task talosctl(String name, String register, List<String> args) {
    return Task.named(name).module("ansible.builtin.command", argv(args))
        .register(register).changedWhen("false").build();
  }

  /** The arguments {@code argv} of a talosctl command run against the host's node. */
  private static YamlMap argv(List<String> args) {
    var all = new ArrayList<>(List.of("talosctl", "--nodes", "{{ talos_node }}"));
    all.addAll(args);
    return YamlMap.builder().strings("argv", all).build();
  }

  private static String addresses(List<TalosNode> nodes) {
    return String.join(",", nodes.stream().map(n -> n.address().text()).toList());
  }

  @Override
  public String render(String header) {
    return new Playbook(plays).render(header);
  }
}
