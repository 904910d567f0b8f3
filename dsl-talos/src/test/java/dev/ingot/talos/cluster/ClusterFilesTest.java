package dev.ingot.talos.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.ansible.Inventory;
import dev.ingot.core.generate.ArtifactSet;
import dev.ingot.core.testsupport.ExternalTool;
import dev.ingot.core.testsupport.Golden;
import dev.ingot.core.testsupport.TerraformSchema;
import dev.ingot.core.testsupport.TerraformSchemaChecker;
import dev.ingot.core.validate.Problems;
import dev.ingot.talos.patch.RawPatch;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file emitted for the reference site, against golden files, the provider schema tables
 * and the real tools (Terraform, yamllint, ansible-playbook, ansible-lint).
 */
class ClusterFilesTest {
  static final TerraformSchema TALOS = TerraformSchema.load("/schema/siderolabs-talos-0.11.0.json");
  static final TerraformSchema HELM = TerraformSchema.load("/schema/hashicorp-helm-3.1.2.json");
  /** The bpg/proxmox table of the dsl-proxmox tests, read from the sibling module. */
  static final TerraformSchema BPG = bpg();
  private static final ArtifactSet FILES = ReferenceSite.site().emit("ReferenceSite");
  private static final String TALOS_TF = "terraform/homelab/talos.tf.json";

  @TempDir
  static Path dir;

  @BeforeAll
  static void write() throws IOException {
    for (String path : FILES.paths()) {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      Files.write(file, FILES.bytes(path));
    }
  }

  static List<String> talosPaths() {
    var paths = new ArrayList<String>();
    paths.addAll(FILES.under("talos/"));
    paths.addAll(FILES.under("terraform/"));
    paths.add(UpgradePlaybook.PATH);
    paths.add(Inventory.PATH);
    return paths;
  }

  static List<String> patchPaths() {
    return FILES.under("talos/patches/");
  }

  @Test
  void theClusterEmitsItsSchematicsPatchesTerraformAndPlaybook() {
    assertThat(FILES.under("talos/")).containsExactly(
        "talos/patches/gpu-1.yaml",
        "talos/patches/homelab-controlplane.yaml",
        "talos/patches/homelab-cp-1.yaml",
        "talos/patches/homelab-cp-2.yaml",
        "talos/patches/homelab-cp-3.yaml",
        "talos/patches/homelab-worker.yaml",
        "talos/schematics/base.yaml",
        "talos/schematics/gpu.yaml");
    assertThat(FILES.paths()).contains(TALOS_TF, UpgradePlaybook.PATH);
  }

  @ParameterizedTest
  @MethodSource("talosPaths")
  void everyFileMatchesItsGoldenFile(String path) {
    Golden.assertMatches("reference/" + path, FILES.text(path));
  }

  static List<String> terraformPaths() {
    return FILES.under("terraform/");
  }

