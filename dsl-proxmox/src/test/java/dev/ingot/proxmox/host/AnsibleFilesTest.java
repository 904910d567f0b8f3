package dev.ingot.proxmox.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.ansible.Inventory;
import dev.ingot.core.generate.ArtifactSet;
import dev.ingot.core.testsupport.ExternalTool;
import dev.ingot.proxmox.TestSites;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real Ansible tools and yamllint on the playbook and inventory emitted for the MS-A2. */
class AnsibleFilesTest {
  @TempDir
  static Path dir;

  @BeforeAll
  static void write() throws IOException {
    ArtifactSet files = TestSites.msa2().emit("TestSites");
    for (String path : new String[] {HostPlaybook.PATH, Inventory.PATH}) {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      Files.write(file, files.bytes(path));
    }
  }

  @Test
  void thePlaybookPassesTheSyntaxCheck() {
    var result = ExternalTool.run(dir, "ansible-playbook", "--syntax-check", "-i", Inventory.PATH, HostPlaybook.PATH);
    assertThat(result.exitCode()).as(result.output()).isZero();
  }

  @Test
  void thePlaybookPassesAnsibleLintWithTheProductionProfile() {
    var result = ExternalTool.run(dir, "ansible-lint", "--offline", "--nocolor", "--profile", "production",
        HostPlaybook.PATH);
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("Passed with production profile");
  }

  @Test
  void theFilesPassYamllint() throws IOException {
    Path config = dir.resolve("yamllint.yml");
    try (InputStream in = Inventory.class.getResourceAsStream("/dev/ingot/core/yaml/yamllint.yml")) {
      Files.write(config, in.readAllBytes());
    }
    var result = ExternalTool.run(dir, "yamllint", "--strict", "-c", config.toString(), HostPlaybook.PATH,
        Inventory.PATH);
    assertThat(result.exitCode()).as(result.output()).isZero();
  }
}
