package dev.ingot.core.cloudinit;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.validate.Validatable;
import dev.ingot.core.yaml.YamlDocument;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A network-config file in version 2 form ({@code version: 2}, {@code ethernets:}), as cloud-init reads
 * it from a NoCloud seed or a Proxmox cloud-init drive.
 *
 * <p>{@code NetworkConfig.of(Ethernet.named("eth0").matchName("e*").dhcp(true, false))}
 *
 * @param ethernets the interface configurations, in order
 */
public record NetworkConfig(List<Ethernet> ethernets) implements Validatable {
  /** Copies the list. */
  public NetworkConfig {
    ethernets = List.copyOf(ethernets);
  }

  /** A network configuration of the given interfaces. */
  public static NetworkConfig of(Ethernet... ethernets) {
    return new NetworkConfig(List.of(ethernets));
  }

  /** This configuration with one more interface. */
  public NetworkConfig ethernet(Ethernet ethernet) {
    var next = new ArrayList<>(ethernets);
    next.add(ethernet);
    return new NetworkConfig(next);
  }

  @Override
  public void validate(Path at, Problems problems) {
    if (ethernets.isEmpty()) {
      problems.error(at.field("ethernets"), "a network configuration needs at least one interface");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < ethernets.size(); i++) {
      Ethernet e = ethernets.get(i);
      if (!ids.add(e.id())) {
        problems.error(at.field("ethernets", i).field("id"), "interface \"" + e.id() + "\" is configured twice");
      }
      e.validate(at.field("ethernets", i), problems);
    }
  }

  /** The file's mapping. */
  public YamlMap toYaml() {
    var byId = YamlMap.builder();
    ethernets.forEach(e -> byId.put(e.id(), e.toYaml()));
    return YamlMap.builder().put("version", 2).put("ethernets", byId.build()).build();
  }

  /** The file. */
  public YamlDocument toDocument() {
    return YamlDocument.of(toYaml());
  }
}
