package dev.ingot.proxmox.pci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.ansible.Task;
import dev.ingot.core.terraform.TfValue;
import dev.ingot.core.terraform.TfValue.TfObject;
import dev.ingot.core.value.Size;
import dev.ingot.core.yaml.YamlNode;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import dev.ingot.core.yaml.YamlNode.YamlStr;
import dev.ingot.proxmox.CpuVendor;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.TestSites;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PciEmissionTest {
  private static final ProxmoxNode PVE = TestSites.pve();
  private static final ProxmoxNode PVE2 = ProxmoxNode.named("pve2").endpoint("https://pve2.lan:8006/")
      .cpu(CpuVendor.AMD).memory(Size.gib(64));

  private static List<Map.Entry<String, TfValue>> entries(TfValue object) {
    return new ArrayList<>(((TfObject) object).entries().entrySet());
  }

  @Test
  void oneMappingHoldsAnEntryForEveryDeviceThatUsesIt() {
    PciDevice first = TestSites.gpu(PVE).iommuGroup(14).subsystemId("10DE:181B");
    PciDevice second = PciDevice.at("0000:02:00.0").on(PVE2).functions("10de:27b2").mapping("rtx4000");
    PciDevice other = PciDevice.at("0000:03:00").on(PVE2).functions("8086:56a0").mapping("arc");
    TfObject mapping = PciEmission.mapping("rtx4000", List.of(first, other, second));
    assertThat(entries(mapping)).extracting(Map.Entry::getKey).containsExactly("name", "map");
    List<TfValue> map = ((TfValue.TfList) mapping.entries().get("map")).elements();
    assertThat(map).hasSize(2);
    assertThat(entries(map.get(0))).containsExactly(
        Map.entry("id", new TfValue.TfString("10de:27b2")),
        Map.entry("node", new TfValue.TfString("pve")),
        Map.entry("path", new TfValue.TfString("0000:01:00")),
        Map.entry("iommu_group", new TfValue.TfNumber(BigDecimal.valueOf(14))),
        Map.entry("subsystem_id", new TfValue.TfString("10de:181b")));
    assertThat(entries(map.get(1))).containsExactly(
        Map.entry("id", new TfValue.TfString("10de:27b2")),
        Map.entry("node", new TfValue.TfString("pve2")),
        Map.entry("path", new TfValue.TfString("0000:02:00.0")));
  }

  @Test
  void theVfioConfigurationCoversEveryBoundDeviceOfTheNode() {
    PciDevice amd = PciDevice.at("0000:03:00").on(PVE).functions("1002:7480", "1002:ab30");
    PciDevice nic = PciDevice.at("0000:04:00.0").on(PVE).functions("8086:1533");
    List<Task> tasks = PciEmission.vfioTasks(List.of(TestSites.gpu(PVE), amd, nic));
    assertThat(tasks).extracting(Task::name)
        .containsExactly("Load the vfio modules at boot", "Bind the passthrough devices to vfio-pci");
    assertThat(((YamlMap) tasks.get(1).arguments()).get("content")).isEqualTo(new YamlStr("""
        # Managed by Ingot (PCI passthrough); local changes are overwritten.
        options vfio-pci ids=10de:27b2,10de:22bc,1002:7480,1002:ab30,8086:1533
        softdep nouveau pre: vfio-pci
        softdep nvidia pre: vfio-pci
        softdep snd_hda_intel pre: vfio-pci
        softdep amdgpu pre: vfio-pci
        softdep radeon pre: vfio-pci
        blacklist nouveau
        blacklist nvidia
        """));
    assertThat(((YamlMap) tasks.get(0).arguments()).get("dest")).isEqualTo(new YamlStr("/etc/modules-load.d/vfio.conf"));
  }

  @Test
  void explicitDriversReplaceTheVendorDefaults() {
    PciDevice gpu = TestSites.gpu(PVE).hostDrivers(List.of("nouveau")).blacklist(List.of());
    assertThat(gpu.hostDrivers()).containsExactly("nouveau");
    assertThat(gpu.blacklist()).isEmpty();
    assertThat(TestSites.gpu(PVE).blacklist()).containsExactly("nouveau", "nvidia");
  }

  @Test
  void theHostChecksTheIdsOfEveryFunction() {
    List<Task> checks = PciEmission.checks(TestSites.gpu(PVE).functions("10DE:27B2", "10de:22bc"));
    assertThat(checks).extracting(Task::name)
        .containsExactly("Read PCI device 0000:01:00", "Check that PCI device 0000:01:00 is what the model says");
    assertThat(((YamlMap) checks.get(1).arguments()).get("that")).isEqualTo(YamlNode.strings(
        List.of("'[10de:27b2]' in pci_0000_01_00.stdout", "'[10de:22bc]' in pci_0000_01_00.stdout")));
  }
}
