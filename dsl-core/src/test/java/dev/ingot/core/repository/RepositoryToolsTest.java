package dev.ingot.core.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.testsupport.ExternalTool;
import dev.ingot.core.testsupport.ExternalTool.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real tools on the repository files of the full sample site, written to disk. */
class RepositoryToolsTest {
  @TempDir
  Path dir;

  @Test
  void everyYamlFilePassesYamllintWithTheEmittedConfigurationWhichSkipsSopsFiles() throws IOException {
    Sites.write(Sites.FULL, dir);
    Files.createDirectories(dir.resolve("secrets"));
    Files.writeString(dir.resolve("secrets/lab.enc.yaml"), "key:   ENC[trailing spaces]   \n");

    Result result = ExternalTool.run(dir, "yamllint", "--strict", "--format", "parsable", "-c", ".yamllint.yml", ".");

    assertThat(result.output()).isEmpty();
    assertThat(result.exitCode()).isZero();
  }

  @Test
  void theWholeTreePassesAnsibleLint() {
    Sites.write(Sites.FULL, dir);

    Result result = ExternalTool.run(dir, "ansible-lint", "--nocolor");

    assertThat(result.exitCode()).as(result.output()).isZero();
  }

  @Test
  void theSecretsScriptParses() {
    Sites.write(Sites.FULL, dir);

    Result result = ExternalTool.run(dir, "bash", "-n", SecretsScript.PATH);

    assertThat(result.output()).isEmpty();
    assertThat(result.exitCode()).isZero();
  }

  @Test
  void theSecretsScriptDecryptsEachSopsFileAndExportsEverySecretUnderEachToolsName() throws IOException {
    Sites.write(Sites.FULL, dir);
    fakeSops();
    String script = """
        export PATH="$PWD/bin:$PATH" PROXMOX_VE_API_TOKEN=token
        bash scripts/with-secrets.sh env | grep -E '^(TF_VAR_|PKR_VAR_|admin|ssh|proxmox)' | LC_ALL=C sort
        bash scripts/with-secrets.sh printf '<%s>\\n' "it's" 'a  b' '$(echo no)' ''
        """;

    Result result = ExternalTool.run(dir, null, List.of("bash", "-c", script));

    assertThat(result.stderr()).isEmpty();
    assertThat(result.stdout()).isEqualTo("""
        PKR_VAR_admin_password_hash=$6$salt$hash
        PKR_VAR_proxmox_ve_api_token=token
        PKR_VAR_ssh_public_key=ssh-ed25519 AAAA ops
        TF_VAR_admin_password_hash=$6$salt$hash
        TF_VAR_proxmox_ve_api_token=token
        TF_VAR_ssh_public_key=ssh-ed25519 AAAA ops
        admin_password_hash=$6$salt$hash
        proxmox_ve_api_token=token
        ssh_public_key=ssh-ed25519 AAAA ops
        <it's>
        <a  b>
        <$(echo no)>
        <>
        """);
  }

  @Test
  void theSecretsScriptStopsWhenAnEnvironmentSecretIsMissing() throws IOException {
    Sites.write(Sites.FULL, dir);
    fakeSops();

    Result result = ExternalTool.run(dir, null, List.of("bash", "-c",
        "export PATH=\"$PWD/bin:$PATH\"; unset PROXMOX_VE_API_TOKEN; bash scripts/with-secrets.sh true"));

    assertThat(result.stderr()).isEqualTo("PROXMOX_VE_API_TOKEN is missing or empty: export it before running make\n");
    assertThat(result.exitCode()).isEqualTo(1);
  }

  @Test
  void everyMakeTargetRunsDry() {
    Sites.write(Sites.FULL, dir);
    List<String> targets = phonyTargets(Sites.FULL.text(MakefileDocument.PATH));

    var failures = new ArrayList<String>();
    for (String target : targets) {
      Result result = ExternalTool.run(dir, "make", "-n", target);
      if (result.exitCode() != 0) {
        failures.add(target + ": " + result.output());
      }
    }

    assertThat(targets).contains("help", "host", "prepare", "images", "apply", "baselines", "init");
    assertThat(failures).isEmpty();
  }

  @Test
  void makeWithoutATargetListsTheSteps() {
    Sites.write(Sites.FULL, dir);

    Result result = ExternalTool.run(dir, "make", "--no-print-directory");

    assertThat(result.stdout()).startsWith("""
        Apply the site in this order:
          make host                1. prepare the hosts, then reboot those whose play asks for it
          make prepare             2. create what the image builds need: storages, PCI mappings, downloads
          make images              3. build the golden images with Packer
          make apply               4. create or update everything else with Terraform
          make baselines           5. bring the VMs to their baseline with Ansible
        Other targets:
        """);
  }

  @Test
  void gitTracksEveryEmittedFileButIgnoresStatePlansAndDecryptedSecrets() {
    Sites.write(Sites.FULL, dir);
    assertThat(ExternalTool.run(dir, "git", "init", "-q").exitCode()).isZero();
    var all = new ArrayList<>(List.of("git", "check-ignore", "--no-index", "--"));
    all.addAll(Sites.FULL.paths());
    all.add("secrets/lab.enc.yaml");

    Result none = ExternalTool.run(dir, null, all);
    Result ignored = ExternalTool.run(dir, "git", "check-ignore", "--no-index", "--", "secrets/lab.yaml",
        "terraform/lab/terraform.tfstate", "terraform/lab/.terraform/providers", "packer/debian/packer_cache/x.iso",
        "prod.tfvars");

    assertThat(none.output()).isEmpty();
    assertThat(none.exitCode()).isEqualTo(1);
    assertThat(ignored.stdout()).isEqualTo("secrets/lab.yaml\nterraform/lab/terraform.tfstate\n"
        + "terraform/lab/.terraform/providers\npacker/debian/packer_cache/x.iso\nprod.tfvars\n");
  }

  /** A stand-in for {@code sops exec-env FILE COMMAND} that exports two keys of the sample's file. */
  private void fakeSops() throws IOException {
    Path sops = Files.createDirectories(dir.resolve("bin")).resolve("sops");
    Files.writeString(sops, """
        #!/bin/sh
        [ "$1" = exec-env ] && [ "$2" = secrets/lab.enc.yaml ] || { echo "unexpected: $*" >&2; exit 99; }
        export admin_password_hash='$6$salt$hash' ssh_public_key='ssh-ed25519 AAAA ops'
        exec /bin/sh -c "$3"
        """);
    Files.setPosixFilePermissions(sops, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private static List<String> phonyTargets(String makefile) {
    return makefile.lines().filter(l -> l.startsWith(".PHONY:"))
        .flatMap(l -> Arrays.stream(l.substring(".PHONY:".length()).trim().split(" "))).toList();
  }
}
