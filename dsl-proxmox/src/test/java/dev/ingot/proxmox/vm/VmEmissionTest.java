package dev.ingot.proxmox.vm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ingot.core.Infra;
import dev.ingot.core.generate.ArtifactSet;
import dev.ingot.core.testsupport.ExternalTool;
import dev.ingot.core.testsupport.Golden;
import dev.ingot.core.testsupport.TerraformSchema;
import dev.ingot.core.testsupport.TerraformSchemaChecker;
import dev.ingot.core.value.Admin;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.BootLoader;
import dev.ingot.proxmox.ContentType;
import dev.ingot.proxmox.CpuVendor;
import dev.ingot.proxmox.DirStorage;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.TestSites;
import dev.ingot.proxmox.ZfsPoolStorage;
import dev.ingot.proxmox.zfs.ZfsPool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Terraform resources of VMs beyond the MS-A2 golden files: the benchmark shape, many VMs, clones. */
class VmEmissionTest {
  private static final TerraformSchema BPG = TerraformSchema.load("/schema/bpg-proxmox-0.111.1.json");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String VMS = "terraform/homelab/vms.tf.json";

  /** The benchmark VM number {@code i} (from 1, since VM 0 would get the gateway's address 10.0.0.1). */
  static Vm benchmarkVm(int i) {
    return Vm.named("vm-" + i).on(VmSites.PVE).vmId(1000 + i)
        .tags("golden", "lab")
        .onBoot(true)
        .cores(4)
        .memory(Size.mib(4096))
        .disk(VmDisk.scsi(0).on(VmSites.TANK).size(Size.gib(32)).discard(true).ssd(true))
        .network(NetworkDevice.bridge("vmbr0"))
        .guestAgent()
        .ip("10.0." + i / 250 + "." + (i % 250 + 1) + "/16").gateway("10.0.0.1");
  }

  /** The benchmark site: node pve with room for {@code n} VMs, pool tank, VMs 1 to {@code n}. */
  static Infra benchmark(int n) {
    ProxmoxNode pve = VmSites.PVE.memory(Size.tib(64));
    ZfsPool tank = TestSites.tank(pve);
    var vms = new ArrayList<Vm>(n);
    for (int i = 1; i <= n; i++) {
      vms.add(benchmarkVm(i).on(pve));
    }
    return Infra.named("homelab").with(pve, tank).with(vms);
  }

  @Test
  void theBenchmarkShapeIsExactlyExpressible() {
    ArtifactSet files = benchmark(3).emit("VmEmissionTest");
    Golden.assertMatches("benchmark/vms.tf.json", files.text(VMS));
    TerraformSchemaChecker.assertConforms(VMS, files.text(VMS), BPG);
  }

  @Test
  void tenThousandVmsEmitIntoOneFile() throws IOException {
    Infra site = benchmark(10_000);
    assertThat(site.validate().problems()).isEmpty();
    ArtifactSet files = site.emit("VmEmissionTest");
    assertThat(files.under("terraform/homelab/")).containsExactly("terraform/homelab/outputs.tf.json",
        "terraform/homelab/providers.tf.json", "terraform/homelab/storage.tf.json",
        "terraform/homelab/variables.tf.json", "terraform/homelab/versions.tf.json", VMS);
    JsonNode vms = JSON.readTree(files.text(VMS)).path("resource").path("proxmox_virtual_environment_vm");
    assertThat(vms.size()).isEqualTo(10_000);
    JsonNode first = JSON.readTree(benchmark(1).emit("x").text(VMS)).path("resource")
        .path("proxmox_virtual_environment_vm").path("vm_1");
    assertThat(vms.path("vm_1")).isEqualTo(first);
    JsonNode last = vms.path("vm_10000");
    assertThat(last.path("vm_id").asInt()).isEqualTo(11_000);
    assertThat(last.path("initialization").path("ip_config").path(0).path("ipv4").path("address").asText())
        .isEqualTo("10.0.40.1/16");
    List<String> names = new ArrayList<>();
    vms.fieldNames().forEachRemaining(names::add);
    assertThat(names.get(0)).isEqualTo("vm_1");
    assertThat(names.get(9_999)).isEqualTo("vm_10000");
  }

