package dev.ingot.proxmox.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ingot.core.ansible.Inventory;
import dev.ingot.core.testsupport.CloudInitKeys;
import dev.ingot.core.testsupport.ExternalTool;
import dev.ingot.proxmox.testsupport.PackerKeyTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
 * The real tools on every file the six golden images write: packer fmt and terraform fmt on the
 * templates, bash -n on the scripts, cloud-init on the cloud-configs, xmllint on the answer files,
 * ansible-playbook and ansible-lint on the playbooks, yamllint on every YAML file, and Terraform's
 * templatefile on every template, whose results the same tools check again.
 */
class ImageToolsTest {
  @TempDir
  static Path dir;

  /** Writes the files of every test site to {@code <dir>/<golden directory>/}. */
  @BeforeAll
  static void write() throws IOException {
    for (var site : ImageFilesTest.SITES.entrySet()) {
      for (String path : site.getValue().paths()) {
        Path file = dir.resolve(site.getKey()).resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, site.getValue().bytes(path));
      }
    }
  }

  static List<String> templates() {
    return files(".pkr.hcl");
  }

  static List<String> scripts() {
    return files(".sh");
  }

  static List<String> playbooks() {
    return files("-baseline.yml");
  }

  static List<String> cloudConfigs() {
    return ImageFilesTest.imageFiles().stream()
        .filter(p -> p.endsWith("user-data.yaml") || p.endsWith("user-data.pkrtpl")).toList();
  }

  private static List<String> files(String suffix) {
    return ImageFilesTest.imageFiles().stream().filter(p -> p.endsWith(suffix)).toList();
  }

  private static String text(String file) {
    return ImageFilesTest.text(file);
  }

  @ParameterizedTest
  @MethodSource("templates")
  void packerFmtAndTerraformFmtChangeNothing(String path, @TempDir Path copy) throws IOException {
    var packer = ExternalTool.run(dir, "packer", "fmt", "-check", "-diff", path);
    assertThat(packer.exitCode()).as(packer.output()).isZero();
    Files.writeString(copy.resolve("template.tf"), text(path), StandardCharsets.UTF_8);
    var terraform = ExternalTool.run(copy, "terraform", "fmt", "-check", "-diff", "-no-color", "template.tf");
    assertThat(terraform.exitCode()).as(terraform.output()).isZero();
  }

  @ParameterizedTest
  @MethodSource("templates")
  void everyPackerKeyIsInThePluginsTable(String path) {
    PackerKeyTable.assertConforms(path, text(path));
  }

  @Test
  void aDeprecatedBootIsoKeyFailsTheKeyCheck() {
    String wrong = text("images/packer/debian/debian.pkr.hcl")
        .replace("  boot_iso {", "  iso_file = \"local:iso/x.iso\"\n\n  boot_iso {");
    assertThat(PackerKeyTable.check(wrong)).containsExactly(
        "source.proxmox-iso.debian.iso_file: deprecated: define the boot ISO in a boot_iso block");
  }

  @ParameterizedTest
  @MethodSource("scripts")
  void everyScriptPassesBashN(String path) {
    var result = ExternalTool.run(dir, "bash", "-n", path);
    assertThat(result.exitCode()).as(result.output()).isZero();
  }

  @ParameterizedTest
  @MethodSource("cloudConfigs")
  void everyCloudConfigPassesCloudInitsSchema(String path, @TempDir Path copy) throws IOException {
    Files.writeString(copy.resolve("user-data.yaml"), text(path), StandardCharsets.UTF_8);
    var result = ExternalTool.run(copy, "cloud-init", "schema", "--config-file", "user-data.yaml");
    assertThat(result.exitCode()).as(result.output()).isZero();
    CloudInitKeys.assertCloudConfig(path, text(path));
  }

  @Test
  void everyAnswerFileIsWellFormedXml() {
    for (String path : files("autounattend.xml.pkrtpl")) {
      var result = ExternalTool.run(dir, "xmllint", "--noout", path);
      assertThat(result.exitCode()).as(path + ": " + result.output()).isZero();
    }
  }

  @ParameterizedTest
  @MethodSource("playbooks")
  void everyPlaybookPassesTheSyntaxCheck(String path) {
    String site = path.substring(0, path.indexOf('/'));
    var result = ExternalTool.run(dir.resolve(site), "ansible-playbook", "--syntax-check", "-i", Inventory.PATH,
        path.substring(site.length() + 1));
    assertThat(result.exitCode()).as(result.output()).isZero();
  }

  @Test
  void everyPlaybookPassesAnsibleLintWithTheProductionProfile() {
    var command = new ArrayList<>(List.of("ansible-lint", "--offline", "--nocolor", "--profile", "production"));
    command.addAll(playbooks());
    var result = ExternalTool.run(dir, null, command);
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("Passed with production profile");
  }

  @Test
  void everyYamlFilePassesYamllint() throws IOException {
    Path config = dir.resolve("yamllint.yml");
    try (InputStream in = Inventory.class.getResourceAsStream("/dev/ingot/core/yaml/yamllint.yml")) {
      Files.write(config, in.readAllBytes());
    }
    var command = new ArrayList<>(List.of("yamllint", "--strict", "-c", config.toString()));
    command.addAll(ImageFilesTest.imageFiles().stream()
        .filter(p -> p.endsWith(".yml") || p.endsWith(".yaml")).toList());
    var result = ExternalTool.run(dir, null, command);
    assertThat(result.exitCode()).as(result.output()).isZero();
  }

  /**
   * Renders every template with Terraform's templatefile (the engine Packer's is built from) and
   * sample values, and checks the results: the answer files as XML, the user-data as cloud-config.
   */
  @Test
  void everyTemplateRendersWithTemplatefile(@TempDir Path render) throws IOException {
    String hash = "$6$rounds=4096$c2FsdA$aGFzaA";
    String key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGtleQ ci@example # with a comment";
    String password = "P&ss<w>rd";
    var tf = new StringBuilder();
    String xmlPassword = "replace(replace(replace(\"" + password + "\", \"&\", \"&amp;\"), \"<\", \"&lt;\"), \">\","
        + " \"&gt;\")";
    output(tf, "preseed", "images/packer/debian/http/preseed.cfg.pkrtpl", "admin_password_hash = \"" + hash + "\"");
    output(tf, "autoinstall", "images/packer/ubuntu/http/user-data.pkrtpl", "admin_password_hash = \"" + hash
        + "\", ci_ssh_public_key = \"" + key + "\"");
    output(tf, "nixos", "images/packer/nixos/configuration.nix.pkrtpl", "admin_password_hash = \"" + hash
        + "\", ci_ssh_public_key = \"" + key + "\"");
    output(tf, "windows", "images/packer/windows/autounattend.xml.pkrtpl", "admin_password = " + xmlPassword);
    output(tf, "seed", "images-cloud/packer/debian/seed/user-data.pkrtpl", "admin_password_hash = \"" + hash
        + "\", ci_ssh_public_key = \"" + key + "\"");
    output(tf, "clone", "images/cloud-init/debian/user-data.yaml",
        "admin_user = \"ops\", admin_ssh_keys = [\"ssh-ed25519 a\","
            + " \"" + key + "\"], admin_password_hash = \"" + hash + "\"");
    Files.writeString(render.resolve("main.tf"), tf.toString(), StandardCharsets.UTF_8);
    for (List<String> step : List.of(List.of("terraform", "init", "-backend=false", "-input=false", "-no-color"),
        List.of("terraform", "apply", "-auto-approve", "-input=false", "-no-color"))) {
      var result = ExternalTool.run(render, null, step);
      assertThat(result.exitCode()).as(result.output()).isZero();
    }
    var output = ExternalTool.run(render, "terraform", "output", "-json", "-no-color");
    JsonNode values = new ObjectMapper().readTree(output.stdout());

    assertThat(values.at("/preseed/value").asText())
        .contains("d-i passwd/user-password-crypted password " + hash + "\n")
        .doesNotContain("$${", "%%{");
    assertThat(values.at("/nixos/value").asText())
        .contains("hashedPassword = \"" + hash + "\";", "\"" + key + "\"");

    Files.writeString(render.resolve("autounattend.xml"), values.at("/windows/value").asText());
    var xml = ExternalTool.run(render, "xmllint", "--xpath", "string(//*[local-name()='LocalAccount']"
        + "/*[local-name()='Password']/*[local-name()='Value'])", "autounattend.xml");
    assertThat(xml.stdout().strip()).isEqualTo(password);

    for (String name : List.of("autoinstall", "clone", "seed")) {
      Files.writeString(render.resolve(name + ".yaml"), values.at("/" + name + "/value").asText());
      var schema = ExternalTool.run(render, "cloud-init", "schema", "--config-file", name + ".yaml");
      assertThat(schema.exitCode()).as(schema.output()).isZero();
    }
    var yaml = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
    JsonNode clone = yaml.readTree(values.at("/clone/value").asText());
    assertThat(clone.at("/users/0/hashed_passwd").asText()).isEqualTo(hash);
    assertThat(clone.at("/users/0/ssh_authorized_keys/1").asText()).isEqualTo(key);
    JsonNode autoinstall = yaml.readTree(values.at("/autoinstall/value").asText());
    assertThat(autoinstall.at("/autoinstall/identity/password").asText()).isEqualTo(hash);
    assertThat(autoinstall.at("/autoinstall/ssh/authorized-keys/1").asText()).isEqualTo(key);
    JsonNode seed = yaml.readTree(values.at("/seed/value").asText());
    assertThat(seed.at("/users/0/ssh_authorized_keys/1").asText()).isEqualTo(key);
    assertThat(seed.at("/users/0/hashed_passwd").asText()).isEqualTo(hash);
  }

  private static void output(StringBuilder tf, String name, String template, String vars) {
    tf.append("output \"").append(name).append("\" {\n  value = templatefile(\"")
        .append(dir.resolve(template).toString().replace("\\", "/")).append("\", { ").append(vars).append(" })\n}\n\n");
  }
}
