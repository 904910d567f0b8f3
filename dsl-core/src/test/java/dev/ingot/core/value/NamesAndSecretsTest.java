package dev.ingot.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problem;
import dev.ingot.core.validate.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamesAndSecretsTest {
  private static final Path AT = Path.of("vm", "x").field("name");
  private static final String RECIPIENT = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p";

  @ParameterizedTest
  @ValueSource(strings = {"pve", "talos-cp-1", "a", "0abc", "x1-2-3"})
  void dnsLabels(String name) {
    assertThat(Names.isDnsLabel(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-a", "a-", "A", "a b", "../x", "a/b", "a.b", "naïve", "a_b"})
  void notDnsLabels(String name) {
    var problems = new Problems();
    Names.requireDnsLabel(name, AT, problems);
    assertThat(problems.report().problems()).containsExactly(Problem.error(AT, "\"" + name
        + "\" is not a valid name: use 1 to 63 lower-case letters, digits and hyphens, starting and ending with a"
        + " letter or digit"));
  }

  @Test
  void dnsLabelsHaveAtMost63Characters() {
    assertThat(Names.isDnsLabel("a".repeat(63))).isTrue();
    assertThat(Names.isDnsLabel("a".repeat(64))).isFalse();
  }

  @Test
  void identifiersForTerraform() {
    assertThat(Names.identifier("talos-cp-1")).isEqualTo("talos_cp_1");
    assertThat(Names.isIdentifier("admin_password_hash")).isTrue();
    assertThat(Names.isIdentifier("Admin")).isFalse();
  }

  @Test
  void secretsNameTheirVariables() {
    Sops sops = Sops.file("secrets/homelab.enc.yaml").recipients(RECIPIENT);
    assertThat(sops.ref("admin_password_hash").variable()).isEqualTo("admin_password_hash");
    assertThat(sops.ref("admin_password_hash").describe()).isEqualTo("secrets/homelab.enc.yaml#admin_password_hash");
    assertThat(Secret.env("PROXMOX_VE_API_TOKEN").variable()).isEqualTo("proxmox_ve_api_token");
    assertThat(Secret.env("PROXMOX_VE_API_TOKEN").describe()).isEqualTo("$PROXMOX_VE_API_TOKEN");
  }

  @Test
  void secretVariablesMustBeIdentifiers() {
    var problems = new Problems();
    Sops.file("secrets/x.enc.yaml").ref("Admin Password").validate(AT, problems);
    assertThat(problems.report().problems()).containsExactly(Problem.error(AT, "\"Admin Password\" cannot name the"
        + " input variable that carries the secret: use a lower-case letter followed by lower-case letters, digits"
        + " and underscores"));
  }

  @Test
  void sopsFilesNeedRelativeEncryptedPathsAndAgeRecipients() {
    var problems = new Problems();
    Path at = Path.of("sops file", "x");
    Sops.file("/etc/secrets.yaml").recipients("age1nope").validate(at, problems);
    Sops.file("secrets/ok.enc.yaml").validate(at, problems);
    assertThat(problems.report().problems()).containsExactly(
        Problem.error(at.field("path"), "\"/etc/secrets.yaml\" must be a relative path inside the repository ending in"
            + " .enc.yaml"),
        Problem.error(at.field("recipients", 0), "\"age1nope\" is not an age public key (age1 followed by 58 bech32"
            + " characters)"),
        Problem.error(at.field("recipients"), "at least one age recipient is needed to encrypt the file"));
  }
}
