package dev.ingot.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ingot.core.testsupport.ExternalTool;
import dev.ingot.core.testsupport.TerraformSchema;
import dev.ingot.core.testsupport.TerraformSchemaChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real tools over the whole committed {@code examples/generated} tree, each over every
 * file it applies to, in one invocation where the tool takes many files. The tools run on a copy,
 * so nothing they write (caches, lock files) lands in the committed tree. A missing tool fails in
 * CI and skips elsewhere ({@link ExternalTool}).
 *
 * <p>Template files ({@code *.pkrtpl}, and the clones' {@code user-data.yaml}, which hold
 * {@code templatefile} placeholders) are checked as rendered: every {@code ${jsonencode(x)}}
 * becomes the JSON string {@code "sample-x"}, every other {@code ${x}} the text {@code sample-x}.
 *
 * <p>Not covered, for want of the tool here: {@code terraform validate} (needs the providers),
 * {@code packer validate} (needs the plugin), PowerShell scripts, {@code configuration.nix},
 * the GitHub workflow (actionlint), and cloud-init network configs (cloud-init 22.4 has no
 * schema for them; yamllint still reads them).
 */
class GeneratedSiteToolsTest {
  private static final Path GENERATED = GeneratedTree.DIR;
  private static final Pattern JSONENCODED = Pattern.compile("\\$\\{jsonencode\\(([^()}]+)\\)}");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^${}]+)}");

  @TempDir
  static Path copy;

  @BeforeAll
  static void copyTheTree() throws IOException {
    GeneratedTree.copyTo(copy);
  }

  @Test
  void packerFmtLeavesEveryTemplateAsItIs(@TempDir Path flat) throws IOException {
    List<Path> templates = flatten(files(p -> p.endsWith(".pkr.hcl")), flat, "");
    assertThat(templates).hasSize(6);
    ExternalTool.Result fmt = ExternalTool.run(flat, "packer", "fmt", "-check", ".");
    assertThat(fmt.exitCode()).as("packer fmt -check would change:\n%s", fmt.output()).isZero();
  }

  @Test
  void terraformFmtLeavesEveryPackerTemplateAsItIs(@TempDir Path flat) throws IOException {
    flatten(files(p -> p.endsWith(".pkr.hcl")), flat, ".tf");
    ExternalTool.Result fmt = ExternalTool.run(flat, "terraform", "fmt", "-check", "-list=true", ".");
    assertThat(fmt.exitCode()).as("terraform fmt -check would change:\n%s", fmt.output()).isZero();
    assertThat(fmt.stdout()).isEmpty();
  }

  @Test
  void cloudInitAcceptsEveryCloudConfig(@TempDir Path rendered) throws IOException {
    List<Path> configs = files(p -> firstLine(GENERATED.resolve(p)).equals("#cloud-config"));
    assertThat(configs.stream().map(GeneratedSiteToolsTest::relative)).containsExactly(
        "cloud-init/arch/user-data.yaml", "cloud-init/debian/user-data.yaml", "cloud-init/nixos/user-data.yaml",
        "cloud-init/ubuntu/user-data.yaml", "packer/debian/seed/user-data.pkrtpl",
        "packer/ubuntu/http/user-data.pkrtpl");
    for (Path config : configs) {
      Path file = rendered.resolve(relative(config).replace('/', '_') + ".yaml");
      Files.writeString(file, render(Files.readString(config, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
      ExternalTool.Result schema = ExternalTool.run(rendered, "cloud-init", "schema", "--config-file", file.toString());
      assertThat(schema.exitCode()).as("cloud-init schema %s:\n%s", relative(config), schema.output()).isZero();
    }
  }

  @Test
  void ansiblePlaybookSyntaxChecksEveryPlaybook() throws IOException {
    List<String> command = new ArrayList<>(
        List.of("ansible-playbook", "--syntax-check", "-i", "ansible/inventory/hosts.yml"));
    List<Path> playbooks = files(p -> p.startsWith("ansible/playbooks/"));
    assertThat(playbooks).hasSize(7);
    playbooks.forEach(p -> command.add(relative(p)));
    ExternalTool.Result check = ExternalTool.run(copy, null, command);
    assertThat(check.exitCode()).as("ansible-playbook --syntax-check:\n%s", check.output()).isZero();
  }

  @Test
  void ansibleLintPassesTheProductionProfileWithoutSkippingRules() {
    ExternalTool.Result lint = ExternalTool.run(copy, "ansible-lint", "--offline", "--profile", "production",
        "--nocolor", "ansible/");
    assertThat(lint.exitCode()).as("ansible-lint:\n%s", lint.output()).isZero();
    assertThat(lint.output()).contains("Passed with production profile: 0 failure(s), 0 warning(s)");
  }

  @Test
  void yamllintPassesStrictly() {
    ExternalTool.Result lint = ExternalTool.run(copy, "yamllint", "--strict", "-c", ".yamllint.yml", ".");
    assertThat(lint.exitCode()).as("yamllint:\n%s", lint.output()).isZero();
    assertThat(lint.output()).isEmpty();
  }

  @Test
  void xmllintReadsTheWindowsAnswerFile(@TempDir Path rendered) throws IOException {
    Path template = GENERATED.resolve("packer/windows-server/autounattend.xml.pkrtpl");
    Path xml = rendered.resolve("autounattend.xml");
    Files.writeString(xml, render(Files.readString(template, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    ExternalTool.Result lint = ExternalTool.run(rendered, "xmllint", "--noout", xml.toString());
    assertThat(lint.exitCode()).as("xmllint:\n%s", lint.output()).isZero();
    assertThat(lint.output()).isEmpty();
  }

  @Test
  void bashParsesEveryShellScript() throws IOException {
    List<Path> scripts = files(p -> p.endsWith(".sh"));
    assertThat(scripts).hasSize(11);
    List<String> command = new ArrayList<>(List.of("bash", "-c",
        "status=0; for f in \"$@\"; do bash -n \"$f\" || status=1; done; exit $status", "bash"));
    scripts.forEach(s -> command.add(relative(s)));
    ExternalTool.Result parse = ExternalTool.run(copy, null, command);
    assertThat(parse.exitCode()).as("bash -n:\n%s", parse.output()).isZero();
    assertThat(parse.output()).isEmpty();
  }

  @Test
  void everyTerraformFileConformsToTheProviderSchemas() throws IOException {
    TerraformSchema[] schemas = {
        schema("../dsl-proxmox/src/test/resources/schema/bpg-proxmox-0.111.1.json"),
        schema("../dsl-talos/src/test/resources/schema/siderolabs-talos-0.11.0.json"),
        schema("../dsl-talos/src/test/resources/schema/hashicorp-helm-3.1.2.json")};
    List<Path> tfJson = files(p -> p.endsWith(".tf.json"));
    assertThat(tfJson).hasSize(10);
    for (Path file : tfJson) {
      TerraformSchemaChecker.assertConforms(relative(file), Files.readString(file, StandardCharsets.UTF_8), schemas);
    }
  }

  @Test
  void terraformReadsTheProviderRequirements() {
    ExternalTool.Result providers = ExternalTool.run(copy.resolve("terraform/homelab"), "terraform", "providers");
    assertThat(providers.exitCode()).as("terraform providers:\n%s", providers.output()).isZero();
    assertThat(providers.stdout()).contains(
        "provider[registry.terraform.io/bpg/proxmox] 0.111.1",
        "provider[registry.terraform.io/siderolabs/talos] 0.11.0",
        "provider[registry.terraform.io/hashicorp/helm] 3.1.2");
  }

  /** {@code text} with its template placeholders replaced by sample values; fails if any is left. */
  static String render(String text) {
    String json = JSONENCODED.matcher(text).replaceAll(m -> Matcher.quoteReplacement("\"sample-" + m.group(1) + "\""));
    String out = PLACEHOLDER.matcher(json).replaceAll(m -> Matcher.quoteReplacement("sample-" + m.group(1)));
    assertThat(out).as("a placeholder this test cannot render").doesNotContain("${");
    return out;
  }

  private static TerraformSchema schema(String path) throws IOException {
    return TerraformSchema.parse(new ObjectMapper().readTree(Path.of(path).toFile()));
  }

  /** Copies {@code files} into {@code dir} under unique flat names ending in {@code suffix}. */
  private static List<Path> flatten(List<Path> files, Path dir, String suffix) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path file : files) {
      Path target = dir.resolve(relative(file).replace('/', '_') + suffix);
      Files.copy(file, target);
      out.add(target);
    }
    return out;
  }

  private static List<Path> files(Predicate<String> filter) {
    return GeneratedTree.files(filter);
  }

  private static String relative(Path file) {
    return GeneratedTree.relative(file);
  }

  private static String firstLine(Path file) {
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.findFirst().orElse("");
    } catch (IOException | UncheckedIOException e) {
      return "";
    }
  }
}
