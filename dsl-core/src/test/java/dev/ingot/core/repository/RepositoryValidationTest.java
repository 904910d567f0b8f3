package dev.ingot.core.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.Component;
import dev.ingot.core.Emission;
import dev.ingot.core.Infra;
import dev.ingot.core.ValidationContext;
import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problem;
import dev.ingot.core.value.Secret;
import dev.ingot.core.value.Sops;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The problems the repository files report, and those of their inputs that core reports. */
class RepositoryValidationTest {
  private static final Path AT = Path.of("repository files", "repository");

  @Test
  void theStandardPinsAreValid() {
    assertThat(Infra.named("lab").with(SampleParts.all(), RepositoryFiles.standard()).validate().problems()).isEmpty();
  }

  @Test
  void aVersionMustBeNumbersSeparatedByDots() {
    var files = RepositoryFiles.standard().pin(Tool.TERRAFORM, "latest").pin(Tool.PYTHON, "3.13-dev");

    assertThat(problems(files)).containsExactly(
        Problem.error(AT.field("versions").key("Terraform"),
            "\"latest\" is not a version: use numbers separated by dots, e.g. 1.17.0"),
        Problem.error(AT.field("versions").key("Python"),
            "\"3.13-dev\" is not a version: use numbers separated by dots, e.g. 3.13"));
  }

  @Test
  void anActionIsPinnedToATagAndItsFullCommit() {
    var files = RepositoryFiles.standard().pin(WorkflowAction.CHECKOUT, " ", "v7");

    assertThat(problems(files)).containsExactly(
        Problem.error(AT.field("actions").key("actions/checkout").field("tag"), "the release tag is empty"),
        Problem.error(AT.field("actions").key("actions/checkout").field("commit"),
            "\"v7\" is not a full commit id: use the 40 lower-case hex digits the tag points to"));
  }

  @Test
  void aSiteHasOneSetOfRepositoryFiles() {
    var site = Infra.named("lab")
        .with(RepositoryFiles.standard(), RepositoryFiles.standard().pin(Tool.PACKER, "1.15.4"));

    assertThat(site.validate().problems()).containsExactly(Problem.error(AT,
        "repository files \"repository\" is defined twice (components 0 and 1 of infra \"lab\")"));
  }

  @Test
  void aSopsFileWithoutRecipientsIsReportedByCore() {
    Sops file = Sops.file("secrets/lab.enc.yaml");
    var site = Infra.named("lab").with(new WithSecrets(List.of(file.ref("token"))), RepositoryFiles.standard());

    assertThat(site.validate().problems()).containsExactly(Problem.error(
        Path.of("sops file", "secrets/lab.enc.yaml").field("recipients"),
        "at least one age recipient is needed to encrypt the file"));
  }

  private static List<Problem> problems(RepositoryFiles files) {
    return Infra.named("lab").with(SampleParts.all(), files).validate().problems();
  }

  /** A component that only declares secrets. */
  private record WithSecrets(List<Secret> secrets) implements Component {
    @Override
    public String kind() {
      return "secrets";
    }

    @Override
    public String name() {
      return "only";
    }

    @Override
    public void validate(ValidationContext context) {}

    @Override
    public void emit(Emission out) {}
  }
}
