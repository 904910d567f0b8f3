package dev.ingot.proxmox;

import dev.ingot.core.Component;
import dev.ingot.core.Infra;
import dev.ingot.core.ValidationContext;
import dev.ingot.core.value.Names;
import dev.ingot.core.value.Secret;
import dev.ingot.proxmox.packer.ProxmoxPlugin;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The input variables Ingot declares for a site itself that are not secrets: the Proxmox VE API
 * endpoint, URL and token id. A secret that takes one of these names would make a file declare the
 * variable twice (Terraform refuses that, Packer would quietly keep one), so each such secret is
 * reported once, at its own path. The tokens of the default provider and plugin are secrets of the
 * site ({@link dev.ingot.core.Component#secrets(Infra)}), so a clash with them is a clash of secrets.
 */
final class OwnVariables {
  private OwnVariables() {}

  static void validate(ValidationContext context) {
    Infra site = context.infra();
    Map<String, String> own = new HashMap<>();
    own.put(ProxmoxProvider.ENDPOINT_VARIABLE, "the URL of the Proxmox VE API for Terraform");
    own.put(ProxmoxPlugin.URL_VARIABLE, "the URL of the Proxmox VE API for Packer");
    own.put(ProxmoxPlugin.USERNAME_VARIABLE, "the API token id for Packer");
    Set<Secret> seen = new HashSet<>();
    for (Component c : site.components()) {
      for (Secret s : c.secrets()) {
        if (seen.add(s) && own.containsKey(s.variable())) {
          context.error(s.path(), "the variable " + Names.describe(s.variable()) + " already carries "
              + own.get(s.variable()) + "; keep this secret under another name");
        }
      }
    }
  }
}
