package dev.ingot.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problem;
import dev.ingot.core.value.Secret;
import dev.ingot.core.value.Sops;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The site checks each secret once, at the secret's own path, however many components use it. */
class SiteSecretsTest {
  private static final Sops SECRETS = Sops.file("secrets/lab.enc.yaml").recipients("age1" + "q".repeat(58));

  @Test
  void aBadSecretSharedByComponentsIsReportedOnce() {
    Secret key = SECRETS.ref("ssh-public-key");
    Infra site = Infra.named("lab").with(new Uses("a", key), new Uses("b", key, SECRETS.ref("token")),
        new Uses("c", key));
    assertThat(site.validate().problems()).containsExactly(Problem.error(
        Path.of("secret", "secrets/lab.enc.yaml#ssh-public-key"), "\"ssh-public-key\" cannot name the input variable"
            + " that carries the secret: use a lower-case letter followed by lower-case letters, digits and"
            + " underscores"));
  }

  @Test
  void twoSecretsForOneVariableAreReportedOnce() {
    Infra site = Infra.named("lab").with(new Uses("a", SECRETS.ref("proxmox_token")),
        new Uses("b", Secret.env("PROXMOX_TOKEN")), new Uses("c", Secret.env("PROXMOX_TOKEN")));
    assertThat(site.validate().problems()).containsExactly(Problem.error(Path.of("secret", "$PROXMOX_TOKEN"),
        "secret variable \"proxmox_token\" comes from both secrets/lab.enc.yaml#proxmox_token and $PROXMOX_TOKEN"));
  }

  /**
   * A component that only uses secrets.
   *
   * @param name its name
   * @param secrets the secrets it uses
   */
  private record Uses(String name, List<Secret> secrets) implements Component {
    Uses(String name, Secret... secrets) {
      this(name, List.of(secrets));
    }

    @Override
    public String kind() {
      return "user";
    }

    @Override
    public void validate(ValidationContext context) {}

    @Override
    public void emit(Emission out) {}
  }
}
