package dev.ingot.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathTest {
  @Test
  void rendersElementsFieldsIndexesAndKeys() {
    Path path = Path.of("vm", "talos-cp-1").field("disk", 0).field("size");
    assertThat(path).hasToString("vm \"talos-cp-1\" › disk[0] › size");
    assertThat(Path.of("cluster", "homelab").field("labels").key("app")).hasToString("cluster \"homelab\" › labels[\"app\"]");
  }

  @Test
  void rootRendersAsModel() {
    assertThat(Path.root()).hasToString("(model)");
    assertThat(Path.root().isRoot()).isTrue();
    assertThat(Path.root().index(2)).hasToString("[2]");
  }

  @Test
  void pathsAreValues() {
    assertThat(Path.of("vm", "a").field("cpu")).isEqualTo(Path.of("vm", "a").field("cpu"))
        .hasSameHashCodeAs(Path.of("vm", "a").field("cpu"))
        .isNotEqualTo(Path.of("vm", "b").field("cpu"));
  }

  @Test
  void aPathEqualsAnyPathThatRendersTheSameAndHashesAlike() {
    Path element = Path.of("vm", "tälos \"1\"").field("disk", 0);
    Path spelledOut = Path.root().field("vm \"tälos \"1\"\"").field("disk").index(0);
    assertThat(element).isEqualTo(spelledOut).hasSameHashCodeAs(spelledOut).hasToString(spelledOut.toString());
    assertThat(Path.of("vm", "a").index(1)).isEqualTo(Path.root().field("vm \"a\"[1]"))
        .hasSameHashCodeAs(Path.root().field("vm \"a\"[1]"));
    assertThat(element.hashCode()).isEqualTo(31 * (31 * 1 + "vm \"tälos \"1\"\"".hashCode()) + "disk[0]".hashCode());
  }
}
