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
 * The input variables Ingot declares for a site itself: the Proxmox VE API endpoint, URL and token
 * id, and the API tokens of the default provider and Packer plugin when the site sets none. A secret
 * that takes one of these names would make a file declare the variable twice (Terraform refuses
 * that, Packer would quietly keep one), so each such secret is reported once, at its own path.
 */
final class OwnVariables {
  private OwnVariables() {}

  static void validate(ValidationContext context) {
    Infra site = context.infra();
    Map<String, String> own = new HashMap<>();
    own.put(ProxmoxProvider.ENDPOINT_VARIABLE, "the URL of the Proxmox VE API for Terraform");
    own.put(ProxmoxPlugin.URL_VARIABLE, "the URL of the Proxmox VE API for Packer");
    own.put(ProxmoxPlugin.USERNAME_VARIABLE, "the API token id for Packer");
    Set<Secret> defaults = new HashSet<>();
    if (site.all(ProxmoxProvider.class).isEmpty()) {
      Secret token = ProxmoxProvider.bpg().apiToken();
      own.put(token.variable(), "the API token of the default Terraform provider, from " + token.describe());
      defaults.add(token);
    }
    if (site.all(ProxmoxPlugin.class).isEmpty()) {
      Secret token = ProxmoxPlugin.hashicorp().token();
      own.put(token.variable(), "the API token of the default Packer plugin, from " + token.describe());
      defaults.add(token);
    }
    Set<Secret> seen = new HashSet<>();
    for (Component c : site.components()) {
      for (Secret s : c.secrets()) {
        if (seen.add(s) && !defaults.contains(s) && own.containsKey(s.variable())) {
          context.error(s.path(), "the variable " + Names.describe(s.variable()) + " already carries "
              + own.get(s.variable()) + "; keep this secret under another name");
        }
      }
    }
  }
}
