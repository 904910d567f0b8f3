package dev.ingot.talos.cluster;

import static dev.ingot.talos.schematic.OfficialExtension.ISCSI_TOOLS;
import static dev.ingot.talos.schematic.OfficialExtension.UTIL_LINUX_TOOLS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ingot.core.Infra;
import dev.ingot.core.value.Size;
import dev.ingot.talos.schematic.TalosSchematic;
import java.io.IOException;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The guest agent of Talos VMs: on only with the schematic's extension, waited for one minute, not fifteen. */
class TalosVmAgentTest {
  private static JsonNode vms(Infra site) throws IOException {
    assertThat(ReferenceSite.problems(site)).isEmpty();
    return new ObjectMapper().readTree(site.emit("TalosVmAgentTest").text("terraform/homelab/vms.tf.json"))
        .at("/resource/proxmox_virtual_environment_vm");
  }

  private static Infra withWorker(UnaryOperator<NodeSpec> change) {
    return ReferenceSite.site(c -> c.worker("w-1", w -> change.apply(w.on(ReferenceSite.pve())
        .storage(ReferenceSite.tank(ReferenceSite.pve())).cores(2).memory(Size.gib(4)).vmId(1022)
        .ip("10.0.10.22/24"))));
  }

  @Test
  void aNodeWhoseSchematicCarriesTheAgentWaitsForItOneMinute() throws IOException {
    JsonNode vms = vms(ReferenceSite.site());
    assertThat(vms.at("/homelab_cp_1/agent").toString()).isEqualTo("{\"enabled\":true,\"timeout\":\"1m\"}");
    assertThat(vms.at("/gpu_1/agent").toString()).isEqualTo("{\"enabled\":true,\"timeout\":\"1m\"}");
  }

  @Test
  void aNodeWhoseSchematicLacksTheAgentHasNone() throws IOException {
    JsonNode vms = vms(withWorker(w -> w.schematic(TalosSchematic.with(ISCSI_TOOLS, UTIL_LINUX_TOOLS).named("storage"))));
    assertThat(vms.path("w_1").isObject()).isTrue();
    assertThat(vms.path("w_1").has("agent")).isFalse();
  }

  @Test
  void aNodeCanTurnTheAgentOff() throws IOException {
    JsonNode vms = vms(withWorker(w -> w.guestAgent(false)));
    assertThat(vms.path("w_1").isObject()).isTrue();
    assertThat(vms.path("w_1").has("agent")).isFalse();
  }
}
