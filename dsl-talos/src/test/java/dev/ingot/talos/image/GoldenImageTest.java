package dev.ingot.talos.image;

import static dev.ingot.talos.schematic.OfficialExtension.ISCSI_TOOLS;
import static dev.ingot.talos.schematic.OfficialExtension.QEMU_GUEST_AGENT;
import static dev.ingot.talos.schematic.OfficialExtension.UTIL_LINUX_TOOLS;
import static org.assertj.core.api.Assertions.assertThat;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import dev.ingot.core.Infra;
import dev.ingot.core.generate.ArtifactSet;
import dev.ingot.core.testing.IngotAssertions;
import dev.ingot.core.testing.PackerAssert;
import dev.ingot.core.testsupport.ExternalTool;
import dev.ingot.core.testsupport.Golden;
import dev.ingot.core.value.Secret;
import dev.ingot.core.value.Size;
import dev.ingot.core.value.Sops;
import dev.ingot.proxmox.DirStorage;
import dev.ingot.proxmox.ContentType;
import dev.ingot.proxmox.CpuVendor;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.packer.ProxmoxPlugin;
import dev.ingot.proxmox.testsupport.PackerKeyTable;
import dev.ingot.proxmox.zfs.Disk;
import dev.ingot.proxmox.zfs.ZfsPool;
import dev.ingot.talos.schematic.TalosSchematic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Talos golden image: its Packer file against a golden file, packer fmt and hcl4j, and its validation. */
class GoldenImageTest {
  private static final String FILE = "packer/talos/talos.pkr.hcl";
  private static final String IMAGE = "talos golden image \"talos\"";

  private static Infra site(UnaryOperator<TalosGoldenImage> change) {
    ProxmoxNode pve = ProxmoxNode.named("pve").endpoint("https://pve.lan:8006/").cpu(CpuVendor.AMD)
        .memory(Size.gib(96));
    ZfsPool tank = ZfsPool.named("tank").on(pve).mirror(Disk.byId("nvme-A"), Disk.byId("nvme-B"));
    TalosSchematic base = TalosSchematic.with(QEMU_GUEST_AGENT, ISCSI_TOOLS, UTIL_LINUX_TOOLS).named("base");
    return Infra.named("homelab").with(pve, tank,
        change.apply(TalosGoldenImage.of(base).on(pve).storage(tank).vmId(9100)));
  }

  private static List<String> problems(UnaryOperator<TalosGoldenImage> change) {
    return site(change).validate().problems().stream().map(Object::toString).toList();
  }

  @Test
  void thePackerFileMatchesItsGoldenFile() {
    ArtifactSet files = site(i -> i).emit("GoldenImageTest");
    assertThat(files.paths()).contains(FILE, "talos/schematics/base.yaml");
    Golden.assertMatches("image/talos.pkr.hcl", files.text(FILE));
  }

  @Test
  void everyKeyIsInThePluginsTable() {
    PackerKeyTable.assertConforms(FILE, site(i -> i).emit("GoldenImageTest").text(FILE));
  }

