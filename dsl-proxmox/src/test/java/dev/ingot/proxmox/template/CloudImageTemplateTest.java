package dev.ingot.proxmox.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.Component;
import dev.ingot.core.Infra;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.TestSites;
import dev.ingot.proxmox.vm.Bios;
import dev.ingot.proxmox.vm.ChecksumAlgorithm;
import dev.ingot.proxmox.vm.CloudImage;
import dev.ingot.proxmox.vm.GuestInit;
import dev.ingot.proxmox.vm.VmSites;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cloud-image template as a VmTemplate, and the rules for it and its image. */
class CloudImageTemplateTest {
  private static final String ALMA = "https://repo.almalinux.org/almalinux/10/cloud/x86_64/images/"
      + "AlmaLinux-10-GenericCloud-10.0-20250528.0.x86_64.qcow2";

  private static List<String> problems(Component... components) {
    return TestSites.problems(VmSites.with(components));
  }

  private static CloudImageTemplate alma(CloudImage image) {
    return CloudImageTemplate.named("alma-10", image).on(VmSites.PVE).vmId(9002).storage(VmSites.TANK);
  }

  @Test
  void itDescribesItselfToItsClones() {
    CloudImageTemplate t = VmSites.UBUNTU;
    assertThat(t.templateName()).isEqualTo("ubuntu-24-04");
    assertThat(t.vmId().value()).isEqualTo(9001);
    assertThat(t.node()).isEqualTo(VmSites.PVE);
    assertThat(t.storage().id()).isEqualTo("tank");
    assertThat(t.bios()).isEqualTo(Bios.OVMF);
    assertThat(t.diskSize()).isEqualTo(Size.gib(8));
    assertThat(t.guestAgent()).isFalse();
    assertThat(t.guestInit()).isEqualTo(GuestInit.CLOUD_INIT);
    assertThat(t.vm().template()).isTrue();
  }

  @Test
  void theDefaultsAreValid() {
    assertThat(problems(VmSites.DEBIAN, VmSites.UBUNTU)).isEmpty();
  }

  @Test
  void aTemplateNeedsAVmIdAndAStorage() {
    assertThat(problems(CloudImageTemplate.debian13().on(VmSites.PVE))).containsExactly(
        "template \"debian-13\" › vmId: a template needs a VM id, which its clones refer to; set it with vmId(…)",
        "template \"debian-13\" › storage: set the storage of the template's disk with storage(…)");
  }

  @Test
  void aTemplateNeedsANode() {
    assertThat(problems(CloudImageTemplate.debian13().vmId(9000).storage(VmSites.TANK))).containsExactly(
        "template \"debian-13\" › node: set the node with on(node)");
  }

  @Test
  void anImageIsPinnedByAChecksum() {
    assertThat(problems(alma(CloudImage.of("alma-10", ALMA)),
        CloudImageTemplate.named("alma-11", CloudImage.of("alma-11", ALMA).checksum(ChecksumAlgorithm.SHA256, "ABC"))
            .on(VmSites.PVE).vmId(9003).storage(VmSites.TANK))).containsExactly(
                "template \"alma-10\" › disk[0] › importFrom › checksum: pin the image with"
                    + " checksum(ChecksumAlgorithm.SHA512, \"…\") from the checksum file published next to it",
                "template \"alma-11\" › disk[0] › importFrom › checksum: a SHA256 digest is 64 lower-case hex digits");
  }

  @Test
  void anImageWhoseUrlNamesItsContentMayGoUnpinned() {
    assertThat(problems(alma(CloudImage.of("alma-10", ALMA).unpinned("its URL names its content")))).isEmpty();
  }

  @Test
  void anImageFileEndsAsProxmoxImportsIt() {
    CloudImage ubuntu = CloudImage.ubuntu2404();
    assertThat(problems(alma(ubuntu.fileName("noble.img")))).containsExactly(
        "template \"alma-10\" › disk[0] › importFrom › fileName: \"noble.img\" cannot be imported: Proxmox imports"
            + " files ending in .qcow2, .raw or .vmdk; set fileName(\"….qcow2\") for a qcow2 image named .img");
  }

  @Test
  void aMovingUrlIsAWarning() {
    String latest = "https://cloud.debian.org/images/cloud/trixie/latest/debian-13-genericcloud-amd64.qcow2";
    assertThat(problems(alma(CloudImage.of("latest", latest).checksum(ChecksumAlgorithm.SHA512, "0".repeat(128)))))
        .containsExactly("warning: template \"alma-10\" › disk[0] › importFrom › url: " + latest + " points to a"
            + " build that changes over time; pin a dated build, or the checksum stops matching when it moves");
  }

  @Test
  void theImageStorageAllowsImports() {
    ProxmoxNode pve = TestSites.pve();
    var debian = CloudImageTemplate.debian13().on(pve).vmId(9000).storage(TestSites.tank(pve));
    assertThat(TestSites.problems(Infra.named("homelab").with(pve, TestSites.tank(pve), debian))).containsExactly(
        "template \"debian-13\" › disk[0] › importFrom › storage: storage \"local\" of node \"pve\" does not allow"
            + " import, which an image download needs; allow it with addContent(ContentType.IMPORT)");
  }

  @Test
  void oneImageNameHasOneDefinitionPerNode() {
    var other = CloudImageTemplate.named("debian-13b", CloudImage.debian13().fileName("trixie.qcow2"))
        .on(VmSites.PVE).vmId(9010).storage(VmSites.TANK);
    var same = CloudImageTemplate.named("debian-13c", CloudImage.debian13().storage(VmSites.LOCAL))
        .on(VmSites.PVE).vmId(9011).storage(VmSites.TANK);
    assertThat(problems(VmSites.DEBIAN, same)).isEmpty();
    assertThat(problems(VmSites.DEBIAN, other)).containsExactly("template \"debian-13b\" › disk[0] › importFrom: image"
        + " \"debian-13\" is defined twice with different settings for node \"pve\"; use one CloudImage value");
  }
}
