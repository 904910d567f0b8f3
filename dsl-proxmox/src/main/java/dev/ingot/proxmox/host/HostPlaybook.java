package dev.ingot.proxmox.host;

import dev.ingot.core.Document;
import dev.ingot.core.Emission;
import dev.ingot.core.ansible.Playbook;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The playbook {@code ansible/playbooks/proxmox-host.yml}: one play per Proxmox node, in the order
 * the nodes first contribute to it. Run it against the shared inventory before Terraform, which
 * registers the pools it creates.
 */
public final class HostPlaybook implements Document {
  /** The path of the playbook in a generated repository. */
  public static final String PATH = "ansible/playbooks/proxmox-host.yml";

  private final Map<String, HostPlay> plays = new LinkedHashMap<>();

  /** The play of the node called {@code host}, created on first use, in the site's playbook. */
  public static HostPlay play(Emission out, String host) {
    return out.shared(PATH, HostPlaybook.class, HostPlaybook::new).plays.computeIfAbsent(host, HostPlay::new);
  }

  /** The playbook with the plays added so far. */
  public Playbook toPlaybook() {
    return new Playbook(plays.values().stream().map(HostPlay::toPlay).toList());
  }

  @Override
  public String render(String header) {
    return toPlaybook().render(header);
  }
}