  @Test
  void theShortFormIsEnough() throws IOException {
    Vm util = Vm.named("util").on(VmSites.PVE).cloneOf(VmSites.DEBIAN).cores(2).memory(Size.gib(4))
        .ip("10.0.10.50/24");
    Infra site = VmSites.with(VmSites.DEBIAN, util);
    assertThat(site.validate().problems()).isEmpty();
    assertThat(vmBody(site, "util")).isEqualTo(JSON.readTree("{\"node_name\": \"pve\", \"name\": \"util\","
        + " \"on_boot\": true, \"clone\": {\"vm_id\": \"${proxmox_virtual_environment_vm.debian_13.vm_id}\","
        + " \"full\": true}, \"cpu\": {\"cores\": 2, \"type\": \"host\"}, \"memory\": {\"dedicated\": 4096},"
        + " \"network_device\": [{\"bridge\": \"vmbr0\", \"model\": \"virtio\"}], \"initialization\":"
        + " {\"datastore_id\": \"tank\", \"ip_config\": [{\"ipv4\": {\"address\": \"10.0.10.50/24\"}}]}}"));
  }

  @Test
  void aCloneOfAGoldenImageRefersToItsVmId() throws IOException {
    Vm vm = Vm.named("a").cloneOf(StubTemplate.golden(VmSites.PVE, VmSites.TANK.storage())).memory(Size.gib(1));
    JsonNode clone = vmBody(VmSites.with(StubTemplate.golden(VmSites.PVE, VmSites.TANK.storage()), vm), "a")
        .path("clone");
    assertThat(clone).isEqualTo(JSON.readTree("{\"vm_id\": 9100, \"full\": true}"));
  }

  @Test
  void aCloneFromAnotherNodeOrToAnotherStorageSaysSo() throws IOException {
    DirStorage nfs = DirStorage.named("nfs").path("/mnt/pve/nfs").content(ContentType.IMAGES).shared(true);
    ProxmoxNode pve = VmSites.PVE.storage(nfs);
    ProxmoxNode pve2 = ProxmoxNode.named("pve2").endpoint("https://pve2.lan:8006/")
        .cpu(CpuVendor.AMD).memory(Size.gib(64)).bootLoader(BootLoader.SYSTEMD_BOOT);
    var golden = StubTemplate.golden(pve, nfs);
    Vm vm = Vm.named("a").on(pve2).cloneOf(golden).memory(Size.gib(1))
        .disk(VmDisk.scsi(0).on(ZfsPoolStorage.localZfs()).size(Size.gib(16)));
    Infra site = Infra.named("homelab").with(pve, pve2, golden, vm);
    assertThat(site.validate().problems()).isEmpty();
    assertThat(vmBody(site, "a").path("clone")).isEqualTo(JSON.readTree(
        "{\"vm_id\": 9100, \"full\": true, \"node_name\": \"pve\", \"datastore_id\": \"local-zfs\"}"));
  }

  @Test
  void aVmWithoutCloudInitHasNoInitialization() throws IOException {
    Vm vm = Vm.named("a").on(VmSites.PVE).memory(Size.gib(1)).disk(VmSites.TANK, Size.gib(8));
    assertThat(vmBody(VmSites.with(vm), "a")).isEqualTo(JSON.readTree("{\"node_name\": \"pve\", \"name\": \"a\","
        + " \"on_boot\": true, \"cpu\": {\"cores\": 1, \"type\": \"host\"}, \"memory\": {\"dedicated\": 1024},"
        + " \"disk\": [{\"interface\": \"scsi0\", \"datastore_id\": \"tank\", \"size\": 8}]}"));
  }

