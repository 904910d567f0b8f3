package dev.ingot.proxmox;

import static dev.ingot.proxmox.TestSites.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.Infra;
import dev.ingot.core.generate.ArtifactSet;
import dev.ingot.core.repository.RepositoryFiles;
import dev.ingot.core.value.Admin;
import dev.ingot.core.value.Secret;
import dev.ingot.core.value.Sops;
import dev.ingot.proxmox.image.GoldenImage;
import dev.ingot.proxmox.packer.ProxmoxPlugin;
import dev.ingot.proxmox.zfs.ZfsPool;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A site without a provider or plugin component uses the defaults, and the components that write
 * for them list the default token among their secrets, so that it is validated and in the secrets
 * script like any other.
 */
class DefaultTokenTest {
  private static final Secret PROVIDER_TOKEN = Secret.env("PROXMOX_VE_API_TOKEN");
  private static final Secret PLUGIN_TOKEN = Secret.env("PROXMOX_TOKEN");
  private static final Sops SECRETS = Sops.file("secrets/homelab.enc.yaml")
      .recipients("age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq");

  private static String secretsScript(Infra site) {
    return site.with(RepositoryFiles.standard()).emit("DefaultTokenTest").text("scripts/with-secrets.sh");
  }

  private static List<String> requireLines(String script) {
    return script.lines().filter(l -> l.startsWith("require ")).toList();
  }

  @Test
  void theComponentsThatWriteProxmoxResourcesListTheDefaultProviderToken() {
    ProxmoxNode pve = TestSites.pve();
    ZfsPool tank = TestSites.tank(pve);
    Infra site = Infra.named("homelab").with(pve, tank, TestSites.gpu(pve));
    assertThat(pve.secrets(site)).isEmpty();
    assertThat(tank.secrets(site)).containsExactly(PROVIDER_TOKEN);
    assertThat(TestSites.gpu(pve).secrets(site)).containsExactly(PROVIDER_TOKEN);
    assertThat(tank.unregistered().secrets(site)).isEmpty();
    assertThat(TestSites.gpu(pve).mapping(null).secrets(site)).isEmpty();
    Infra withProvider = site.with(ProxmoxProvider.bpg());
    assertThat(tank.secrets(withProvider)).isEmpty();
  }

  @Test
  void theSecretsScriptReadsTheDefaultProviderTokenOnce() {
    ArtifactSet files = TestSites.msa2().with(RepositoryFiles.standard()).emit("DefaultTokenTest");
    assertThat(files.text("terraform/homelab/variables.tf.json")).contains("\"proxmox_ve_api_token\"");
    assertThat(requireLines(files.text("scripts/with-secrets.sh")))
        .containsExactly("require PROXMOX_VE_API_TOKEN 'export it before running make'");
    assertThat(requireLines(secretsScript(TestSites.msa2().with(ProxmoxProvider.bpg()
        .apiToken(Secret.env("PVE_TOKEN")))))).containsExactly("require PVE_TOKEN 'export it before running make'");
  }

  @Test
  void aSiteWithoutProxmoxResourcesNeedsNoToken() {
    ArtifactSet files = Infra.named("homelab").with(TestSites.pve(), RepositoryFiles.standard())
        .emit("DefaultTokenTest");
    assertThat(files.paths()).noneMatch(p -> p.startsWith("terraform/")).doesNotContain("scripts/with-secrets.sh");
  }

  @Test
  void theDefaultProviderTokenIsValidatedWithTheOtherSecrets() {
    ProxmoxNode pve = TestSites.pve();
    assertThat(problems(Infra.named("homelab").with(pve, TestSites.tank(pve), ProxmoxPlugin.hashicorp()
        .token(SECRETS.ref("proxmox_ve_api_token"))))).containsExactly(
            "secret \"secrets/homelab.enc.yaml#proxmox_ve_api_token\": secret variable \"proxmox_ve_api_token\" comes from both"
                + " $PROXMOX_VE_API_TOKEN and secrets/homelab.enc.yaml#proxmox_ve_api_token");
  }

  @Test
  void aGoldenImageListsTheDefaultPluginTokenWhenTheSiteHasNoPlugin() {
    ProxmoxNode pve = TestSites.pve();
    ZfsPool tank = TestSites.tank(pve);
    GoldenImage<?> debian = GoldenImage.debian(13).on(pve).storage(tank).vmId(9000)
        .admin(Admin.named("ops").sshKey(SECRETS.ref("ssh_public_key")));
    Infra site = Infra.named("homelab").with(pve, tank, debian);
    assertThat(debian.secrets(site)).containsExactly(SECRETS.ref("ssh_public_key"), PLUGIN_TOKEN);
    assertThat(debian.secrets(site.with(ProxmoxPlugin.hashicorp().token(Secret.env("PACKER_TOKEN")))))
        .containsExactly(SECRETS.ref("ssh_public_key"));
    assertThat(requireLines(secretsScript(site))).contains("require PROXMOX_TOKEN 'export it before running make'");
  }
}
