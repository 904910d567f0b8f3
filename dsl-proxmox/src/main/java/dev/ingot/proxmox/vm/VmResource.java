package dev.ingot.proxmox.vm;

import dev.ingot.core.terraform.TfObjectBuilder;
import dev.ingot.core.terraform.TfValue;
import dev.ingot.core.terraform.TfValue.TfObject;
import dev.ingot.core.value.Admin;
import dev.ingot.core.value.IpAddress;
import dev.ingot.core.value.Names;
import dev.ingot.core.value.SshKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of a VM's {@code proxmox_virtual_environment_vm} resource. Blocks that occur at most
 * once are written as objects, repeatable ones ({@code disk}, {@code network_device},
 * {@code hostpci}, {@code serial_device}, {@code ip_config}) as arrays.
 */
final class VmResource {
  /** The Terraform resource type of VMs and templates. */
  static final String TYPE = "proxmox_virtual_environment_vm";

  private VmResource() {}

  /** The Terraform resource name of {@code vm}: its name with {@code -} as {@code _}. */
  static String name(Vm vm) {
    return Names.identifier(vm.name());
  }

  /** The address of {@code vm}'s resource, e.g. {@code proxmox_virtual_environment_vm.util}. */
  static String address(Vm vm) {
    return TYPE + "." + name(vm);
  }

  static TfObject body(Vm vm) {
    var b = TfObject.builder()
        .put("node_name", vm.node().name())
        .put("name", vm.name())
        .put("vm_id", vm.vmId() == null ? null : vm.vmId().value());
    if (!vm.tags().isEmpty()) {
      b.put("tags", TfValue.strings(vm.tags()));
    }
    if (vm.template()) {
      b.put("template", true);
    }
    b.put("on_boot", vm.onBoot() && !vm.template());
    if (vm.startup() != null) {
      b.object("startup", s -> s.put("order", vm.startup().order()).put("up_delay", vm.startup().upDelay())
          .put("down_delay", vm.startup().downDelay()));
    }
    firmware(vm, b);
    if (vm.cloneOf() != null) {
      b.put("clone", clone(vm));
    }
    b.object("cpu", c -> c.put("cores", vm.cpu().cores())
        .put("sockets", vm.cpu().sockets() == 1 ? null : vm.cpu().sockets())
        .put("numa", vm.cpu().numa() ? true : null)
        .put("type", vm.cpu().type()));
    b.object("memory", m -> m.put("dedicated", vm.memory().toMib())
        .put("floating", vm.balloon() == null ? null : vm.balloon().toMib()));
    b.put("scsi_hardware", vm.scsiController() == null ? null : vm.scsiController().value());
    b.blocks("disk", vm.disks().stream().map(d -> disk(d, vm.node().name())).toList());
    if (vm.cdrom() != null) {
      b.object("cdrom", c -> c.put("file_id", vm.cdrom().fileId()).put("interface", vm.cdrom().slot()));
    }
    b.blocks("network_device", vm.networks().stream().map(VmResource::network).toList());
    b.blocks("hostpci", hostPci(vm));
    if (vm.agent() != null) {
      b.put("agent", agent(vm.agent()));
    }
    if (vm.serialConsole()) {
      b.blocks("serial_device", List.of(TfObject.builder().put("device", "socket").build()));
      b.object("vga", v -> v.put("type", "serial0"));
    }
    if (vm.os() != null) {
      b.object("operating_system", o -> o.put("type", vm.os().value()));
    }
    if (vm.usesCloudInit()) {
      b.put("initialization", initialization(vm));
    }
    return b.build();
  }

  private static void firmware(Vm vm, TfObjectBuilder b) {
    b.put("bios", vm.bios() == null ? null : vm.bios().value());
    b.put("machine", vm.machine() == null ? null : vm.machine().value());
    if (vm.efiDisk() != null) {
      b.object("efi_disk", e -> e.put("datastore_id", vm.efiDisk().storage().id()).put("type", EfiDisk.TYPE)
          .put("pre_enrolled_keys", vm.efiDisk().preEnrolledKeys()));
    }
    if (vm.tpm() != null) {
      b.object("tpm_state", t -> t.put("datastore_id", vm.tpm().storage().id())
          .put("version", vm.tpm().version().value()));
    }
  }

  private static TfObject clone(Vm vm) {
    Clone clone = vm.cloneOf();
    VmTemplate template = clone.template();
    var c = TfObject.builder();
    if (template instanceof DefinesVm defined) {
      c.expr("vm_id", address(defined.vm()) + ".vm_id");
    } else {
      c.put("vm_id", template.vmId().value());
    }
    c.put("full", clone.full());
    if (template.node() != null && !template.node().sameAs(vm.node())) {
      c.put("node_name", template.node().name());
    }
    String target = vm.disks().isEmpty() ? null : vm.disks().get(0).storage().id();
    if (clone.full() && target != null && (template.storage() == null || !target.equals(template.storage().id()))) {
      c.put("datastore_id", target);
    }
    return c.build();
  }

