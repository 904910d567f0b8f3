package dev.ingot.proxmox.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.generate.ArtifactSet;
import dev.ingot.core.testsupport.Golden;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file the six golden images write, against golden files. */
class ImageFilesTest {
  static final ArtifactSet FILES = TestImages.site().emit("TestImages");

  static List<String> imagePaths() {
    return FILES.paths().stream().filter(p -> !p.startsWith("terraform/") && !p.endsWith("proxmox-host.yml")).toList();
  }

  @ParameterizedTest
  @MethodSource("imagePaths")
  void everyFileMatchesItsGoldenFile(String path) {
    Golden.assertMatches("images/" + path, FILES.text(path));
  }

  @Test
  void emittingTwiceGivesTheSameBytes() {
    ArtifactSet again = TestImages.site().emit("TestImages");
    for (String path : FILES.paths()) {
      assertThat(again.bytes(path)).as(path).isEqualTo(FILES.bytes(path));
    }
  }
}
