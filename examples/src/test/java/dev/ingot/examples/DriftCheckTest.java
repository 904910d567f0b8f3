package dev.ingot.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.Component;
import dev.ingot.core.Infra;
import dev.ingot.core.generate.DriftReport;
import dev.ingot.core.generate.Generator;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.vm.Vm;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Changing one value in {@link Homelab} makes the build's check fail with a diff that names the
 * file: here the util VM gets 6 GiB instead of 4 GiB, and the committed tree no longer matches.
 */
class DriftCheckTest {
  @Test
  void oneChangedValueIsReportedAsADiffOfTheOneFileItChanges() {
    Infra site = new Homelab().define();
    List<Component> changed = site.components().stream()
        .map(c -> c instanceof Vm vm && vm.name().equals("util") ? vm.memory(Size.gib(6)) : c)
        .toList();
    assertThat(changed).isNotEqualTo(site.components());

    DriftReport drift = Generator.of(new Infra(site.name(), changed), Homelab.class.getName())
        .check(Path.of("generated"));

    assertThat(drift.added()).isEmpty();
    assertThat(drift.removed()).isEmpty();
    assertThat(drift.changed()).extracting(DriftReport.Change::path)
        .containsExactly("terraform/homelab/vms.tf.json");
    assertThat(drift.changed().get(0).diff()).isEqualTo("""
        --- a/terraform/homelab/vms.tf.json
        +++ b/terraform/homelab/vms.tf.json
        @@ -274,7 +274,7 @@
                   "type": "host"
                 },
                 "memory": {
        -          "dedicated": 4096
        +          "dedicated": 6144
                 },
                 "network_device": [
                   {
        """);
    assertThat(drift.describe()).startsWith("generated files are out of date: 0 missing, 1 changed, "
        + "0 no longer generated\n  changed  terraform/homelab/vms.tf.json\n");
  }
}
