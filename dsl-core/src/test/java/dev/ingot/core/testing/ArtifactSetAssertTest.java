package dev.ingot.core.testing;

import static dev.ingot.core.testing.IngotAssertions.assertThat;
import static dev.ingot.core.testing.IngotAssertions.assertThatDirectory;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingot.core.generate.ArtifactSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactSetAssertTest {
  private static final ArtifactSet FILES = SampleArtifacts.files();

  @Test
  void filesAreCheckedWithStringAssertionsAndLines() {
    assertThat(FILES).hasFile("README.md").doesNotHaveFile("Makefile")
        .file("README.md").startsWith("# Site").contains("make apply").hasLine("Run make plan.");
    assertThatThrownBy(() -> assertThat(FILES).file("README.md").hasLine("Run make aply."))
        .isInstanceOf(AssertionError.class)
        .hasMessage("[file README.md] no line \"Run make aply.\"; "
            + "closest: \"Run make apply.\", \"Run make plan.\", \"# Site\"");
    assertThatThrownBy(() -> assertThat(FILES).file("README.md").contains("terraform apply"))
        .hasMessageStartingWith("[file README.md] \nExpecting actual:");
    assertThatThrownBy(() -> assertThat(FILES).hasFile("READM.md"))
        .hasMessageStartingWith("no file READM.md; closest: README.md");
    assertThatThrownBy(() -> assertThat(FILES).doesNotHaveFile("README.md")).hasMessage("unexpected file README.md");
  }

  @Test
  void aSchematicIsIdentifiedByTheHashOfItsBytes() {
    String id = "2a3aa1e3e1b4b1bc4a8f8b4ec6e0fb04e2f4a1b09f80d82f3a48b46ad3d5d49d";
    String actualId = java.util.HexFormat.of().formatHex(sha256(FILES.bytes("talos/schematics/base.yaml")));
    assertThat(FILES).schematic("talos/schematics/base.yaml").hasId(actualId)
        .hasOfficialExtensions("siderolabs/iscsi-tools", "siderolabs/qemu-guest-agent");
    assertThatThrownBy(() -> assertThat(FILES).schematic("talos/schematics/base.yaml").hasId(id))
        .hasMessage("talos/schematics/base.yaml has schematic ID " + actualId
            + " (the SHA-256 of its bytes), expected " + id);
    assertThatThrownBy(() -> assertThat(FILES).schematic("talos/schematics/base.yaml")
        .hasOfficialExtensions("siderolabs/qemu-guest-agent"))
        .hasMessage("talos/schematics/base.yaml lists the official extensions [siderolabs/iscsi-tools, "
            + "siderolabs/qemu-guest-agent], expected [siderolabs/qemu-guest-agent]");
    assertThatThrownBy(() -> assertThat(FILES).schematic("talos/patches/gpu-1.yaml"))
        .hasMessage("talos/patches/gpu-1.yaml has 2 YAML documents; a schematic has one");
  }

  @Test
  void scansReportPlacesButNeverTheText() {
    assertThat(FILES).containsNoText("hunter2", "AGE-SECRET-KEY-1")
        .containsNoMatch(Pattern.compile("BEGIN [A-Z ]*PRIVATE KEY"));
    assertThatThrownBy(() -> assertThat(FILES).containsNoText("hunter2", "17179869184", "vfio_pci"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("""
            found text that must not appear (2 places):
              value 2 at ansible/playbooks/host.yml:9:39 (11 characters)
              value 3 at ansible/playbooks/host.yml:16:11 (8 characters)""");
    assertThatThrownBy(() -> assertThat(FILES).containsNoMatch(Pattern.compile("zfs_arc_\\w+=\\d+")))
        .hasMessage("""
            found text matching a forbidden pattern (1 place):
              /zfs_arc_\\w+=\\d+/ at ansible/playbooks/host.yml:9:27 (23 characters)""");
    assertThatThrownBy(() -> assertThat(FILES).containsNoText(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value 1 is blank; it would match everywhere");
  }

  @Test
  void aScanListsTwentyPlacesAndCountsTheRest() {
    ArtifactSet many = ArtifactSet.builder().add("a.txt", "x\n".repeat(25)).build();
    assertThatThrownBy(() -> assertThat(many).containsNoText("x"))
        .hasMessageStartingWith("found text that must not appear (25 places):\n  value 1 at a.txt:1:1 (1 characters)\n")
        .hasMessageEndingWith("\n  value 1 at a.txt:20:1 (1 characters)\n  … and 5 more");
  }

  @Test
  void aDirectoryIsReadWithRelativePaths(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("terraform/site"));
    Files.writeString(dir.resolve("terraform/site/main.tf.json"), "{\"variable\": {\"x\": {\"sensitive\": true}}}");
    Files.writeString(dir.resolve(".sops.yaml"), "creation_rules: []\n");
    assertThatDirectory(dir).hasFile(".sops.yaml").terraform("terraform/site").hasVariable("x").thatIsSensitive();
    Files.writeString(dir.resolve("bad name.txt"), "");
    assertThatThrownBy(() -> assertThatDirectory(dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path may only use the portable characters A-Z a-z 0-9 . _ - and /: bad name.txt");
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
