package dev.ingot.core.testing;

import static dev.ingot.core.testing.IngotAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingot.core.generate.ArtifactSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TerraformAssertTest {
  private static final ArtifactSet FILES = SampleArtifacts.files();

  private static BlockAssert<TerraformAssert> util() {
    return site().hasResource("proxmox_virtual_environment_vm", "util");
  }

  private static TerraformAssert site() {
    return assertThat(FILES).terraform("terraform/site");
  }

  @Test
  void passesOnWhatTheFilesHold() {
    site().hasResource("proxmox_virtual_environment_vm", "talos_cp_1")
        .withAttribute("cpu.type", "host")
        .withAttribute("memory.dedicated", 8192L)
        .withAttribute("memory.dedicated", 8192.0)
        .withAttribute("disk[0]", Map.of("interface", "scsi0", "size", 32))
        .withAttribute("cpu", Map.of("cores", 4, "type", "host"))
        .withAttribute("on_boot", true)
        .withAttributeContaining("cpu.type", "os")
        .withPath("disk[0].interface")
        .withoutAttribute("memory.floating")
        .and()
        .hasDataSource("talos_client_configuration", "site").withAttribute("cluster_name", "site")
        .and()
        .hasVariable("proxmox_api_token").thatIsSensitive()
        .and()
        .hasOutput("kubeconfig").thatIsSensitive()
        .withAttribute("value", "${talos_cluster_kubeconfig.site.kubeconfig_raw}")
        .and()
        .hasProvider("proxmox", "0.111.1").withAttribute("source", "bpg/proxmox")
        .and()
        .hasProviderConfiguration("proxmox").withAttribute("endpoint", "${var.proxmox_endpoint}")
        .and()
        .hasResourceCount("proxmox_virtual_environment_vm", 4);
    assertThat(FILES).terraform("terraform/site/").hasResource("proxmox_hardware_mapping_pci", "rtx4000");
  }

  @Test
  void aMissingResourceNamesTheClosestOfItsType() {
    assertThatThrownBy(() -> site().hasResource("proxmox_virtual_environment_vm", "talos_cp_4"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("no resource proxmox_virtual_environment_vm.talos_cp_4 in terraform/site/*.tf.json; "
            + "closest: talos_cp_1, talos_cp_2, talos_cp_3");
    assertThatThrownBy(() -> site().hasResource("proxmox_virtual_environment_vms", "util"))
        .hasMessage("no resource proxmox_virtual_environment_vms.util in terraform/site/*.tf.json "
            + "(no resource of type proxmox_virtual_environment_vms); closest types: proxmox_virtual_environment_vm, "
            + "proxmox_hardware_mapping_pci");
    assertThatThrownBy(() -> site().hasDataSource("talos_machine_configuration", "site"))
        .hasMessage("no data source talos_machine_configuration.site in terraform/site/*.tf.json "
            + "(no data source of type talos_machine_configuration); closest types: talos_client_configuration");
  }

  @Test
  void aWrongAttributeGivesItsPathAndValue() {
    assertThatThrownBy(() -> util().withAttribute("cpu.type", "host"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("resource proxmox_virtual_environment_vm.util in terraform/site/vms.tf.json: cpu.type is "
            + "\"x86-64-v2-AES\", expected \"host\"");
    assertThatThrownBy(() -> util().withAttribute("cpu.typ", "host"))
        .hasMessage("resource proxmox_virtual_environment_vm.util in terraform/site/vms.tf.json: no cpu.typ "
            + "(cpu has keys: cores, type)");
    assertThatThrownBy(() -> site().hasResource("proxmox_virtual_environment_vm", "talos_cp_1")
        .withAttribute("memory.dedicated", "8192"))
        .hasMessage("resource proxmox_virtual_environment_vm.talos_cp_1 in terraform/site/vms.tf.json: "
            + "memory.dedicated is 8192, expected \"8192\"");
    assertThatThrownBy(() -> site().hasResource("proxmox_virtual_environment_vm", "talos_cp_1")
        .withAttribute("disk", List.of()))
        .hasMessage("resource proxmox_virtual_environment_vm.talos_cp_1 in terraform/site/vms.tf.json: disk is "
            + "[{\"interface\":\"scsi0\",\"size\":32}], expected []");
    assertThatThrownBy(() -> site().hasResource("proxmox_virtual_environment_vm", "talos_cp_1")
        .withoutAttribute("memory.dedicated"))
        .hasMessage("resource proxmox_virtual_environment_vm.talos_cp_1 in terraform/site/vms.tf.json: "
            + "memory.dedicated is 8192, expected no such value");
    assertThatThrownBy(() -> site().hasResource("proxmox_virtual_environment_vm", "talos_cp_1")
        .withAttributeContaining("memory.dedicated", "8"))
        .hasMessage("resource proxmox_virtual_environment_vm.talos_cp_1 in terraform/site/vms.tf.json: "
            + "memory.dedicated is 8192, not a string");
  }

  @Test
  void aNullExpectationIsNotIgnored() {
    assertThatThrownBy(() -> util().withAttribute("cpu.type", null))
        .hasMessage("resource proxmox_virtual_environment_vm.util in terraform/site/vms.tf.json: cpu.type is "
            + "\"x86-64-v2-AES\", expected null");
    assertThatThrownBy(() -> util().withAttribute("cpu.flags", null))
        .hasMessage("resource proxmox_virtual_environment_vm.util in terraform/site/vms.tf.json: no cpu.flags "
            + "(cpu has keys: cores, type)");
  }

  @Test
  void variablesOutputsAndProvidersNameTheClosest() {
    assertThatThrownBy(() -> site().hasVariable("proxmox_token"))
        .hasMessage("no variable proxmox_token in terraform/site/*.tf.json; closest: proxmox_api_token, "
            + "proxmox_endpoint, password_hash");
    assertThatThrownBy(() -> site().hasVariable("password_hash").thatIsSensitive())
        .hasMessage("variable password_hash in terraform/site/variables.tf.json is not sensitive: sensitive is false");
    assertThatThrownBy(() -> site().hasVariable("proxmox_endpoint").thatIsSensitive())
        .hasMessage("variable proxmox_endpoint in terraform/site/variables.tf.json is not sensitive: "
            + "it has no sensitive setting");
    assertThatThrownBy(() -> site().hasOutput("talosconfig"))
        .hasMessage("no output talosconfig in terraform/site/*.tf.json; closest: kubeconfig");
    assertThatThrownBy(() -> site().hasProvider("proxmox", "0.110.0"))
        .hasMessage("provider proxmox in terraform/site/versions.tf.json is pinned to \"0.111.1\", expected "
            + "\"0.110.0\"");
    assertThatThrownBy(() -> site().hasProvider("helm", "3.1.2"))
        .hasMessage("no provider helm in terraform/site/*.tf.json; closest: talos, proxmox");
    assertThatThrownBy(() -> site().hasProviderConfiguration("talos"))
        .hasMessage("no provider configuration talos in terraform/site/*.tf.json; closest: proxmox");
    assertThatThrownBy(() -> site().hasResourceCount("proxmox_virtual_environment_vm", 3))
        .hasMessage("terraform/site/*.tf.json has 4 resources of type proxmox_virtual_environment_vm, expected 3: "
            + "talos_cp_1, talos_cp_2, talos_cp_3, util");
  }

  @Test
  void aDirectoryWithoutTerraformFilesNamesTheClosestThatHaveSome() {
    assertThatThrownBy(() -> assertThat(FILES).terraform("terraform/sight"))
        .hasMessage("no *.tf.json files in terraform/sight; closest directories with such files: terraform/site");
    ArtifactSet broken = ArtifactSet.builder().add("tf/a.tf.json", "{ \"resource\": ").build();
    assertThatThrownBy(() -> assertThat(broken).terraform("tf"))
        .hasMessageStartingWith("tf/a.tf.json is not JSON: Unexpected end-of-input");
  }
}
