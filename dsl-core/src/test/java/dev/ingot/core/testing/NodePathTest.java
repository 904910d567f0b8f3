package dev.ingot.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class NodePathTest {
  private static final JsonNode TREE = tree("""
      {
        "cpu": { "cores": 4, "type": "host" },
        "clone": [ { "vm_id": 9010 } ],
        "disk": [ { "interface": "scsi0", "size": 32 }, { "interface": "scsi1", "size": 100 } ],
        "ansible.builtin.copy": { "content": "x" },
        "ansible": { "builtin": "shadowed" },
        "labels": { "nvidia.com/gpu.present": "true", "a]b": 1 },
        "tasks": [ { "name": "First" }, { "name": "Set the ZFS ARC maximum" }, { "name": "a]b" } ],
        "empty": {}
      }
      """);

  private static JsonNode tree(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String found(String path) {
    NodePath.Lookup lookup = NodePath.resolve(TREE, path);
    assertThat(lookup.problem()).as(path).isNull();
    return Trees.render(lookup.node());
  }

  private static String problem(String path) {
    NodePath.Lookup lookup = NodePath.resolve(TREE, path);
    assertThat(lookup.found()).as(path).isFalse();
    return lookup.problem();
  }

  @Test
  void followsKeysIndexesQuotedKeysAndSelectors() {
    assertThat(found("cpu.type")).isEqualTo("\"host\"");
    assertThat(found("disk[1].size")).isEqualTo("100");
    assertThat(found("labels[\"nvidia.com/gpu.present\"]")).isEqualTo("\"true\"");
    assertThat(found("labels[\"a]b\"]")).isEqualTo("1");
    assertThat(found("tasks[name=Set the ZFS ARC maximum]")).isEqualTo("{\"name\":\"Set the ZFS ARC maximum\"}");
    assertThat(found("tasks[name=\"a]b\"].name")).isEqualTo("\"a]b\"");
    assertThat(found("")).isEqualTo(Trees.render(TREE));
  }

  @Test
  void takesTheLongestKeyThatTheRestOfThePathStartsWith() {
    assertThat(found("ansible.builtin.copy.content")).isEqualTo("\"x\"");
    assertThat(found("ansible.builtin")).isEqualTo("\"shadowed\"");
    assertThat(found("labels.nvidia.com/gpu.present")).isEqualTo("\"true\"");
  }

  @Test
  void treatsABlockThatOccursOnceAsAOneElementList() {
    assertThat(found("clone.vm_id")).isEqualTo("9010");
    assertThat(found("clone[0].vm_id")).isEqualTo("9010");
    assertThat(found("cpu[0].cores")).isEqualTo("4");
  }

  @Test
  void explainsWhereTheLookupStopped() {
    assertThat(problem("cpu.typo")).isEqualTo("no cpu.typo (cpu has keys: cores, type)");
    assertThat(problem("memory.dedicated")).isEqualTo("no memory.dedicated (top-level keys: cpu, clone, disk, "
        + "ansible.builtin.copy, ansible, labels, tasks, empty)");
    assertThat(problem("disk[2].size")).isEqualTo("no disk[2].size (disk has 2 elements)");
    assertThat(problem("clone[1]")).isEqualTo("no clone[1] (clone has 1 element)");
    assertThat(problem("cpu.type.name")).isEqualTo("no cpu.type.name (cpu.type is \"host\", not an object)");
    assertThat(problem("cpu.cores[0]")).isEqualTo("no cpu.cores[0] (cpu.cores is 4, not a list)");
    assertThat(problem("disk.size")).isEqualTo("no disk.size (disk is [{\"interface\":\"scsi0\",\"size\":32},"
        + "{\"interface\":\"scsi1\",\"size\":100}], not an object)");
    assertThat(problem("empty.x")).isEqualTo("no empty.x (empty is empty)");
    assertThat(problem("labels[\"nvidia.com/gpu\"]"))
        .isEqualTo("no labels[\"nvidia.com/gpu\"] (labels has keys: nvidia.com/gpu.present, a]b)");
  }

  @Test
  void namesTheClosestValuesWhenASelectorFindsNothing() {
    assertThat(problem("tasks[name=Set the ZFS ARC minimum].name"))
        .isEqualTo("no tasks[name=Set the ZFS ARC minimum].name"
        + " (no element of tasks has name \"Set the ZFS ARC minimum\"; closest values: \"Set the ZFS ARC maximum\", "
        + "\"First\", \"a]b\")");
    assertThat(problem("disk[name=x]")).isEqualTo("no disk[name=x] (no element of disk has a name)");
  }

  @Test
  void rejectsMalformedPaths() {
    assertThatThrownBy(() -> NodePath.resolve(TREE, "cpu..type")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("malformed path \"cpu..type\": expected a key at offset 4");
    assertThatThrownBy(() -> NodePath.resolve(TREE, "disk[x]")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("malformed path \"disk[x]\": expected an index, a quoted key or a selector key=value at offset 5");
    assertThatThrownBy(() -> NodePath.resolve(TREE, "disk[0")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("malformed path \"disk[0\": expected ] at offset 5");
    assertThatThrownBy(() -> NodePath.resolve(TREE, "cpu[0]x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("malformed path \"cpu[0]x\": expected '.' at offset 6");
  }

  @Test
  void closestOrdersByEditDistanceAndKeepsTheOrderOfTies() {
    assertThat(Closest.to("talos_cp_4", java.util.List.of("gpu_1", "talos_cp_1", "talos_cp_2", "util", "talos_cp_3")))
        .containsExactly("talos_cp_1", "talos_cp_2", "talos_cp_3");
    assertThat(Closest.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Closest.describe("x", java.util.List.of())).isEqualTo("; there are none");
  }
}
