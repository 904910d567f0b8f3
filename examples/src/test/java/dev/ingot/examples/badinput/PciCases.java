package dev.ingot.examples.badinput;

import static dev.ingot.examples.badinput.BadInput.bad;
import static dev.ingot.examples.badinput.Fixture.GPU;
import static dev.ingot.examples.badinput.Fixture.PVE;
import static dev.ingot.examples.badinput.Fixture.PVE2;
import static dev.ingot.examples.badinput.Fixture.TANK;

import dev.ingot.core.Component;
import dev.ingot.core.Infra;
import dev.ingot.proxmox.pci.PciDevice;
import java.util.List;

/** PCI devices for passthrough: addresses, ids, the node, resource mappings, host drivers. */
final class PciCases {
  private PciCases() {}

  /** The cases of this area, each with every problem it must report. */
  static List<BadInput> cases() {
    return List.of(
        bad("the address lacks its domain", () -> site(device("01:00.0").functions("10de:27b2")), """
            error: pci device "pve/01:00.0" › address: "01:00.0" is not a PCI address like 0000:01:00.0 \
            (domain:bus:device.function in lower-case hex) or 0000:01:00 (every function of the device)
            """),
        bad("the address is upper case with a function out of range",
            () -> site(device("0000:0A:00.8").functions("10de:27b2")), """
            error: pci device "pve/0000:0A:00.8" › address: "0000:0A:00.8" is not a PCI address like 0000:01:00.0 \
            (domain:bus:device.function in lower-case hex) or 0000:01:00 (every function of the device)
            """),
        bad("a single function with the ids of two functions",
            () -> site(device("0000:01:00.0").functions("10de:27b2", "10de:22bc")), """
            error: pci device "pve/0000:01:00.0" › functions: 0000:01:00.0 is a single function: give its one id, or \
            use the device address 0000:01:00 for all its functions
            """),
        bad("no function ids at all", () -> site(device("0000:01:00")), """
            error: pci device "pve/0000:01:00" › functions: list the vendor:device id of every function, e.g. \
            functions("10de:27b2", "10de:22bc")
            """),
        bad("a function id is a vendor name", () -> site(device("0000:01:00").functions("10de:27b2", "nvidia")), """
            error: pci device "pve/0000:01:00" › functions[1]: "nvidia" is not a vendor:device id like 10de:27b2
            """),
        bad("the device is on no node", () -> site(PciDevice.at("0000:01:00").functions("10de:27b2")
            .mapping("rtx4000").iommuGroup(14).subsystemId("10de:1888")), """
            error: pci device "0000:01:00" › node: set the node with on(node)
            """),
        bad("the device is on a node that is not in the site", () -> site(GPU.on(PVE2)), """
            error: pci device "pve2/0000:01:00" › node: node "pve2" is not part of infra "homelab"; add it with \
            Infra.with(…)
            """),
        bad("the mapping name starts with a digit", () -> site(GPU.mapping("4000ada")), """
            error: pci device "pve/0000:01:00" › mapping: "4000ada" is not a valid Proxmox id: use a letter followed \
            by at least one letter, digit, "-" or "_"
            """),
        bad("the mapping name has a space", () -> site(GPU.mapping("rtx 4000")), """
            error: pci device "pve/0000:01:00" › mapping: "rtx 4000" is not a valid Proxmox id: use a letter followed \
            by at least one letter, digit, "-" or "_"
            """),
        bad("a mapping for a device left to the host's drivers", () -> site(GPU.bindVfio(false)), """
            error: pci device "pve/0000:01:00" › mapping: resource mapping "rtx4000" passes the device to VMs, but \
            bindVfio(false) leaves it to the host's drivers; bind it to vfio-pci or drop the mapping
            """),
        bad("a function of a device that is already declared whole", () -> site(GPU,
            device("0000:01:00.1").functions("10de:22bc").mapping("rtx4000-audio")), """
            error: pci device "pve/0000:01:00.1" › address: 0000:01:00.1 overlaps pci device "pve/0000:01:00"
            warning: pci device "pve/0000:01:00.1" › mapping: Proxmox refuses to start a VM with mapping \
            "rtx4000-audio" until it knows the device's IOMMU group and subsystem id; read them with pvesh get \
            /nodes/pve/hardware/pci and set iommuGroup(…) and subsystemId(…)
            """),
        bad("a negative IOMMU group and a malformed subsystem id", () -> site(device("0000:01:00")
            .functions("10de:27b2").iommuGroup(-1).subsystemId("10de")), """
            error: pci device "pve/0000:01:00" › iommuGroup: the IOMMU group cannot be negative
            error: pci device "pve/0000:01:00" › subsystemId: "10de" is not a vendor:device id like 10de:27b2
            """),
        bad("host drivers and blacklist entries that are not module names", () -> site(GPU
            .hostDrivers(List.of("Nouveau!", "snd hda intel")).blacklist(List.of("../nvidia"))), """
            error: pci device "pve/0000:01:00" › hostDrivers[0]: "Nouveau!" is not a kernel module name
            error: pci device "pve/0000:01:00" › hostDrivers[1]: "snd hda intel" is not a kernel module name
            error: pci device "pve/0000:01:00" › blacklist[0]: "../nvidia" is not a kernel module name
            """),
        bad("a mapping without IOMMU group and subsystem id, next to a broken device",
            () -> site(PciDevice.at("0000:01:00").on(PVE).functions("10de:27b2", "10de:22bc").mapping("rtx4000"),
                device("0000:02:00").functions("1002:73ff").mapping("-")), """
            warning: pci device "pve/0000:01:00" › mapping: Proxmox refuses to start a VM with mapping "rtx4000" until \
            it knows the device's IOMMU group and subsystem id; read them with pvesh get /nodes/pve/hardware/pci and \
            set iommuGroup(…) and subsystemId(…)
            error: pci device "pve/0000:02:00" › mapping: "-" is not a valid Proxmox id: use a letter followed by at \
            least one letter, digit, "-" or "_"
            warning: pci device "pve/0000:02:00" › mapping: Proxmox refuses to start a VM with mapping "-" until it \
            knows the device's IOMMU group and subsystem id; read them with pvesh get /nodes/pve/hardware/pci and set \
            iommuGroup(…) and subsystemId(…)
            """));
  }

  /** A device of {@code pve} at {@code address}, with nothing else set. */
  private static PciDevice device(String address) {
    return PciDevice.at(address).on(PVE);
  }

  private static Infra site(Component... devices) {
    return Infra.named("homelab").with(PVE, TANK).with(List.of(devices));
  }
}
