package dev.ingot.proxmox.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.generate.ArtifactSet;
import dev.ingot.core.testsupport.Golden;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file the golden images of the test sites write, against golden files: six images installed
 * from their ISOs ({@code images/}), and Debian and Ubuntu cloned from cloud-image templates
 * ({@code images-cloud/}).
 */
class ImageFilesTest {
  /** The emitted files of each test site, by golden directory. */
  static final Map<String, ArtifactSet> SITES = Map.of(
      "images", TestImages.site().emit("TestImages"),
      "images-cloud", TestImages.cloudSite().emit("TestImages"));

  /** {@code <golden directory>/<path>} of every file a golden image writes. */
  static List<String> imageFiles() {
    return SITES.keySet().stream().sorted().flatMap(site -> SITES.get(site).paths().stream()
            .filter(ImageFilesTest::fromImages)
            .map(path -> site + "/" + path))
        .toList();
  }

  /** The text of {@code <golden directory>/<path>}. */
  static String text(String file) {
    int slash = file.indexOf('/');
    return SITES.get(file.substring(0, slash)).text(file.substring(slash + 1));
  }

  private static boolean fromImages(String path) {
    return Stream.of("packer/", "cloud-init/", "ansible/").anyMatch(path::startsWith)
        && !path.endsWith("proxmox-host.yml");
  }

  @ParameterizedTest
  @MethodSource("imageFiles")
  void everyFileMatchesItsGoldenFile(String file) {
    Golden.assertMatches(file, text(file));
  }

  @Test
  void emittingTwiceGivesTheSameBytes() {
    ArtifactSet again = TestImages.site().emit("TestImages");
    ArtifactSet first = SITES.get("images");
    for (String path : first.paths()) {
      assertThat(again.bytes(path)).as(path).isEqualTo(first.bytes(path));
    }
  }

  @Test
  void eachImageWritesItsFiles() {
    assertThat(SITES.get("images").paths().stream().filter(ImageFilesTest::fromImages)).containsExactly(
        "ansible/inventory/hosts.yml",
        "ansible/playbooks/arch-baseline.yml",
        "ansible/playbooks/debian-baseline.yml",
        "ansible/playbooks/nixos-baseline.yml",
        "ansible/playbooks/ubuntu-baseline.yml",
        "ansible/playbooks/windows-baseline.yml",
        "ansible/playbooks/windows-server-baseline.yml",
        "cloud-init/arch/user-data.yaml",
        "cloud-init/debian/user-data.yaml",
        "cloud-init/nixos/user-data.yaml",
        "cloud-init/ubuntu/user-data.yaml",
        "packer/arch/arch.pkr.hcl",
        "packer/arch/http/bootstrap.sh",
        "packer/arch/scripts/finish.sh",
        "packer/arch/scripts/install.sh",
        "packer/debian/debian.pkr.hcl",
        "packer/debian/http/preseed.cfg.pkrtpl",
        "packer/debian/scripts/baseline.sh",
        "packer/debian/scripts/cleanup.sh",
        "packer/nixos/configuration.nix.pkrtpl",
        "packer/nixos/http/bootstrap.sh",
        "packer/nixos/ingot.nix",
        "packer/nixos/nixos.pkr.hcl",
        "packer/nixos/scripts/finish.sh",
        "packer/nixos/scripts/install.sh",
        "packer/ubuntu/http/user-data.pkrtpl",
        "packer/ubuntu/scripts/baseline.sh",
        "packer/ubuntu/scripts/cleanup.sh",
        "packer/ubuntu/ubuntu.pkr.hcl",
        "packer/windows-server/autounattend.xml.pkrtpl",
        "packer/windows-server/scripts/baseline.ps1",
        "packer/windows-server/scripts/enable-winrm.ps1",
        "packer/windows-server/scripts/sysprep.ps1",
        "packer/windows-server/windows-server.pkr.hcl",
        "packer/windows/autounattend.xml.pkrtpl",
        "packer/windows/scripts/baseline.ps1",
        "packer/windows/scripts/enable-winrm.ps1",
        "packer/windows/scripts/sysprep.ps1",
        "packer/windows/windows.pkr.hcl");
  }
}
