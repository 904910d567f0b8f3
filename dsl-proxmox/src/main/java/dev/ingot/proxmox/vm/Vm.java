package dev.ingot.proxmox.vm;

import dev.ingot.core.value.Admin;
import dev.ingot.core.value.IpAddress;
import dev.ingot.core.value.Secret;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.Storage;
import dev.ingot.proxmox.UsesNodeMemory;
import dev.ingot.proxmox.UsesProviderSsh;
import dev.ingot.proxmox.pci.PciDevice;
import dev.ingot.proxmox.zfs.ZfsPool;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A Proxmox VM, created by Terraform ({@code proxmox_virtual_environment_vm}).
 *
 * <pre>{@code
 * Vm.named("util").vmId(100).cloneOf(debian)          // on the template's node unless on(node)
 *     .cores(2).memory(Size.gib(4)).disk(tank, Size.gib(32))
 *     .ip("10.0.10.50/24").gateway("10.0.10.1")       // the first network device, on vmbr0
 *     .admin(admin).guestAgent()
 *
 * Vm.named("win11").on(pve).os(OsType.WIN11).machine(Machine.Q35)
 *     .uefi(tank, true).tpm(tank)                     // OVMF with Secure Boot keys, TPM 2.0
 *     .cdrom(Cdrom.iso(local, "Win11_24H2_English_x64.iso"))
 * }</pre>
 *
 * <p>Unset settings are left out of the Terraform resource, so the provider's defaults apply
 * (noted on each component), except where those defaults are wrong for Ingot's sites: the CPU type
 * is {@code host}, the cloud-init drive goes to the first disk's storage, the EFI disk is of type
 * {@code 4m}, {@code on_boot} and the passthrough flags are always written.
 *
 * @param name the VM name, a DNS label; also its Terraform resource name ({@code -} becomes {@code _})
 * @param vmId the VM id, or null to let Proxmox pick the next free one
 * @param node the node, or null for the node of the template it is cloned from
 * @param cpu the virtual CPUs
 * @param memory the RAM (whole MiB)
 * @param balloon the least RAM the balloon driver may shrink the VM to, or null for no ballooning
 * @param bios the firmware, or null for the template's (clones) or SeaBIOS
 * @param efiDisk the EFI disk, which OVMF needs, or null
 * @param machine the chipset, or null for Proxmox's default (i440fx)
 * @param tpm the emulated TPM, or null
 * @param scsiController the SCSI controller, or null for the provider's default ({@code virtio-scsi-pci})
 * @param disks the disks, in order
 * @param networks the network devices, in order; cloud-init configures them in this order
 * @param agent the QEMU guest agent, or null when it is off
 * @param cloudInit the cloud-init settings besides the devices' addresses
 * @param cdrom the ISO in the CD-ROM drive, or null for no drive
 * @param serialConsole whether the console is a serial port ({@code serial0}), as cloud images expect
 * @param os the guest OS type, or null for Proxmox's default ({@code other})
 * @param tags the tags, in order
 * @param onBoot whether the VM starts when the node boots
 * @param startup the start and stop order, or null
 * @param passthrough the PCI devices passed through, in order ({@code hostpci0} first)
 * @param cloneOf the template it is cloned from, and how, or null
 * @param template whether the VM is itself a template
 */
