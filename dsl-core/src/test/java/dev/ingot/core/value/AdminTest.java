package dev.ingot.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problem;
import dev.ingot.core.validate.Problems;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdminTest {
  private static final Path AT = Path.of("golden image", "debian-13").field("admin");
  private static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE7e5ZpYbZ3mFbOl0w2QmQ1vXy8aT0yXqBq0m8mY1aZ ops@laptop";
  private static final Sops SOPS = Sops.file("secrets/homelab.enc.yaml");

  @Test
  void aCompleteAccountIsValidAndListsItsSecrets() {
    Admin admin = Admin.named("ops").sshKey(KEY).sshKey(SOPS.ref("ssh_public_key")).passwordHash(SOPS.ref("password_hash"));
    assertThat(problems(admin)).isEmpty();
    assertThat(admin.secrets()).containsExactly(SOPS.ref("ssh_public_key"), SOPS.ref("password_hash"));
  }

  @Test
  void reportsEveryProblem() {
    Admin admin = Admin.named("Root User").sshKey("-----BEGIN OPENSSH PRIVATE KEY-----").sshKey("ssh-dss AAAA");
    assertThat(problems(admin)).containsExactly(
        Problem.error(AT.field("name"), "\"Root User\" is not a login name: use up to 32 lower-case letters, digits,"
            + " _ and -, starting with a letter or _"),
        Problem.error(AT.field("sshKeys", 0), "this is a private key: give the public key (the .pub file), or keep it"
            + " in a secret"),
        Problem.error(AT.field("sshKeys", 1), "not an OpenSSH public key like \"ssh-ed25519 AAAA… user@host\""));
  }

  @Test
  void rootAndKeylessAccountsAreRejected() {
    assertThat(problems(Admin.named("root"))).containsExactly(
        Problem.error(AT.field("name"), "the admin account must not be root: root logins are disabled everywhere"),
        Problem.error(AT.field("sshKeys"), "at least one SSH public key is needed: password logins are disabled"));
  }

  private static List<Problem> problems(Admin admin) {
    var problems = new Problems();
    admin.validate(AT, problems);
    return problems.report().problems();
  }
}