  private static TerraformSchema bpg() {
    try {
      return TerraformSchema.parse(new ObjectMapper().readTree(
          Path.of("..", "dsl-proxmox", "src", "test", "resources", "schema", "bpg-proxmox-0.111.1.json").toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theClusterEmitsItsVmsAndTheirImageDownloads() {
    assertThat(FILES.under("terraform/")).containsExactly(
        "terraform/homelab/hardware-mappings.tf.json",
        "terraform/homelab/images.tf.json",
        "terraform/homelab/outputs.tf.json",
        "terraform/homelab/providers.tf.json",
        "terraform/homelab/storage.tf.json",
        TALOS_TF,
        "terraform/homelab/variables.tf.json",
        "terraform/homelab/versions.tf.json",
        "terraform/homelab/vms.tf.json");
  }

  @ParameterizedTest
  @MethodSource("terraformPaths")
  void everyTerraformFileConformsToTheProviderSchemas(String path) {
    TerraformSchemaChecker.assertConforms(path, FILES.text(path), TALOS, HELM, BPG);
  }

  @Test
  void aWrongAttributeFailsTheSchemaCheck() {
    String wrong = FILES.text(TALOS_TF).replace("\"machine_configuration_input\"", "\"machine_config\"");
    assertThat(TerraformSchemaChecker.check(wrong, TALOS, HELM, BPG)).containsExactly(
        "$.resource.talos_machine_configuration_apply.homelab_cp_1.machine_config: unknown attribute or block"
            + " \"machine_config\" of talos_machine_configuration_apply",
        "$.resource.talos_machine_configuration_apply.homelab_cp_2.machine_config: unknown attribute or block"
            + " \"machine_config\" of talos_machine_configuration_apply",
        "$.resource.talos_machine_configuration_apply.homelab_cp_3.machine_config: unknown attribute or block"
            + " \"machine_config\" of talos_machine_configuration_apply",
        "$.resource.talos_machine_configuration_apply.gpu_1.machine_config: unknown attribute or block"
            + " \"machine_config\" of talos_machine_configuration_apply");
  }

  @Test
  void aWrongMachineTypeFailsTheSchemaCheck() {
    String wrong = FILES.text(TALOS_TF).replace("\"machine_type\": \"worker\"", "\"machine_type\": \"workers\"");
    assertThat(TerraformSchemaChecker.check(wrong, TALOS, HELM)).containsExactly(
        "$.data.talos_machine_configuration.homelab_worker.machine_type: \"workers\" is not one of controlplane,"
            + " worker");
  }

  @Test
  void aPinOtherThanTheTablesFailsTheSchemaCheck() {
    String wrong = FILES.text("terraform/homelab/versions.tf.json").replace("\"0.11.0\"", "\"0.10.1\"");
    assertThat(TerraformSchemaChecker.check(wrong, TALOS, HELM)).containsExactly(
        "$.terraform.required_providers.talos.version: pins \"0.10.1\" but the schema table describes 0.11.0");
  }

  @Test
  void emittingTwiceGivesTheSameBytes() {
    ArtifactSet again = ReferenceSite.site().emit("ReferenceSite");
    for (String path : FILES.paths()) {
      assertThat(again.bytes(path)).as(path).isEqualTo(FILES.bytes(path));
    }
  }

  @ParameterizedTest
  @MethodSource("patchPaths")
  void thePatchFilesHoldNoSecrets(String path) {
    Problems problems = new Problems();
    RawPatch.of("generated", FILES.text(path)).validate(dev.ingot.core.validate.Path.root(), problems);
    assertThat(problems.report().problems()).isEmpty();
  }

  @Test
  void terraformReadsTheConfiguration() {
    var result = ExternalTool.run(dir.resolve("terraform/homelab"), "terraform", "providers");
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.stdout()).contains("provider[registry.terraform.io/siderolabs/talos] 0.11.0",
        "provider[registry.terraform.io/hashicorp/helm] 3.1.2", "provider[registry.terraform.io/bpg/proxmox] 0.111.1");
  }

  @Test
  void thePatchesThePlaybookAndTheInventoryPassYamllint() throws IOException {
    Path config = dir.resolve("yamllint.yml");
    try (InputStream in = Inventory.class.getResourceAsStream("/dev/ingot/core/yaml/yamllint.yml")) {
      Files.write(config, in.readAllBytes());
    }
    var args = new ArrayList<>(List.of("yamllint", "--strict", "-c", config.toString(), UpgradePlaybook.PATH,
        Inventory.PATH));
    args.addAll(patchPaths());
    var result = ExternalTool.run(dir, null, args);
    assertThat(result.exitCode()).as(result.output()).isZero();
  }

  @Test
  void thePlaybookPassesTheSyntaxCheck() {
    var result = ExternalTool.run(dir, "ansible-playbook", "--syntax-check", "-i", Inventory.PATH,
        UpgradePlaybook.PATH);
    assertThat(result.exitCode()).as(result.output()).isZero();
  }

  @Test
  void thePlaybookPassesAnsibleLintWithTheProductionProfile() {
    var result = ExternalTool.run(dir, "ansible-lint", "--offline", "--nocolor", "--profile", "production",
        UpgradePlaybook.PATH);
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("Passed with production profile");
  }
}
