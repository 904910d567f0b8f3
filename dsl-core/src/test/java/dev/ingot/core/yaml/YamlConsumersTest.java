package dev.ingot.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.testsupport.ExternalTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The programs that read the sample files accept them: cloud-init's schema check and Ansible's syntax check. */
class YamlConsumersTest {
  @Test
  void cloudInitAcceptsTheCloudConfig(@TempDir Path dir) throws IOException {
    ExternalTool.require("cloud-init");
    Files.writeString(dir.resolve("user-data.yaml"), SampleDocuments.cloudConfig().render(SampleDocuments.HEADER));

    var result = ExternalTool.run(dir, "cloud-init", "schema", "--config-file", "user-data.yaml");

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.stdout()).contains("Valid cloud-config");
  }

  @Test
  void ansibleAcceptsThePlaybook(@TempDir Path dir) throws IOException {
    ExternalTool.require("ansible-playbook");
    Files.writeString(dir.resolve("site.yml"), SampleDocuments.ansiblePlaybook().render(SampleDocuments.HEADER));

    var result = ExternalTool.run(dir, "ansible-playbook", "--syntax-check", "-i", "localhost,", "site.yml");

    assertThat(result.exitCode()).as(result.output()).isZero();
  }
}
