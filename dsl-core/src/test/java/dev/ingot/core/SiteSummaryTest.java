package dev.ingot.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.terraform.TerraformDocument;
import dev.ingot.core.terraform.TfValue.TfObject;
import dev.ingot.core.testsupport.FileComponent;
import dev.ingot.core.value.Secret;
import dev.ingot.core.value.Sops;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SiteSummaryTest {
  /** A summary that hands the emission to a probe, then writes the list of paths it saw. */
  private record Probe(Consumer<Emission> look) implements SiteSummary {
    @Override
    public String kind() {
      return "probe";
    }

    @Override
    public String name() {
      return "probe";
    }

    @Override
    public void validate(ValidationContext context) {}

    @Override
    public void emit(Emission out) {
      look.accept(out);
      out.add("LIST", TextDocument.plain(String.join("\n", out.paths())));
    }
  }

  /** A component with secrets and a Terraform file of three resources. */
  private record Secretive(String name, List<Secret> secrets) implements Component {
    @Override
    public String kind() {
      return "secretive";
    }

    @Override
    public void validate(ValidationContext context) {}

    @Override
    public void emit(Emission out) {
      out.terraform(name).prerequisite("b_type", "one", TfObject.builder().build())
          .resource("a_type", "two", TfObject.builder().build())
          .prerequisite("b_type", "three", TfObject.builder().build());
    }
  }

  @Test
  void summariesEmitAfterEveryOtherComponentWhereverDeclared() {
    var seen = new ArrayList<String>();
    var files = Infra.named("lab")
        .with(new Probe(out -> seen.addAll(out.paths())),
            new FileComponent("a", Map.of("z/last.txt", "z", "a/first.txt", "a")))
        .emit("x");
    assertThat(seen).containsExactly("a/first.txt", "z/last.txt");
    assertThat(files.text("LIST")).isEqualTo("a/first.txt\nz/last.txt\n");
  }

  @Test
  void emissionShowsTheSecretsOfAllComponentsOnceAndTheDocuments() {
    var sops = Sops.file("secrets/lab.enc.yaml").recipients("age1" + "q".repeat(58));
    var secrets = new ArrayList<Secret>();
    var addresses = new ArrayList<String>();
    Infra.named("lab").with(
        new Secretive("one", List.of(sops.ref("a"), Secret.env("TOKEN"))),
        new Secretive("two", List.of(Secret.env("TOKEN"), sops.ref("b"))),
        new Probe(out -> {
          secrets.addAll(out.secrets());
          addresses.addAll(((TerraformDocument) out.document("terraform/lab/one.tf.json").orElseThrow())
              .prerequisites());
          assertThat(out.document("nothing/here")).isEmpty();
        }))
        .emit("x");
    assertThat(secrets).containsExactly(sops.ref("a"), Secret.env("TOKEN"), sops.ref("b"));
    assertThat(addresses).containsExactly("b_type.one", "b_type.three");
  }
}