  @Test
  void emittingTwiceGivesTheSameBytes() {
    ArtifactSet once = VmSites.msa2().emit("VmSites");
    ArtifactSet twice = VmSites.msa2().emit("VmSites");
    for (String path : once.paths()) {
      assertThat(twice.bytes(path)).as(path).isEqualTo(once.bytes(path));
    }
  }

  @Test
  void terraformReadsTheConfiguration(@TempDir Path dir) throws IOException {
    ArtifactSet files = VmSites.msa2().emit("VmSites");
    for (String path : files.under("terraform/")) {
      Files.write(dir.resolve(Path.of(path).getFileName()), files.bytes(path));
    }
    var result = ExternalTool.run(dir, "terraform", "providers");
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.stdout()).contains("provider[registry.terraform.io/bpg/proxmox] 0.111.1");
  }

  @Test
  void aWrongAttributeOrValueFailsTheSchemaCheck() {
    String vms = VmSites.msa2().emit("VmSites").text(VMS);
    assertThat(TerraformSchemaChecker.check(vms.replace("\"discard\": \"on\"", "\"discard\": true")
        .replace("\"servers\"", "\"server\""), BPG)).containsExactly(
            "$.resource.proxmox_virtual_environment_vm.util.disk[0].discard: expected a string",
            "$.resource.proxmox_virtual_environment_vm.util.initialization.dns.server: unknown attribute or block"
                + " \"server\" of block dns",
            "$.resource.proxmox_virtual_environment_vm.win11.disk[0].discard: expected a string");
  }

  @Test
  void ipConfigsFollowTheNetworkDevicesInOrder() throws IOException {
    Vm vm = Vm.named("a").on(VmSites.PVE).memory(Size.gib(1)).disk(VmSites.TANK, Size.gib(8))
        .network(NetworkDevice.bridge("vmbr0").dhcp().ipv6(IpConfig.auto()), NetworkDevice.bridge("vmbr1"),
            NetworkDevice.bridge("vmbr2").ipv6(IpConfig.of("fd00:20::9/64").gateway("fd00:20::1")),
            NetworkDevice.bridge("vmbr3"));
    assertThat(vmBody(VmSites.with(vm), "a").path("initialization")).isEqualTo(JSON.readTree("{\"datastore_id\":"
        + " \"tank\", \"ip_config\": [{\"ipv4\": {\"address\": \"dhcp\"}, \"ipv6\": {\"address\": \"auto\"}}, {},"
        + " {\"ipv6\": {\"address\": \"fd00:20::9/64\", \"gateway\": \"fd00:20::1\"}}]}"));
  }

  @Test
  void adminKeysFromSecretsAreVariables() throws IOException {
    var admin = Admin.named("ops").sshKey(VmSites.SECRETS.ref("ops_ssh_key"));
    Vm vm = Vm.named("a").on(VmSites.PVE).memory(Size.gib(1)).disk(VmSites.TANK, Size.gib(8)).admin(admin).dhcp();
    ArtifactSet files = VmSites.with(vm).emit("x");
    assertThat(JSON.readTree(files.text(VMS)).path("resource").path("proxmox_virtual_environment_vm").path("a")
        .path("initialization").path("user_account")).isEqualTo(JSON.readTree(
            "{\"username\": \"ops\", \"keys\": [\"${var.ops_ssh_key}\"]}"));
    assertThat(JSON.readTree(files.text("terraform/homelab/variables.tf.json")).path("variable").path("ops_ssh_key"))
        .isEqualTo(JSON.readTree("{\"type\": \"string\", \"description\": \"Sensitive; from"
            + " secrets/homelab.enc.yaml#ops_ssh_key\", \"sensitive\": true}"));
  }

  private static JsonNode vmBody(Infra site, String name) throws IOException {
    return JSON.readTree(site.emit("x").text(VMS)).path("resource").path("proxmox_virtual_environment_vm").path(name);
  }
}
