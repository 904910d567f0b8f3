package dev.ingot.core.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.testsupport.ExternalTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule case and golden shape, written to files and checked by the real formatters: each tool
 * runs once over a directory holding all of them and must find nothing to change.
 */
class HclFormatToolTest {
  @Test
  void terraformFmtChangesNothing(@TempDir Path dir) throws IOException {
    ExternalTool.require("terraform");
    Map<String, String> files = files(HclCases.all());
    files.putAll(files(HclCases.terraformOnly()));
    write(dir, files, ".tf");
    ExternalTool.Result result = ExternalTool.run(dir, "terraform", "fmt", "-check", "-diff", "-no-color", ".");
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.stdout()).isEmpty();
  }

  @Test
  void packerFmtChangesNothing(@TempDir Path dir) throws IOException {
    ExternalTool.require("packer");
    write(dir, files(HclCases.all()), ".pkr.hcl");
    ExternalTool.Result result = ExternalTool.run(dir, "packer", "fmt", "-check", "-diff", ".");
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.stdout()).isEmpty();
  }

  /** The rendered cases plus the golden shapes, by file name without extension. */
  private static Map<String, String> files(List<HclCases.Case> cases) {
    Map<String, String> files = new LinkedHashMap<>();
    cases.forEach(c -> files.put(c.name(), HclWriter.write(c.body(), c.header())));
    files.put("golden-packer-debian", HclWriter.write(HclShapes.packerDebian(), HclShapes.HEADER));
    files.put("golden-terraform-site", HclWriter.write(HclShapes.terraformSite(), HclShapes.HEADER));
    return files;
  }

  private static void write(Path dir, Map<String, String> files, String extension) throws IOException {
    assertThat(files).hasSizeGreaterThanOrEqualTo(30);
    for (Map.Entry<String, String> file : files.entrySet()) {
      Files.writeString(dir.resolve(file.getKey() + extension), file.getValue(), StandardCharsets.UTF_8);
    }
  }
}
