package dev.ingot.core.ansible;

import dev.ingot.core.Document;
import dev.ingot.core.yaml.YamlDocument;
import dev.ingot.core.yaml.YamlNode;
import java.util.List;

/**
 * An Ansible playbook file: a {@code ---} document holding a list of plays.
 *
 * @param plays the plays, in order
 */
public record Playbook(List<Play> plays) implements Document {
  /** Copies the plays. */
  public Playbook {
    plays = List.copyOf(plays);
    if (plays.isEmpty()) {
      throw new IllegalArgumentException("a playbook needs at least one play");
    }
  }

  /** A playbook of the given plays. */
  public static Playbook of(Play... plays) {
    return new Playbook(List.of(plays));
  }

  /** The playbook as a YAML file. */
  public YamlDocument toYaml() {
    return YamlDocument.ansible(YamlNode.seq(plays.stream().map(Play::toYaml).toList()));
  }

  @Override
  public String render(String header) {
    return toYaml().render(header);
  }
}
