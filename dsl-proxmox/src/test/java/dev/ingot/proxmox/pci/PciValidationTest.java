package dev.ingot.proxmox.pci;

import static dev.ingot.proxmox.TestSites.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.Infra;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.CpuVendor;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.TestSites;
import java.util.List;
import org.junit.jupiter.api.Test;

class PciValidationTest {
  private static final ProxmoxNode PVE = TestSites.pve();

  /** The MS-A2 GPU with the facts a complete mapping needs (test values). */
  private static PciDevice gpu() {
    return TestSites.gpu(PVE).iommuGroup(14).subsystemId("10de:181b");
  }

  private static Infra site(PciDevice... devices) {
    return Infra.named("homelab").with(PVE).with(devices);
  }

  @Test
  void aCompleteDeviceIsValid() {
    assertThat(problems(site(gpu()))).isEmpty();
  }

  @Test
  void malformedAddressesAreReported() {
    String rest = " is not a PCI address like 0000:01:00.0 (domain:bus:device.function in lower-case hex) or"
        + " 0000:01:00 (every function of the device)";
    assertThat(problems(site(PciDevice.at("01:00.0").on(PVE).functions("10de:27b2"))))
        .containsExactly("pci device \"pve/01:00.0\" › address: \"01:00.0\"" + rest);
    assertThat(problems(site(PciDevice.at("0000:01:00.A").on(PVE).functions("10de:27b2"))))
        .containsExactly("pci device \"pve/0000:01:00.A\" › address: \"0000:01:00.A\"" + rest);
  }

  @Test
  void malformedIdsAreReported() {
    assertThat(problems(site(gpu().functions("10de-27b2", "10de:22bc").subsystemId("181b")))).containsExactly(
        "pci device \"pve/0000:01:00\" › functions[0]: \"10de-27b2\" is not a vendor:device id like 10de:27b2",
        "pci device \"pve/0000:01:00\" › subsystemId: \"181b\" is not a vendor:device id like 10de:27b2");
  }

  @Test
  void aMappingNeedsTheDeviceBoundToVfio() {
    assertThat(problems(site(gpu().bindVfio(false)))).containsExactly("pci device \"pve/0000:01:00\" › mapping:"
        + " resource mapping \"rtx4000\" passes the device to VMs, but bindVfio(false) leaves it to the host's drivers;"
        + " bind it to vfio-pci or drop the mapping");
    assertThat(problems(site(gpu().mapping(null).bindVfio(false)))).isEmpty();
  }

  @Test
  void aMappingWithoutIommuGroupOrSubsystemIdIsAWarning() {
    assertThat(problems(site(TestSites.gpu(PVE).iommuGroup(14)))).containsExactly("warning: pci device"
        + " \"pve/0000:01:00\" › mapping: Proxmox refuses to start a VM with mapping \"rtx4000\" until it knows the"
        + " device's IOMMU group and subsystem id; read them with pvesh get /nodes/pve/hardware/pci and set"
        + " iommuGroup(…) and subsystemId(…)");
  }

  @Test
  void aMappingNameIsAProxmoxId() {
    assertThat(problems(site(gpu().mapping("rtx 4000")))).containsExactly("pci device \"pve/0000:01:00\" ›"
        + " mapping: \"rtx 4000\" is not a valid Proxmox id: use a letter followed by at least one letter, digit,"
        + " \"-\" or \"_\"");
  }

  @Test
  void everyFunctionIsListed() {
    assertThat(problems(site(PciDevice.at("0000:01:00").on(PVE)))).containsExactly("pci device \"pve/0000:01:00\" ›"
        + " functions: list the vendor:device id of every function, e.g. functions(\"10de:27b2\", \"10de:22bc\")");
    assertThat(problems(site(PciDevice.at("0000:01:00.0").on(PVE).functions("10de:27b2", "10de:22bc"))))
        .containsExactly("pci device \"pve/0000:01:00.0\" › functions: 0000:01:00.0 is a single function: give its one"
            + " id, or use the device address 0000:01:00 for all its functions");
  }

  @Test
  void devicesOfANodeDoNotOverlap() {
    assertThat(problems(site(gpu(), PciDevice.at("0000:01:00.1").on(PVE).functions("10de:22bc")))).containsExactly(
        "pci device \"pve/0000:01:00.1\" › address: 0000:01:00.1 overlaps pci device \"pve/0000:01:00\"");
  }

  @Test
  void theSameSlotOnTwoNodesSharesOneMapping() {
    ProxmoxNode pve2 = ProxmoxNode.named("pve2").endpoint("https://pve2.lan:8006/").cpu(CpuVendor.AMD)
        .memory(Size.gib(96));
    assertThat(problems(Infra.named("homelab").with(PVE, pve2, gpu(), gpu().on(pve2)))).isEmpty();
  }

  @Test
  void aDeviceOnANodeOutsideTheSiteIsReported() {
    assertThat(problems(Infra.named("homelab").with(gpu()))).containsExactly("pci device \"pve/0000:01:00\" › node:"
        + " node \"pve\" is not part of infra \"homelab\"; add it with Infra.with(…)");
    assertThat(problems(site(PciDevice.at("0000:01:00").functions("10de:27b2"))))
        .containsExactly("pci device \"0000:01:00\" › node: set the node with on(node)");
  }

  @Test
  void driverNamesAndIommuGroupsAreChecked() {
    assertThat(problems(site(gpu().hostDrivers(List.of("nouveau", "Bad Module")).blacklist(List.of("nvidia.ko")).iommuGroup(-1))))
        .containsExactly(
            "pci device \"pve/0000:01:00\" › iommuGroup: the IOMMU group cannot be negative",
            "pci device \"pve/0000:01:00\" › hostDrivers[1]: \"Bad Module\" is not a kernel module name",
            "pci device \"pve/0000:01:00\" › blacklist[0]: \"nvidia.ko\" is not a kernel module name");
  }
}
