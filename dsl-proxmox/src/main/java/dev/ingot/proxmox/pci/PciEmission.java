package dev.ingot.proxmox.pci;

import dev.ingot.core.Emission;
import dev.ingot.core.ansible.Task;
import dev.ingot.core.terraform.TfValue;
import dev.ingot.core.terraform.TfValue.TfObject;
import dev.ingot.core.value.Names;
import dev.ingot.core.yaml.YamlNode;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.ProxmoxProvider;
import dev.ingot.proxmox.host.Handler;
import dev.ingot.proxmox.host.HostPlay;
import dev.ingot.proxmox.host.HostPlaybook;
import dev.ingot.proxmox.host.RebootCheck;
import dev.ingot.proxmox.host.Stage;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a PCI device adds to the site: its cluster resource mapping in Terraform (one
 * {@code proxmox_hardware_mapping_pci} per mapping name, with an entry for every device that
 * shares it), and to its node's host play a check of its ids, the vfio configuration of the node
 * and the IOMMU kernel arguments.
 */
final class PciEmission {
  private static final String HEADER = "# Managed by Ingot (PCI passthrough); local changes are overwritten.\n";

  private PciEmission() {}

  static void emit(PciDevice device, Emission out) {
    ProxmoxNode node = device.node().in(out.infra());
    List<PciDevice> onNode = out.infra().all(PciDevice.class).stream()
        .filter(d -> node.sameAs(d.node()) && d.bindVfio()).toList();
    if (device.mapping() != null) {
      ProxmoxProvider.configure(out);
      out.terraform("hardware-mappings").prerequisite("proxmox_hardware_mapping_pci", Names.identifier(device.mapping()),
          mapping(device.mapping(), out.infra().all(PciDevice.class)));
    }
    HostPlay play = HostPlaybook.play(out, node.name());
    play.tasks(Stage.CHECK, checks(device));
    if (device.bindVfio()) {
      play.commandLine(node.bootLoader().commandLine()).kernelArgs(node.iommuKernelArgs(true));
      play.tasks(Stage.MODULES, vfioTasks(onNode));
      play.rebootCheck(new RebootCheck(null, variable(device) + ".stdout.count('Kernel driver in use: vfio-pci') < "
          + device.functions().size(), "the vfio-pci binding of " + device.address()));
    }
  }

  /** The mapping called {@code name}: one map entry per device of the site that uses it, in site order. */
  static TfObject mapping(String name, List<PciDevice> devices) {
    var entries = devices.stream().filter(d -> name.equals(d.mapping()))
        .map(d -> (TfValue) TfObject.builder()
            .put("id", d.functions().get(0).normalized())
            .put("node", d.node().name())
            .put("path", d.address().text())
            .put("iommu_group", d.iommuGroup())
            .put("subsystem_id", d.subsystemId() == null ? null : d.subsystemId().normalized())
            .build())
        .toList();
    return TfObject.builder().put("name", name).put("map", TfValue.list(entries)).build();
  }

  /** Reads the device with {@code lspci} and fails when its functions are not the modelled ids. */
  static List<Task> checks(PciDevice device) {
    String var = variable(device);
    List<YamlNode> that = device.functions().stream()
        .map(f -> YamlNode.str("'[" + f.normalized() + "]' in " + var + ".stdout")).toList();
    String ids = String.join(", ", device.functions().stream().map(PciId::normalized).toList());
    return List.of(
        Task.named("Read PCI device " + device.address())
            .module("ansible.builtin.command", a -> a.put("argv",
                YamlNode.strings(List.of("lspci", "-nnk", "-s", device.address().text()))))
            .register(var)
            .changedWhen("false")
            .build(),
        Task.named("Check that PCI device " + device.address() + " is what the model says")
            .module("ansible.builtin.assert", a -> a.put("that", YamlNode.seq(that))
                .put("fail_msg", device.address() + " does not show the ids " + ids + " (lspci -nn); fix the model"))
            .build());
  }

  /** The node's vfio configuration, from every device on it that binds to vfio-pci. */
  static List<Task> vfioTasks(List<PciDevice> devices) {
    Set<String> ids = new LinkedHashSet<>();
    Set<String> softdeps = new LinkedHashSet<>();
    Set<String> blacklist = new LinkedHashSet<>();
    for (PciDevice d : devices) {
      d.functions().forEach(f -> ids.add(f.normalized()));
      softdeps.addAll(d.hostDrivers());
      blacklist.addAll(d.blacklist());
    }
    var options = new StringBuilder(HEADER).append("options vfio-pci ids=").append(String.join(",", ids)).append('\n');
    softdeps.forEach(m -> options.append("softdep ").append(m).append(" pre: vfio-pci\n"));
    blacklist.forEach(m -> options.append("blacklist ").append(m).append('\n'));
    return List.of(
        file("Load the vfio modules at boot", "/etc/modules-load.d/vfio.conf",
            HEADER + "vfio\nvfio_iommu_type1\nvfio_pci\n"),
        file("Bind the passthrough devices to vfio-pci", "/etc/modprobe.d/vfio.conf", options.toString()));
  }

  private static Task file(String name, String dest, String content) {
    return Task.named(name)
        .module("ansible.builtin.copy", a -> a.put("dest", dest).put("content", content)
            .put("owner", "root").put("group", "root").put("mode", "0644"))
        .notify(Handler.UPDATE_INITRAMFS.taskName())
        .build();
  }

  private static String variable(PciDevice device) {
    return HostPlay.variable("pci", device.address().text());
  }
}
