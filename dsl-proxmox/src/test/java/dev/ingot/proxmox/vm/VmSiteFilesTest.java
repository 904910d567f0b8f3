package dev.ingot.proxmox.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.generate.ArtifactSet;
import dev.ingot.core.testsupport.Golden;
import dev.ingot.core.testsupport.TerraformSchema;
import dev.ingot.core.testsupport.TerraformSchemaChecker;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Terraform file emitted for the MS-A2 with its templates and VMs, against golden files and the schema table. */
class VmSiteFilesTest {
  private static final TerraformSchema BPG = TerraformSchema.load("/schema/bpg-proxmox-0.111.1.json");
  private static final ArtifactSet FILES = VmSites.msa2().emit("VmSites");

  static List<String> terraformPaths() {
    return FILES.under("terraform/");
  }

  @Test
  void theSiteIsValidWithoutWarnings() {
    assertThat(VmSites.msa2().validate().problems()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("terraformPaths")
  void everyFileMatchesItsGoldenFile(String path) {
    Golden.assertMatches("msa2-vms/" + path, FILES.text(path));
  }

  @ParameterizedTest
  @MethodSource("terraformPaths")
  void everyFileConformsToTheProviderSchema(String path) {
    TerraformSchemaChecker.assertConforms(path, FILES.text(path), BPG);
  }
}