  @Test
  void packerFmtLeavesTheFileAlone(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("talos.pkr.hcl");
    Files.writeString(file, site(i -> i).emit("GoldenImageTest").text(FILE));
    var result = ExternalTool.run(dir, "packer", "fmt", "-check", file.toString());
    assertThat(result.exitCode()).as(result.output()).isZero();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theTemplateIsMadeAsTheTalosGuideForProxmoxAsks() throws Exception {
    Map<String, Object> root = new HCLParser().parse(site(i -> i).emit("GoldenImageTest").text(FILE));
    Map<String, Object> source = ((Map<String, Map<String, Map<String, Object>>>) root.get("source"))
        .get("proxmox-iso").get("talos");
    assertThat(source).containsEntry("bios", "ovmf").containsEntry("machine", "q35").containsEntry("cpu_type", "host")
        .containsEntry("scsi_controller", "virtio-scsi-pci").containsEntry("qemu_agent", true)
        .containsEntry("cloud_init", true).doesNotContainKey("ballooning_minimum");
    Map<String, Object> disk = (Map<String, Object>) source.get("disks");
    assertThat(disk).containsEntry("cache_mode", "writethrough").containsEntry("io_thread", false);
    Map<String, Object> efi = (Map<String, Object>) source.get("efi_config");
    assertThat(efi).containsEntry("pre_enrolled_keys", false).containsEntry("efi_type", "4m");
    Map<String, Object> build = (Map<String, Object>) root.get("build");
    Map<String, Object> shell = ((Map<String, Map<String, Object>>) build.get("provisioner")).get("shell");
    assertThat(((List<String>) shell.get("inline")).get(1)).isEqualTo("curl -fsSL https://factory.talos.dev/image/"
        + "88d1f7a5c4f1d3aba7df787c448c1d3d008ed29cfb34af53fa0df4336a56040b/v1.13.9/nocloud-amd64.raw.zst | zstd -dc"
        + " | dd of=/dev/sda bs=4M conv=fsync status=none");
  }

  @Test
  void theBuildLogsInWithTheSitesPackerPluginSettings() {
    Sops secrets = Sops.file("secrets/site.enc.yaml")
        .recipients("age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq");
    Infra site = site(i -> i).with(ProxmoxPlugin.hashicorp().version("~> 1.2").tokenId("packer@pve!build")
        .token(secrets.ref("packer_api_token")).insecure(true));
    PackerAssert packer = IngotAssertions.assertThat(site.emit("GoldenImageTest")).packer("packer/talos");
    packer.hasRequiredPlugin("proxmox", "~> 1.2");
    packer.hasVariable("proxmox_username").withAttribute("default", "packer@pve!build");
    packer.hasVariable("packer_api_token").thatIsSensitive().withoutAttribute("default");
    packer.hasSource("proxmox-iso", "talos")
        .withAttribute("username", "${var.proxmox_username}")
        .withAttribute("token", "${var.packer_api_token}")
        .withAttribute("insecure_skip_tls_verify", true);
  }

  @Test
  void aCompleteImageHasNoProblems() {
    assertThat(problems(i -> i)).isEmpty();
  }

  @Test
  void theSchematicNeedsTheGuestAgent() {
    TalosSchematic tools = TalosSchematic.with(ISCSI_TOOLS, UTIL_LINUX_TOOLS).named("tools");
    assertThat(problems(i -> new TalosGoldenImage(i.name(), tools, i.node(), i.storage(), i.isoStorage(), i.vmId(),
        i.diskSize(), i.bridge(), i.buildPassword()))).containsExactly(IMAGE + " › schematic: Packer finds the build VM"
            + " through the QEMU guest agent and the template keeps it enabled, so schematic tools needs"
            + " siderolabs/qemu-guest-agent");
  }

  @Test
  void theImageNeedsAVmIdAndAnIsoStorageAndADisk() {
    assertThat(problems(i -> new TalosGoldenImage(i.name(), i.schematic(), i.node(), i.storage(),
        DirStorage.named("vmdata").content(ContentType.IMAGES), null, Size.gib(4), " ", i.buildPassword())))
        .containsExactly(
            IMAGE + " › isoStorage: the live ISO needs a storage that allows ISO images, such as local",
            IMAGE + " › vmId: the template needs a VM id, which its clones refer to: vmId(9100)",
            IMAGE + " › diskSize: Talos needs a system disk of at least 10 GiB",
            IMAGE + " › bridge: the network device needs a bridge, such as vmbr0");
  }

  @Test
  void theBuildPasswordMayNotTakeAConnectionVariable() {
    assertThat(problems(i -> i.buildPassword(Secret.env("PROXMOX_TOKEN")))).containsExactly("secret"
        + " \"$PROXMOX_TOKEN\": the variable \"proxmox_token\" already carries the Proxmox VE connection in " + FILE
        + "; keep the build password under another name");
  }
}