  private static TfObject disk(VmDisk disk, String node) {
    var d = TfObject.builder()
        .put("interface", disk.interfaceName())
        .put("datastore_id", disk.storage().id());
    if (disk.importFrom() != null) {
      d.expr("import_from", VmEmission.DOWNLOAD + "." + disk.importFrom().resourceName(node) + ".id");
    }
    return d.put("size", disk.size().toGib())
        .put("cache", disk.cache() == null ? null : disk.cache().value())
        .put("discard", disk.discard() == null ? null : disk.discard() ? "on" : "ignore")
        .put("iothread", disk.iothread())
        .put("ssd", disk.ssd())
        .put("backup", disk.backup())
        .build();
  }

  private static TfObject network(NetworkDevice nic) {
    return TfObject.builder()
        .put("bridge", nic.bridge())
        .put("model", nic.model().value())
        .put("vlan_id", nic.vlan())
        .put("mac_address", nic.mac() == null ? null : nic.mac().text())
        .put("firewall", nic.firewall())
        .put("mtu", nic.mtu())
        .build();
  }

  private static List<TfObject> hostPci(Vm vm) {
    var out = new ArrayList<TfObject>();
    for (int i = 0; i < vm.passthrough().size(); i++) {
      HostPci pci = vm.passthrough().get(i);
      out.add(TfObject.builder()
          .put("device", "hostpci" + i)
          .put("mapping", pci.device().mapping())
          .put("pcie", pci.pcieOn(vm.machine()))
          .put("rombar", pci.rombar())
          .put("xvga", pci.primaryGpu())
          .build());
    }
    return out;
  }

  private static TfObject agent(GuestAgent agent) {
    var a = TfObject.builder()
        .put("enabled", true)
        .put("timeout", agent.timeoutText())
        .put("trim", agent.trim());
    if (agent.waitForIpv4()) {
      a.object("wait_for_ip", w -> w.put("ipv4", true));
    }
    return a.build();
  }

  private static TfObject initialization(Vm vm) {
    CloudInit init = vm.cloudInit();
    var i = TfObject.builder().put("datastore_id", vm.cloudInitStorage().id());
    if (init.dnsDomain() != null || !init.dnsServers().isEmpty()) {
      i.object("dns", d -> {
        d.put("domain", init.dnsDomain());
        if (!init.dnsServers().isEmpty()) {
          d.put("servers", TfValue.strings(init.dnsServers().stream().map(IpAddress::text).toList()));
        }
      });
    }
    i.blocks("ip_config", ipConfigs(vm.networks()));
    if (init.userData() != null) {
      i.expr("user_data_file_id", VmEmission.FILE + "." + VmEmission.snippetName(vm) + ".id");
    } else if (init.admin() != null) {
      i.put("user_account", userAccount(init.admin()));
    }
    return i.build();
  }

  /** One {@code ip_config} per network device up to the last one cloud-init configures; empty ones in between. */
  private static List<TfObject> ipConfigs(List<NetworkDevice> networks) {
    int last = -1;
    for (int i = 0; i < networks.size(); i++) {
      if (networks.get(i).hasIpConfig()) {
        last = i;
      }
    }
    var out = new ArrayList<TfObject>();
    for (int i = 0; i <= last; i++) {
      NetworkDevice nic = networks.get(i);
      var c = TfObject.builder();
      if (nic.ipv4() != null) {
        c.put("ipv4", address(nic.ipv4()));
      }
      if (nic.ipv6() != null) {
        c.put("ipv6", address(nic.ipv6()));
      }
      out.add(c.build());
    }
    return out;
  }

  private static TfObject address(IpConfig config) {
    return TfObject.builder()
        .put("address", config.addressText())
        .put("gateway", config.gateway() == null ? null : config.gateway().text())
        .build();
  }

  private static TfObject userAccount(Admin admin) {
    var a = TfObject.builder().put("username", admin.name()).put("keys", keys(admin));
    if (admin.passwordHash() != null) {
      a.expr("password", "var." + admin.passwordHash().variable());
    }
    return a.build();
  }

  /** The admin's public keys: literals as strings, keys from secrets as their variables. */
  static TfValue keys(Admin admin) {
    return TfValue.list(admin.sshKeys().stream()
        .map(k -> k instanceof SshKey.Literal l ? TfValue.str(l.publicKey())
            : TfValue.expr("var." + ((SshKey.FromSecret) k).secret().variable()))
        .toList());
  }
}
