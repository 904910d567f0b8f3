package dev.ingot.core.ansible;

import dev.ingot.core.Document;
import dev.ingot.core.yaml.YamlDocument;
import dev.ingot.core.yaml.YamlMapBuilder;
import dev.ingot.core.yaml.YamlNode;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The site's Ansible inventory in YAML form ({@code ansible/inventory/hosts.yml}), filled by the
 * components during emission: groups in the order first used, hosts in the order added.
 *
 * <pre>
 * all:
 *   children:
 *     proxmox:
 *       hosts:
 *         pve:
 *           ansible_host: 10.0.10.2
 * </pre>
 */
public final class Inventory implements Document {
  /** The path of the inventory in a generated repository. */
  public static final String PATH = "ansible/inventory/hosts.yml";

  private final Map<String, Map<String, YamlMap>> groups = new LinkedHashMap<>();
  private final Map<String, YamlMap> groupVars = new LinkedHashMap<>();

  /**
   * Adds {@code host} to {@code group} with its variables; adding the same host twice to a group
   * with the same variables is allowed, with different ones it fails.
   */
  public Inventory host(String group, String host, YamlMap vars) {
    var hosts = groups.computeIfAbsent(group, g -> new LinkedHashMap<>());
    YamlMap existing = hosts.putIfAbsent(host, vars);
    if (existing != null && !existing.equals(vars)) {
      throw new IllegalStateException("host " + host + " added to group " + group + " twice with different variables");
    }
    return this;
  }

  /** Sets the variables of {@code group}; setting them twice with different values fails. */
  public Inventory groupVars(String group, YamlMap vars) {
    groups.computeIfAbsent(group, g -> new LinkedHashMap<>());
    YamlMap existing = groupVars.putIfAbsent(group, vars);
    if (existing != null && !existing.equals(vars)) {
      throw new IllegalStateException("variables of group " + group + " set twice with different values");
    }
    return this;
  }

  /** The inventory as a YAML file. */
  public YamlDocument toYaml() {
    YamlMapBuilder children = YamlMap.builder();
    groups.forEach((group, hosts) -> {
      YamlMapBuilder g = YamlMap.builder();
      YamlMapBuilder h = YamlMap.builder();
      hosts.forEach((name, vars) -> h.put(name, vars.isEmpty() ? YamlNode.nul() : vars));
      g.put("hosts", h.build());
      YamlMap vars = groupVars.get(group);
      if (vars != null && !vars.isEmpty()) {
        g.put("vars", vars);
      }
      children.put(group, g.build());
    });
    return YamlDocument.ansible(YamlMap.builder().map("all", all -> all.put("children", children.build())).build());
  }

  @Override
  public String render(String header) {
    return toYaml().render(header);
  }
}
