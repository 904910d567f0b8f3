package dev.ingot.examples.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.ingot.core.validate.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus: invalid definitions as users write them, grouped by area. Each must report
 * exactly its expected problems (every one, in one run, each once, with its path) and must not
 * change a single byte of a directory that holds a previous generation and a hand-written file.
 */
class BadInputCorpusTest {
  /**
   * The areas of the corpus and their cases.
   *
   * @param name the area, for the test report
   * @param cases its cases
   */
  private record Area(String name, Supplier<List<BadInput>> cases) {}

  private static final List<Area> AREAS = List.of(
      new Area("site and names", SiteCases::cases),
      new Area("secrets and the admin account", SecretCases::cases),
      new Area("Proxmox nodes, storages, provider", NodeCases::cases),
      new Area("ZFS pools", ZfsCases::cases),
      new Area("PCI devices", PciCases::cases),
      new Area("VMs", VmCases::cases),
      new Area("cloud-image templates and clones", TemplateCases::cases),
      new Area("golden images", GoldenImageCases::cases),
      new Area("Talos schematics and golden image", SchematicCases::cases),
      new Area("Talos clusters", ClusterCases::cases),
      new Area("repository files", RepositoryCases::cases));

  @TempDir
  static Path output;

  private static PreviousGeneration previous;

  @BeforeAll
  static void writePreviousGeneration() {
    previous = PreviousGeneration.writtenTo(output);
  }

  @TestFactory
  Stream<DynamicContainer> everyMistakeIsReportedAndNothingIsWritten() {
    return AREAS.stream().map(area -> dynamicContainer(area.name(), area.cases().get().stream()
        .map(c -> dynamicTest(c.name(), () -> check(c)))));
  }

  @Test
  void theCorpusHasEightyCasesWithDistinctNames() {
    List<String> names = AREAS.stream().flatMap(a -> a.cases().get().stream()).map(BadInput::name).toList();
    assertThat(names).hasSizeGreaterThanOrEqualTo(80).doesNotHaveDuplicates();
  }

  private static void check(BadInput c) {
    ValidationReport report = previous.assertWriteRefused(c.definition().get());
    assertThat(BadInput.render(report.problems())).as("the problems of \"%s\"", c.name()).isEqualTo(c.expected());
  }
}
