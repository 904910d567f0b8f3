package dev.ingot.core.testing;

import static dev.ingot.core.testing.IngotAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingot.core.generate.ArtifactSet;
import org.junit.jupiter.api.Test;

class YamlAssertTest {
  private static final ArtifactSet FILES = SampleArtifacts.files();

  private static YamlAssert playbook() {
    return assertThat(FILES).yaml("ansible/playbooks/host.yml");
  }

  @Test
  void navigatesPlaysTasksAndModuleNamesWithDots() {
    playbook()
        .hasValue("[0].hosts", "pve")
        .hasValue("[0].tasks[0].ansible.builtin.lineinfile.line", "options zfs zfs_arc_max=17179869184")
        .hasValue("[0].tasks[name=Set the ZFS ARC maximum].ansible.builtin.lineinfile.mode", "0644")
        .hasValue("[0].tasks[1][\"ansible.builtin.copy\"].content", "vfio\nvfio_pci\n")
        .hasValueContaining("[0].tasks[name=Load the vfio modules].ansible.builtin.copy.content", "vfio_pci")
        .hasPath("[0].tasks[1].name")
        .doesNotHavePath("[0].become")
        .hasDocumentCount(1);
    assertThat(FILES).yaml("talos/patches/gpu-1.yaml").hasDocumentCount(2)
        .document(0).hasValue("hostname", "gpu-1");
    assertThat(FILES).yaml("talos/patches/gpu-1.yaml").document(1)
        .hasValue("machine.nodeLabels.nvidia.com/gpu.present", "true")
        .hasValue("machine.nodeLabels[\"nvidia.com/gpu.present\"]", "true");
  }

  @Test
  void failuresGiveTheFileAndThePath() {
    assertThatThrownBy(() -> playbook().hasValue("[0].tasks[2].name", "Reboot"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("ansible/playbooks/host.yml: no [0].tasks[2].name ([0].tasks has 2 elements)");
    assertThatThrownBy(() -> playbook().hasValue("[0].tasks[name=Set the ZFS ARC minimum].name", "x"))
        .hasMessage("ansible/playbooks/host.yml: no [0].tasks[name=Set the ZFS ARC minimum].name (no element of "
            + "[0].tasks has name \"Set the ZFS ARC minimum\"; closest values: \"Set the ZFS ARC maximum\", "
            + "\"Load the vfio modules\")");
    assertThatThrownBy(() -> playbook().hasValue("[0].tasks[0].ansible.builtin.lineinfile.mode", 644))
        .hasMessage("ansible/playbooks/host.yml: [0].tasks[0].ansible.builtin.lineinfile.mode is \"0644\", "
            + "expected 644");
    assertThatThrownBy(() -> playbook().hasValueContaining("[0].tasks[1].ansible.builtin.copy.content", "vfio_iommu"))
        .hasMessage("ansible/playbooks/host.yml: [0].tasks[1].ansible.builtin.copy.content is \"vfio\\nvfio_pci\\n\", "
            + "expected it to contain \"vfio_iommu\"");
    assertThatThrownBy(() -> playbook().doesNotHavePath("[0].hosts"))
        .hasMessage("ansible/playbooks/host.yml: [0].hosts is \"pve\", expected no such value");
    assertThatThrownBy(() -> assertThat(FILES).yaml("talos/patches/gpu-1.yaml").document(1)
        .hasValue("machine.nodeLabels.x", 1))
        .hasMessage("talos/patches/gpu-1.yaml document 1: no machine.nodeLabels.x (machine.nodeLabels has keys: "
            + "nvidia.com/gpu.present)");
  }

  @Test
  void aFileWithSeveralDocumentsNeedsOneToBeChosen() {
    assertThatThrownBy(() -> assertThat(FILES).yaml("talos/patches/gpu-1.yaml").hasValue("hostname", "gpu-1"))
        .hasMessage("talos/patches/gpu-1.yaml has 2 YAML documents; pick one with document(i)");
    assertThatThrownBy(() -> assertThat(FILES).yaml("talos/patches/gpu-1.yaml").document(2))
        .hasMessage("talos/patches/gpu-1.yaml has 2 documents, no document 2");
    assertThatThrownBy(() -> playbook().hasDocumentCount(2))
        .hasMessage("ansible/playbooks/host.yml has 1 documents, expected 2");
  }

  @Test
  void aMissingOrBrokenFileIsReported() {
    assertThatThrownBy(() -> assertThat(FILES).yaml("ansible/playbooks/hosts.yml"))
        .hasMessage("no file ansible/playbooks/hosts.yml; closest: ansible/playbooks/host.yml, "
            + "talos/patches/gpu-1.yaml, talos/schematics/base.yaml");
    ArtifactSet broken = ArtifactSet.builder().add("a.yml", "a: [1\n").build();
    assertThatThrownBy(() -> assertThat(broken).yaml("a.yml")).hasMessageStartingWith("a.yml is not YAML: ");
  }
}
