package dev.ingot.core.hcl;

import dev.ingot.core.testsupport.Golden;
import org.junit.jupiter.api.Test;

/** Whole-file comparisons of representative Packer and Terraform files with reviewed golden files. */
class HclWriterGoldenTest {
  @Test
  void packerTemplate() {
    Golden.assertMatches("hcl/packer-debian.pkr.hcl", HclWriter.write(HclShapes.packerDebian(), HclShapes.HEADER));
  }

  @Test
  void terraformConfiguration() {
    Golden.assertMatches("hcl/terraform-site.tf", HclWriter.write(HclShapes.terraformSite(), HclShapes.HEADER));
  }
}
