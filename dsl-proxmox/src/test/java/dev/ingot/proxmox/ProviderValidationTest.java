package dev.ingot.proxmox;

import static dev.ingot.proxmox.TestSites.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.Infra;
import dev.ingot.core.value.Secret;
import dev.ingot.core.value.Size;
import dev.ingot.core.value.Sops;
import dev.ingot.proxmox.packer.ProxmoxPlugin;
import org.junit.jupiter.api.Test;

class ProviderValidationTest {
  @Test
  void theDefaultProviderNeedsNothing() {
    assertThat(problems(Infra.named("homelab").with(TestSites.pve(), ProxmoxProvider.bpg()))).isEmpty();
    assertThat(ProxmoxProvider.bpg().name()).isEqualTo("proxmox");
    assertThat(ProxmoxProvider.bpg().version()).isEqualTo("0.111.1");
    assertThat(ProxmoxProvider.bpg().secrets()).containsExactly(Secret.env("PROXMOX_VE_API_TOKEN"));
  }

  @Test
  void theEndpointNodeIsPartOfTheSite() {
    assertThat(problems(Infra.named("homelab").with(TestSites.pve(),
        ProxmoxProvider.bpg().endpoint(ProxmoxNode.named("pve2"))))).containsExactly(
            "terraform provider \"proxmox\" › endpoint: node \"pve2\" is not part of infra \"homelab\"; add it with"
                + " Infra.with(…)");
    assertThat(problems(Infra.named("homelab").with(ProxmoxProvider.bpg()))).containsExactly(
        "terraform provider \"proxmox\" › endpoint: the provider needs a node for its endpoint; add a ProxmoxNode");
  }

  @Test
  void versionsAreNotEmptyAndTheTokenIsAUsableSecret() {
    assertThat(problems(Infra.named("homelab").with(TestSites.pve(), ProxmoxProvider.bpg().version(" ")
        .terraformVersion("").apiToken(Secret.env("PROXMOX-TOKEN"))))).containsExactly(
            "terraform provider \"proxmox\" › version: the provider version is empty",
            "terraform provider \"proxmox\" › terraformVersion: the Terraform version constraint is empty",
            "secret \"$PROXMOX-TOKEN\": \"proxmox-token\" cannot name the input variable that carries the secret: use"
                + " a lower-case letter followed by lower-case letters, digits and underscores");
  }

  @Test
  void aSecretMayNotTakeAVariableIngotDeclaresItself() {
    Sops sops = Sops.file("secrets/lab.enc.yaml").recipients("age1" + "q".repeat(58));
    assertThat(problems(Infra.named("homelab").with(TestSites.pve(),
        ProxmoxPlugin.hashicorp().token(sops.ref("proxmox_endpoint"))))).containsExactly(
            "secret \"secrets/lab.enc.yaml#proxmox_endpoint\": the variable \"proxmox_endpoint\" already carries the URL"
                + " of the Proxmox VE API for Terraform; keep this secret under another name");
    assertThat(problems(Infra.named("homelab").with(TestSites.pve(),
        ProxmoxPlugin.hashicorp().token(sops.ref("proxmox_ve_api_token")))))
        .as("no proxmox_* resource, so no default provider token to clash with").isEmpty();
    assertThat(problems(Infra.named("homelab").with(TestSites.pve(), ProxmoxProvider.bpg(),
        ProxmoxPlugin.hashicorp().token(Secret.env("PROXMOX_VE_API_TOKEN"))))).isEmpty();
  }

  @Test
  void providerSshLogsInToEveryNodeAsOneUser() {
    ProxmoxNode pve = TestSites.pve();
    ProxmoxNode pve2 = ProxmoxNode.named("pve2").endpoint("https://pve2.lan:8006/").cpu(CpuVendor.AMD)
        .memory(Size.gib(64)).sshUser("admin");
    assertThat(problems(Infra.named("homelab").with(pve, pve2))).isEmpty();
    assertThat(problems(Infra.named("homelab").with(pve, pve2, new TestSites.Vm("util", pve, Size.gib(4)))))
        .containsExactly("node \"pve2\" › sshUser: the provider's SSH connection logs in to every node as one user;"
            + " node \"pve\" uses \"root\"");
  }
}
