package dev.ingot.talos.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ingot.core.Infra;
import dev.ingot.core.generate.ArtifactSet;
import dev.ingot.core.testsupport.TerraformSchemaChecker;
import dev.ingot.core.value.Secret;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.ProxmoxProvider;
import dev.ingot.proxmox.packer.ProxmoxPlugin;
import dev.ingot.proxmox.pci.PciDevice;
import dev.ingot.proxmox.zfs.ZfsPool;
import dev.ingot.talos.image.TalosGoldenImage;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Control planes cloned from the Talos golden image instead of importing the downloaded image. */
class GoldenImageCloneTest {
  private static final String VMS = "terraform/homelab/vms.tf.json";

  private static Infra site(TalosGoldenImage image) {
    ProxmoxNode pve = ReferenceSite.pve();
    ZfsPool tank = ReferenceSite.tank(pve);
    PciDevice gpu = ReferenceSite.gpu(pve);
    TalosCluster cluster = ReferenceSite.cluster(pve, tank, gpu)
        .controlPlanes(3, n -> n.on(pve).storage(tank).cores(4).memory(Size.gib(8)).vmId(1011).ip("10.0.10.11/24")
            .cloneOf(image));
    return Infra.named("homelab").with(pve, tank, gpu, image, cluster);
  }

  private static TalosGoldenImage base() {
    ProxmoxNode pve = ReferenceSite.pve();
    return TalosGoldenImage.of(ReferenceSite.base()).on(pve).storage(ReferenceSite.tank(pve)).vmId(9100);
  }

  @Test
  void theControlPlanesAreFullClonesOfTheTemplate() throws IOException {
    Infra site = site(base());
    assertThat(ReferenceSite.problems(site)).isEmpty();
    ArtifactSet files = site.emit("GoldenImageCloneTest");
    JsonNode cp = new ObjectMapper().readTree(files.text(VMS))
        .at("/resource/proxmox_virtual_environment_vm/homelab_cp_1");
    assertThat(cp.path("clone").toString()).isEqualTo("{\"vm_id\":9100,\"full\":true}");
    assertThat(cp.has("efi_disk")).isFalse();
    assertThat(cp.at("/disk/0").has("import_from")).isFalse();
    assertThat(cp.at("/disk/0/size").asInt()).isEqualTo(32);
    assertThat(files.text("terraform/homelab/images.tf.json")).doesNotContain("talos_base").contains("talos_gpu");
    assertThat(files.paths()).contains("packer/talos/talos.pkr.hcl");
    TerraformSchemaChecker.assertConforms(VMS, files.text(VMS), ClusterFilesTest.BPG);
  }

  @Test
  void theClusterAndTheImageListTheDefaultTokensWhenTheSiteDeclaresNoProviderOrPlugin() {
    TalosGoldenImage image = base();
    Infra site = site(image);
    TalosCluster cluster = site.all(TalosCluster.class).get(0);
    assertThat(cluster.secrets(site)).containsExactly(Secret.env("PROXMOX_VE_API_TOKEN"));
    assertThat(image.secrets(site)).containsExactly(Secret.env("TALOS_BUILD_PASSWORD"), Secret.env("PROXMOX_TOKEN"));
    Infra declared = site.with(ProxmoxProvider.bpg(), ProxmoxPlugin.hashicorp());
    assertThat(cluster.secrets(declared)).isEmpty();
    assertThat(image.secrets(declared)).containsExactly(Secret.env("TALOS_BUILD_PASSWORD"));
  }

  @Test
  void theTemplateMustHoldTheNodesSchematicAndRelease() {
    TalosGoldenImage gpu = TalosGoldenImage.of(ReferenceSite.gpuNode()).on(ReferenceSite.pve())
        .storage(ReferenceSite.tank(ReferenceSite.pve())).vmId(9100);
    List<String> problems = ReferenceSite.problems(site(gpu));
    assertThat(problems).containsExactly("talos cluster \"homelab\" › group \"cp\" › template: golden image talos holds"
        + " Talos v1.13.9 of schematic gpu, but the nodes run Talos v1.13.9 of schematic base: clone an image of the"
        + " same schematic and release");
  }
}
