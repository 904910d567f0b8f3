package dev.ingot.talos.patch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written patches: parsing, secrets, CNI settings and the file they become. */
class RawPatchTest {
  private static final Path AT = Path.of("talos cluster", "lab").field("patches", 0);

  private static List<String> problems(RawPatch patch) {
    Problems problems = new Problems();
    patch.validate(AT, problems);
    return problems.report().problems().stream().map(Object::toString).toList();
  }

  @Test
  void aPatchIsWrittenVerbatimAfterTheHeader() {
    RawPatch patch = RawPatch.of("time", "# keep NTP\nmachine:\n  time:\n    servers: [time.cloudflare.com]\n");
    assertThat(patch.path()).isEqualTo("talos/patches/time.yaml");
    assertThat(patch.render("Generated")).isEqualTo(
        "# Generated\n# keep NTP\nmachine:\n  time:\n    servers: [time.cloudflare.com]\n");
    assertThat(problems(patch)).isEmpty();
  }

  @Test
  void anEmptyPatchAndABadNameAreErrors() {
    Problems problems = new Problems();
    RawPatch.of("Time Servers", "").validate(AT, problems);
    assertThat(problems.report().problems().stream().map(Object::toString)).containsExactly(
        "talos cluster \"lab\" › patches[0] › name: \"Time Servers\" is not a valid name: use 1 to 63 lower-case"
            + " letters, digits and hyphens, starting and ending with a letter or digit",
        "talos cluster \"lab\" › patches[0]: the patch is empty");
  }

  @Test
  void aBase64EncodedPrivateKeyIsASecretButACertificateIsNot() {
    String key = Base64.getEncoder().encodeToString(
        "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE\n-----END EC PRIVATE KEY-----\n".getBytes(StandardCharsets.UTF_8));
    String crt = Base64.getEncoder().encodeToString(
        "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n".getBytes(StandardCharsets.UTF_8));
    assertThat(problems(RawPatch.of("ca", "machine:\n  ca:\n    crt: " + crt + "\n    data: " + key + "\n")))
        .containsExactly("talos cluster \"lab\" › patches[0]: the patch holds a secret at machine.ca.data: a private"
            + " key; patches are committed files, so keep secrets out of them (Talos machine secrets stay in the"
            + " Terraform state)");
  }

  @Test
  void namesThatMerelyMentionSecretsAreFine() {
    String yaml = """
        cluster:
          inlineManifests:
            - name: app
              contents: |
                apiVersion: v1
                kind: Pod
                spec:
                  automountServiceAccountToken: false
                  volumes:
                    - name: certs
                      secret:
                        secretName: app-certs
        """;
    assertThat(problems(RawPatch.of("app", yaml))).isEmpty();
  }

  @Test
  void theCniSettingIsFoundInEveryForm() {
    assertThat(RawPatch.of("a", "cluster:\n  network:\n    cni:\n      name: custom\n").cniSetting())
        .contains("cluster.network.cni");
    assertThat(RawPatch.of("b", "cluster:\n  proxy:\n    disabled: false\n").cniSetting()).contains("cluster.proxy");
    assertThat(RawPatch.of("c", "machine:\n  install:\n    wipe: false\n---\napiVersion: v1alpha1\n"
        + "kind: KubeFlannelCNIConfig\nbackendType: vxlan\n").cniSetting()).contains("KubeFlannelCNIConfig");
    assertThat(RawPatch.of("d", "cluster:\n  network:\n    dnsDomain: lab.local\n").cniSetting()).isEmpty();
    assertThat(RawPatch.of("e", "cluster: [").cniSetting()).isEmpty();
  }
}
