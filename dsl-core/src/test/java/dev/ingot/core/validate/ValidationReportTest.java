package dev.ingot.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValidationReportTest {
  private final Path disk = Path.of("vm", "talos-cp-1").field("disk", 0).field("size");

  @Test
  void problemRendersPathThenMessage() {
    assertThat(Problem.error(disk, "must be positive")).hasToString("vm \"talos-cp-1\" › disk[0] › size: must be positive");
    assertThat(Problem.warning(disk, "is large")).hasToString("warning: vm \"talos-cp-1\" › disk[0] › size: is large");
  }

  @Test
  void collectsEveryProblemAndSplitsBySeverity() {
    var problems = new Problems();
    problems.warning(disk, "w1");
    problems.error(disk, "e1");
    assertThat(problems.require(false, disk, "e2")).isFalse();
    assertThat(problems.require(true, disk, "never")).isTrue();
    ValidationReport report = problems.report();
    assertThat(report.problems()).hasSize(3);
    assertThat(report.errors()).extracting(Problem::message).containsExactly("e1", "e2");
    assertThat(report.warnings()).extracting(Problem::message).containsExactly("w1");
    assertThat(report.hasErrors()).isTrue();
  }

  @Test
  void warningsAloneDoNotThrow() {
    var problems = new Problems();
    problems.warning(disk, "only a warning");
    assertThat(problems.report().orThrow("homelab").hasErrors()).isFalse();
  }

  @Test
  void exceptionListsEveryProblemOnItsOwnLineErrorsFirst() {
    var problems = new Problems();
    problems.warning(Path.of("zfs pool", "tank"), "dedup needs a lot of RAM");
    problems.error(disk, "must be positive");
    problems.error(Path.of("vm", "util").field("name"), "is not a DNS label");
    assertThatThrownBy(() -> problems.report().orThrow("homelab"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("""
            model "homelab" is invalid: 2 errors, 1 warning
              vm "talos-cp-1" › disk[0] › size: must be positive
              vm "util" › name: is not a DNS label
              warning: zfs pool "tank": dedup needs a lot of RAM""");
  }
}