public record Vm(String name, VmId vmId, ProxmoxNode node, Cpu cpu, Size memory, Size balloon, Bios bios,
    EfiDisk efiDisk, Machine machine, TpmState tpm, ScsiController scsiController, List<VmDisk> disks,
    List<NetworkDevice> networks, GuestAgent agent, CloudInit cloudInit, Cdrom cdrom, boolean serialConsole,
    OsType os, List<String> tags, boolean onBoot, Startup startup, List<HostPci> passthrough, Clone cloneOf,
    boolean template) implements DefinesVm, UsesNodeMemory, UsesProviderSsh {
  /** Checks for null and copies the lists. */
  public Vm {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(cpu, "cpu");
    Objects.requireNonNull(cloudInit, "cloudInit");
    disks = List.copyOf(disks);
    networks = List.copyOf(networks);
    tags = List.copyOf(tags);
    passthrough = List.copyOf(passthrough);
  }

  /** A VM called {@code name}: one {@code host} CPU core, no disks or network devices yet, started on boot. */
  public static Vm named(String name) {
    return new Vm(name, null, null, Cpu.host(), null, null, null, null, null, null, null, List.of(), List.of(), null,
        CloudInit.NONE, null, false, null, List.of(), true, null, List.of(), null, false);
  }

  /** This VM with VM id {@code id}. */
  public Vm vmId(long id) {
    return with(d -> d.vmId = VmId.of(id));
  }

  /** This VM on {@code node}. */
  public Vm on(ProxmoxNode node) {
    return with(d -> d.node = node);
  }

  /** This VM with the virtual CPUs {@code cpu}. */
  public Vm cpu(Cpu cpu) {
    return with(d -> d.cpu = cpu);
  }

  /** This VM with {@code cores} cores per socket. */
  public Vm cores(int cores) {
    return cpu(cpu.cores(cores));
  }

  /** This VM with {@code sockets} sockets. */
  public Vm sockets(int sockets) {
    return cpu(cpu.sockets(sockets));
  }

  /** This VM with the NUMA topology shown to the guest ({@code true}) or hidden. */
  public Vm numa(boolean numa) {
    return cpu(cpu.numa(numa));
  }

  /** This VM with CPU model {@code type} instead of {@code host}, e.g. {@code x86-64-v3}. */
  public Vm cpuType(String type) {
    return cpu(cpu.type(type));
  }

  /** This VM with {@code memory} of RAM. */
  public Vm memory(Size memory) {
    return with(d -> d.memory = memory);
  }

  /** This VM with a balloon device that may shrink its RAM down to {@code minimum} when the node needs memory. */
  public Vm ballooning(Size minimum) {
    return with(d -> d.balloon = minimum);
  }

  /** This VM with firmware {@code bios}. */
  public Vm bios(Bios bios) {
    return with(d -> d.bios = bios);
  }

  /** This VM with the EFI disk {@code efiDisk}. */
  public Vm efiDisk(EfiDisk efiDisk) {
    return with(d -> d.efiDisk = efiDisk);
  }

  /** This VM booting with UEFI (OVMF), its EFI disk on {@code storage}, Secure Boot keys not enrolled. */
  public Vm uefi(Storage storage) {
    return uefi(storage, false);
  }

  /** This VM booting with UEFI (OVMF), its EFI disk on {@code storage}, with Secure Boot keys enrolled or not. */
  public Vm uefi(Storage storage, boolean preEnrolledKeys) {
    return bios(Bios.OVMF).efiDisk(new EfiDisk(storage, preEnrolledKeys));
  }

  /** This VM booting with UEFI (OVMF), its EFI disk on the storage of {@code pool}, Secure Boot keys not enrolled. */
  public Vm uefi(ZfsPool pool) {
    return uefi(pool, false);
  }

  /** This VM booting with UEFI (OVMF), its EFI disk on the storage of {@code pool}, with Secure Boot keys or not. */
  public Vm uefi(ZfsPool pool, boolean preEnrolledKeys) {
    return uefi(VmDisk.storageOf(pool), preEnrolledKeys);
  }

  /** This VM emulating chipset {@code machine}. */
  public Vm machine(Machine machine) {
    return with(d -> d.machine = machine);
  }

  /** This VM with a TPM 2.0 whose state is on {@code storage}. */
  public Vm tpm(Storage storage) {
    return tpm(new TpmState(storage, TpmVersion.V2_0));
  }

  /** This VM with a TPM 2.0 whose state is on the storage of {@code pool}. */
  public Vm tpm(ZfsPool pool) {
    return tpm(VmDisk.storageOf(pool));
  }

  /** This VM with the TPM {@code tpm}. */
  public Vm tpm(TpmState tpm) {
    return with(d -> d.tpm = tpm);
  }

  /** This VM with SCSI controller {@code controller}. */
  public Vm scsiController(ScsiController controller) {
    return with(d -> d.scsiController = controller);
  }

  /** This VM with more disks. */
  public Vm disk(VmDisk... more) {
    return with(d -> d.disks.addAll(Arrays.asList(more)));
  }

  /** This VM with one more SCSI disk of {@code size} on {@code storage}, at the next free SCSI index. */
  public Vm disk(Storage storage, Size size) {
    int next = disks.stream().filter(k -> k.bus() == DiskBus.SCSI).mapToInt(k -> k.index() + 1).max().orElse(0);
    return disk(VmDisk.scsi(next).on(storage).size(size));
  }

  /** This VM with one more SCSI disk of {@code size} on the storage of {@code pool}. */
  public Vm disk(ZfsPool pool, Size size) {
    return disk(VmDisk.storageOf(pool), size);
  }

  /** This VM with more network devices. */
  public Vm network(NetworkDevice... more) {
    return with(d -> d.networks.addAll(Arrays.asList(more)));
  }

  /** This VM with the static IPv4 address {@code cidr} on its first network device (created on vmbr0 if needed). */
  public Vm ip(String cidr) {
    return firstNetwork(n -> n.ip(cidr));
  }

  /** This VM with the IPv4 default gateway {@code gateway} on its first network device. */
  public Vm gateway(String gateway) {
    return firstNetwork(n -> n.gateway(gateway));
  }

  /** This VM getting the IPv4 address of its first network device from DHCP. */
  public Vm dhcp() {
    return firstNetwork(NetworkDevice::dhcp);
  }

  /** This VM with the static IPv6 address {@code cidr} on its first network device. */
  public Vm ipv6(String cidr) {
    return firstNetwork(n -> n.ipv6(cidr));
  }

  /** This VM with the QEMU guest agent enabled with the provider's defaults. */
  public Vm guestAgent() {
    return guestAgent(GuestAgent.enabled());
  }

  /** This VM with the QEMU guest agent {@code agent}; null turns it off. */
  public Vm guestAgent(GuestAgent agent) {
    return with(d -> d.agent = agent);
  }

  /** This VM with the cloud-init settings {@code cloudInit}. */
  public Vm cloudInit(CloudInit cloudInit) {
    return with(d -> d.cloudInit = cloudInit);
  }

  /** This VM with the admin account {@code admin}, set up by cloud-init. */
  public Vm admin(Admin admin) {
    return cloudInit(cloudInit.admin(admin));
  }

  /** This VM resolving names with {@code servers} and search domain {@code domain} (null for none). */
  public Vm dns(String domain, String... servers) {
    return cloudInit(cloudInit.dns(domain, Arrays.stream(servers).map(IpAddress::of).toList()));
  }

  /** This VM with the custom cloud-init user data {@code userData}. */
  public Vm userData(UserData userData) {
    return cloudInit(cloudInit.userData(userData));
  }

  /** This VM with its cloud-init drive on {@code storage}. */
  public Vm cloudInitStorage(Storage storage) {
    return cloudInit(cloudInit.storage(storage));
  }

  /** This VM with {@code cdrom} in its CD-ROM drive. */
  public Vm cdrom(Cdrom cdrom) {
    return with(d -> d.cdrom = cdrom);
  }

  /** This VM with its console on the serial port {@code serial0} ({@code true}), as cloud images expect, or on VGA. */
  public Vm serialConsole(boolean serialConsole) {
    return with(d -> d.serialConsole = serialConsole);
  }

  /** This VM tuned for guest OS type {@code os}. */
  public Vm os(OsType os) {
    return with(d -> d.os = os);
  }

  /** This VM with more tags. */
  public Vm tags(String... more) {
    return with(d -> d.tags.addAll(Arrays.asList(more)));
  }

  /** This VM started when the node boots ({@code true}) or not. */
  public Vm onBoot(boolean onBoot) {
    return with(d -> d.onBoot = onBoot);
  }

  /** This VM started and stopped as {@code startup} says. */
  public Vm startup(Startup startup) {
    return with(d -> d.startup = startup);
  }

  /** This VM started in position {@code order} when the node boots. */
  public Vm startupOrder(int order) {
    return startup(Startup.order(order));
  }

  /** This VM with {@code device} passed through by its resource mapping. */
  public Vm passthrough(PciDevice device) {
    return passthrough(HostPci.of(device));
  }

  /** This VM with the PCI passthrough {@code hostPci}. */
  public Vm passthrough(HostPci hostPci) {
    return with(d -> d.passthrough.add(hostPci));
  }

  /** This VM as a full clone of {@code template}. */
  public Vm cloneOf(VmTemplate template) {
    return with(d -> d.cloneOf = new Clone(template, true));
  }

  /** This VM as a linked clone of {@code template}: its disks stay on the template's storage. */
  public Vm linkedCloneOf(VmTemplate template) {
    return with(d -> d.cloneOf = new Clone(template, false));
  }

  /** This VM made into a template ({@code true}), which never starts and which VMs may be cloned from. */
  public Vm template(boolean template) {
    return with(d -> d.template = template);
  }

  /** The node: the one given, else the node of the template it is cloned from; null when neither is known. */
  @Override
  public ProxmoxNode node() {
    if (node != null) {
      return node;
    }
    return cloneOf == null ? null : cloneOf.template().node();
  }

  /** The firmware the VM boots with: the one given, else its template's, else SeaBIOS. */
  public Bios firmware() {
    if (bios != null) {
      return bios;
    }
    return cloneOf == null ? Bios.SEABIOS : cloneOf.template().bios();
  }

  /**
   * The storage of the cloud-init drive: the one given, else the first disk's, else the template's;
   * null when none is known.
   */
  public Storage cloudInitStorage() {
    if (cloudInit.storage() != null) {
      return cloudInit.storage();
    }
    if (!disks.isEmpty()) {
      return disks.get(0).storage();
    }
    return cloneOf == null ? null : cloneOf.template().storage();
  }

  /** True when cloud-init sets anything up in the VM, including the addresses of its network devices. */
  public boolean usesCloudInit() {
    return !cloudInit.isEmpty() || networks.stream().anyMatch(NetworkDevice::hasIpConfig);
  }

  /** The Terraform address of this VM's resource, e.g. {@code proxmox_virtual_environment_vm.util}. */
  public String resourceAddress() {
    return VmResource.address(this);
  }

  /** This VM itself. */
  @Override
  public Vm vm() {
    return this;
  }

  @Override
  public String kind() {
    return "vm";
  }

  /** The secrets of the admin account and of the user data. */
  @Override
  public List<Secret> secrets() {
    var secrets = new ArrayList<Secret>();
    if (cloudInit.admin() != null) {
      secrets.addAll(cloudInit.admin().secrets());
    }
    if (cloudInit.userData() != null) {
      secrets.addAll(cloudInit.userData().secrets().values());
    }
    return secrets;
  }

  /** True when the VM uploads a user-data snippet, which the provider does over SSH. */
  @Override
  public boolean usesProviderSsh() {
    return cloudInit.userData() != null;
  }

  private Vm firstNetwork(UnaryOperator<NetworkDevice> change) {
    return with(d -> {
      if (d.networks.isEmpty()) {
        d.networks.add(NetworkDevice.bridge(NetworkDevice.DEFAULT_BRIDGE));
      }
      d.networks.set(0, change.apply(d.networks.get(0)));
    });
  }

  private Vm with(Consumer<Draft> change) {
    var draft = new Draft(this);
    change.accept(draft);
    return draft.build();
  }

  /** A mutable copy of a VM, so that each change above is one line. */
  private static final class Draft {
    private final String name;
    private VmId vmId;
    private ProxmoxNode node;
    private Cpu cpu;
    private Size memory;
    private Size balloon;
    private Bios bios;
    private EfiDisk efiDisk;
    private Machine machine;
    private TpmState tpm;
    private ScsiController scsiController;
    private final List<VmDisk> disks;
    private final List<NetworkDevice> networks;
    private GuestAgent agent;
    private CloudInit cloudInit;
    private Cdrom cdrom;
    private boolean serialConsole;
    private OsType os;
    private final List<String> tags;
    private boolean onBoot;
    private Startup startup;
    private final List<HostPci> passthrough;
    private Clone cloneOf;
    private boolean template;

    private Draft(Vm vm) {
      name = vm.name;
      vmId = vm.vmId;
      node = vm.node;
      cpu = vm.cpu;
      memory = vm.memory;
      balloon = vm.balloon;
      bios = vm.bios;
      efiDisk = vm.efiDisk;
      machine = vm.machine;
      tpm = vm.tpm;
      scsiController = vm.scsiController;
      disks = new ArrayList<>(vm.disks);
      networks = new ArrayList<>(vm.networks);
      agent = vm.agent;
      cloudInit = vm.cloudInit;
      cdrom = vm.cdrom;
      serialConsole = vm.serialConsole;
      os = vm.os;
      tags = new ArrayList<>(vm.tags);
      onBoot = vm.onBoot;
      startup = vm.startup;
      passthrough = new ArrayList<>(vm.passthrough);
      cloneOf = vm.cloneOf;
      template = vm.template;
    }

    private Vm build() {
      return new Vm(name, vmId, node, cpu, memory, balloon, bios, efiDisk, machine, tpm, scsiController, disks,
          networks, agent, cloudInit, cdrom, serialConsole, os, tags, onBoot, startup, passthrough, cloneOf, template);
    }
  }
}
