package dev.ingot.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ingot.core.Infra;
import dev.ingot.core.generate.ArtifactSet;
import dev.ingot.core.testsupport.ExternalTool;
import dev.ingot.core.testsupport.Golden;
import dev.ingot.core.testsupport.TerraformSchema;
import dev.ingot.core.testsupport.TerraformSchemaChecker;
import dev.ingot.core.value.Size;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file emitted for the MS-A2, against golden files, the bpg/proxmox schema table and Terraform. */
class SiteFilesTest {
  private static final TerraformSchema BPG = TerraformSchema.load("/schema/bpg-proxmox-0.111.1.json");
  private static final ArtifactSet FILES = TestSites.msa2().emit("TestSites");
  private static final String STORAGE = "terraform/homelab/storage.tf.json";

  static List<String> paths() {
    return List.copyOf(FILES.paths());
  }

  static List<String> terraformPaths() {
    return FILES.under("terraform/");
  }

  @Test
  void theSiteEmitsThePlaybookTheInventoryAndFiveTerraformFiles() {
    assertThat(FILES.paths()).containsExactlyInAnyOrder(
        "ansible/inventory/hosts.yml",
        "ansible/playbooks/proxmox-host.yml",
        "terraform/homelab/hardware-mappings.tf.json",
        "terraform/homelab/providers.tf.json",
        STORAGE,
        "terraform/homelab/variables.tf.json",
        "terraform/homelab/versions.tf.json");
  }

  @ParameterizedTest
  @MethodSource("paths")
  void everyFileMatchesItsGoldenFile(String path) {
    Golden.assertMatches("msa2/" + path, FILES.text(path));
  }

  @Test
  void emittingTwiceGivesTheSameBytes() {
    ArtifactSet again = TestSites.msa2().emit("TestSites");
    for (String path : FILES.paths()) {
      assertThat(again.bytes(path)).as(path).isEqualTo(FILES.bytes(path));
    }
  }

  @ParameterizedTest
  @MethodSource("terraformPaths")
  void everyTerraformFileConformsToTheProviderSchema(String path) {
    TerraformSchemaChecker.assertConforms(path, FILES.text(path), BPG);
  }

  @Test
  void aWrongAttributeFailsTheSchemaCheck() {
    String wrong = FILES.text(STORAGE).replace("\"thin_provision\"", "\"sparse\"");
    assertThat(TerraformSchemaChecker.check(wrong, BPG)).containsExactly("$.resource.proxmox_storage_zfspool.tank"
        + ".sparse: unknown attribute or block \"sparse\" of proxmox_storage_zfspool");
  }

  @Test
  void aWrongEnumValueFailsTheSchemaCheck() {
    String wrong = FILES.text(STORAGE).replace("\"rootdir\"", "\"containers\"");
    assertThat(TerraformSchemaChecker.check(wrong, BPG)).containsExactly("$.resource.proxmox_storage_zfspool.tank"
        + ".content[1]: \"containers\" is not one of backup, images, import, iso, rootdir, snippets, vztmpl");
  }

  @Test
  void terraformReadsTheConfiguration(@TempDir Path dir) throws IOException {
    for (String path : terraformPaths()) {
      Files.write(dir.resolve(Path.of(path).getFileName()), FILES.bytes(path));
    }
    var result = ExternalTool.run(dir, "terraform", "providers");
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.stdout()).contains("provider[registry.terraform.io/bpg/proxmox] 0.111.1");
  }

  @Test
  void theProviderUsesSshOnlyWhenAComponentNeedsIt() throws IOException {
    JsonNode plain = new ObjectMapper().readTree(FILES.text("terraform/homelab/providers.tf.json"));
    assertThat(plain.path("provider").path("proxmox").has("ssh")).isFalse();
    ProxmoxNode pve = TestSites.pve();
    Infra withVm = TestSites.msa2().with(new TestSites.Vm("util", pve, Size.gib(4)));
    String providers = withVm.emit("TestSites").text("terraform/homelab/providers.tf.json");
    Golden.assertMatches("msa2-ssh/providers.tf.json", providers);
    TerraformSchemaChecker.assertConforms("providers.tf.json", providers, BPG);
  }
}
