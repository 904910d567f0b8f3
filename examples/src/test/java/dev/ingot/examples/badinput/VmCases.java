package dev.ingot.examples.badinput;

import static dev.ingot.examples.badinput.BadInput.bad;
import static dev.ingot.examples.badinput.Fixture.ADMIN;
import static dev.ingot.examples.badinput.Fixture.GPU;
import static dev.ingot.examples.badinput.Fixture.PVE;
import static dev.ingot.examples.badinput.Fixture.PVE2;
import static dev.ingot.examples.badinput.Fixture.SECRETS;
import static dev.ingot.examples.badinput.Fixture.TANK;
import static dev.ingot.examples.badinput.Fixture.UTIL;
import static dev.ingot.examples.badinput.Fixture.site;

import dev.ingot.core.value.Size;
import dev.ingot.proxmox.ContentType;
import dev.ingot.proxmox.DirStorage;
import dev.ingot.proxmox.image.GoldenImage;
import dev.ingot.proxmox.image.IsoImage;
import dev.ingot.proxmox.image.WindowsRecipe;
import dev.ingot.proxmox.pci.PciDevice;
import dev.ingot.proxmox.vm.Cdrom;
import dev.ingot.proxmox.vm.GuestAgent;
import dev.ingot.proxmox.vm.HostPci;
import dev.ingot.proxmox.vm.IpConfig;
import dev.ingot.proxmox.vm.Machine;
import dev.ingot.proxmox.vm.NetworkDevice;
import dev.ingot.proxmox.vm.NicModel;
import dev.ingot.proxmox.vm.OsType;
import dev.ingot.proxmox.vm.Startup;
import dev.ingot.proxmox.vm.UserData;
import dev.ingot.proxmox.vm.Vm;
import dev.ingot.proxmox.vm.VmDisk;
import java.time.Duration;
import java.util.List;

/** VMs: node, ids, CPU and memory, disks, network devices and addresses, cloud-init, CD-ROM, passthrough. */
final class VmCases {
  /** A valid Windows Server golden image, cloned by a case. */
  private static final GoldenImage<WindowsRecipe> WINDOWS = GoldenImage.windowsServer(2025).on(PVE).storage(TANK)
      .vmId(9004).admin(ADMIN).iso(IsoImage.file(DirStorage.local(), "windows-server-2025-eval.iso"))
      .recipe(w -> w.adminPassword(SECRETS.ref("windows_admin_password")));

  private VmCases() {}

  /** The cases of this area, each with every problem it must report. */
  static List<BadInput> cases() {
    return List.of(
        bad("the VM is on a node that is not in the site", () -> site(UTIL.on(PVE2)), """
            error: vm "util" › node: node "pve2" is not part of infra "homelab"; add it with Infra.with(…)
            """),
        bad("the VM has neither node nor memory", () -> site(Vm.named("util")), """
            error: vm "util" › node: set the node with on(node), or clone a template
            error: vm "util" › memory: set the RAM with memory(Size.gib(…))
            """),
        bad("the VM id is below 100", () -> site(UTIL.vmId(99)), """
            error: vm "util" › vmId: 99 is not a VM id: use a number from 100 to 999999999
            """),
        bad("two VMs share a VM id", () -> site(UTIL, vm("backup").vmId(200)), """
            error: vm "backup" › vmId: VM id 200 is also the id of vm "util"
            """),
        bad("the VM needs more RAM than the node has", () -> site(UTIL.memory(Size.gib(128))), """
            warning: node "pve" › memory: vm "util" (128 GiB) and the ZFS ARC maximum (16 GiB) need 144 GiB, more than \
            the node's 96 GiB of RAM
            error: vm "util" › memory: the VM's 128 GiB of RAM is more than the 96 GiB of node "pve"
            """),
        bad("the RAM is not a whole number of MiB and the balloon is larger than the RAM",
            () -> site(UTIL.memory(Size.kib(4_194_305)).ballooning(Size.gib(8))), """
            error: vm "util" › memory: 4194305 KiB is not a whole number of MiB
            error: vm "util" › balloon: the balloon minimum of 8 GiB is more than the VM's 4194305 KiB of RAM
            """),
        bad("a CPU model the provider does not know, no cores, 17 sockets",
            () -> site(UTIL.cpuType("skylake").cores(0).sockets(17)), """
            error: vm "util" › cpu › type: "skylake" is not a CPU model bpg/proxmox knows, such as host, \
            x86-64-v2-AES, x86-64-v3 or EPYC-Genoa
            error: vm "util" › cpu › cores: 0 cores per socket is outside 1 to 2304
            error: vm "util" › cpu › sockets: 17 sockets is outside 1 to 16
            """),
        bad("the disk is 512 MiB, another is 1.5 GiB", () -> site(diskless("small")
            .disk(VmDisk.scsi(0).on(TANK.storage()).size(Size.mib(512)))
            .disk(VmDisk.scsi(1).on(TANK.storage()).size(Size.mib(1536)))), """
            error: vm "small" › disk[0] › size: a disk of 512 MiB is too small: the smallest is 1 GiB
            error: vm "small" › disk[1] › size: 1536 MiB is not a whole number of GiB: the provider sizes disks in GiB
            """),
        bad("a disk on a storage the node does not have, one on a storage without images",
            () -> site(diskless("two").disk(DirStorage.named("fast").path("/srv/fast").content(ContentType.IMAGES),
                Size.gib(8)).disk(DirStorage.local(), Size.gib(8))), """
            error: vm "two" › disk[0] › storage: node "pve" has no storage "fast"
            error: vm "two" › disk[1] › storage: storage "local" of node "pve" does not allow images, which a VM disk \
            needs; allow it with addContent(ContentType.IMAGES)
            """),
        bad("two disks in one slot, a VirtIO disk past the last slot shown as an SSD",
            () -> site(diskless("slots").disk(VmDisk.scsi(0).on(TANK.storage()).size(Size.gib(8)),
                VmDisk.scsi(0).on(TANK.storage()).size(Size.gib(8)),
                VmDisk.virtio(16).on(TANK.storage()).size(Size.gib(8)).ssd(true))), """
            error: vm "slots" › disk[1]: scsi0 is also disk[0]
            error: vm "slots" › disk[2] › index: virtio16 does not exist: virtio disks are numbered 0 to 15
            error: vm "slots" › disk[2] › ssd: VirtIO block disks cannot be shown as SSDs; use a SCSI disk
            """),
        bad("a disk without storage or size", () -> site(diskless("bare").disk(VmDisk.sata(0))), """
            error: vm "bare" › disk[0] › storage: set the storage with on(storage)
            error: vm "bare" › disk[0] › size: set the size with size(Size.gib(…))
            """),
        bad("the address has an octet above 255", () -> site(UTIL.ip("10.0.10.300/24")), """
            error: vm "util" › network[0] › ipv4 › address: "10.0.10.300/24" is not an address with a prefix length, \
            like 10.0.10.50/24
            """),
        bad("the address has no prefix length", () -> site(UTIL.ip("10.0.10.50")), """
            error: vm "util" › network[0] › ipv4 › address: "10.0.10.50" is not an address with a prefix length, like \
            10.0.10.50/24
            """),
        bad("the address is the network address and the gateway is in another subnet",
            () -> site(UTIL.ip("10.0.10.0/24").gateway("10.0.11.1")), """
            error: vm "util" › network[0] › ipv4 › address: 10.0.10.0/24 is the network address of its subnet, not a \
            host address
            error: vm "util" › network[0] › ipv4 › gateway: gateway 10.0.11.1 is outside the subnet of 10.0.10.0/24
            """),
        bad("the address is the broadcast address and the gateway is the VM itself",
            () -> site(UTIL.ip("10.0.10.255/24").gateway("10.0.10.255")), """
            error: vm "util" › network[0] › ipv4 › address: 10.0.10.255/24 is the broadcast address of its subnet, not \
            a host address
            error: vm "util" › network[0] › ipv4 › gateway: gateway 10.0.10.255 is the VM's own address
            """),
        bad("an IPv4 address as IPv6 and SLAAC for IPv4", () -> site(UTIL.network(NetworkDevice.bridge("vmbr1")
            .ipv4(IpConfig.auto()).ipv6(IpConfig.of("10.0.20.5/24")))), """
            error: vm "util" › network[1] › ipv4: SLAAC (auto) configures IPv6 addresses only; use dhcp() or a static \
            address
            error: vm "util" › network[1] › ipv6 › address: 10.0.20.5/24 is not an IPv6 address; set IPv4 addresses \
            with ip(…)
            """),
        bad("a DHCP device with a gateway", () -> site(UTIL.network(NetworkDevice.bridge("vmbr1").dhcp()
            .gateway("10.0.20.1"))), """
            error: vm "util" › network[1] › ipv4 › gateway: a gateway needs a static address: DHCP and SLAAC supply \
            their own
            """),
        bad("two VMs share an address", () -> site(UTIL, vm("backup").ip("10.0.10.50/24")), """
            error: vm "backup" › network[0] › ipv4 › address: 10.0.10.50 is also the address of vm "util" › network[0]
            """),
        bad("a multicast MAC address, and a MAC address two VMs share", () -> site(
            UTIL.network(NetworkDevice.bridge("vmbr1").mac("01:00:5e:00:00:01")),
            vm("backup").network(NetworkDevice.bridge("vmbr0").mac("bc:24:11:00:00:01")),
            vm("restore").vmId(301).network(NetworkDevice.bridge("vmbr0").mac("BC:24:11:00:00:01"))), """
            error: vm "util" › network[1] › mac: 01:00:5E:00:00:01 is a multicast address and cannot be given to a \
            network device
            error: vm "restore" › network[0] › mac: BC:24:11:00:00:01 is also the MAC address of vm "backup" › \
            network[0]
            """),
        bad("a DNS domain with a space and a DNS server by name",
            () -> site(UTIL.dns("home lab", "10.0.10.1", "dns.lan")), """
            error: vm "util" › cloudInit › dnsDomain: "home lab" is not a DNS domain like lan or example.org
            error: vm "util" › cloudInit › dnsServers[1]: "dns.lan" is not an IPv4 or IPv6 address
            """),
        bad("user data from outside the repository, with a reserved and a malformed variable",
            () -> site(UTIL.userData(UserData.file("/etc/cloud/user-data.yaml")
                .secret("admin_user", SECRETS.ref("tailscale_auth_key"))
                .secret("Auth-Key", SECRETS.ref("tailscale_auth_key")))), """
            error: vm "util" › cloudInit › userData › file: "/etc/cloud/user-data.yaml" is not a relative path inside \
            the repository made of letters, digits, ".", "_" and "-"
            error: vm "util" › cloudInit › userData › secrets["admin_user"]: admin_user is filled from the VM's admin \
            account; give the secret another name
            error: vm "util" › cloudInit › userData › secrets["Auth-Key"]: "Auth-Key" is not a valid identifier: use a \
            lower-case letter followed by lower-case letters, digits and underscores
            """),
        bad("user data uploaded to a storage without snippets", () -> site(UTIL.userData(
            UserData.file("cloud-init/util/user-data.yaml.tftpl").on(TANK.storage()))), """
            error: vm "util" › cloudInit › userData › storage: storage "tank" of node "pve" does not allow snippets, \
            which a cloud-init snippet needs; allow it with addContent(ContentType.SNIPPETS)
            """),
        bad("cloud-init without a disk to put its drive next to", () -> site(Vm.named("diskless").on(PVE)
            .vmId(300).memory(Size.gib(1)).admin(ADMIN)), """
            error: vm "diskless" › cloudInit › storage: the VM has no disk to put the cloud-init drive next to; set \
            its storage with cloudInitStorage(storage)
            """),
        bad("the CD-ROM file climbs out of the ISO directory, in the cloud-init slot",
            () -> site(UTIL.cdrom(Cdrom.iso(DirStorage.local(), "../../etc/shadow").at("ide2"))), """
            error: vm "util" › cdrom › slot: ide2 holds the cloud-init drive; put the CD-ROM in ide0
            error: vm "util" › cdrom › file: "../../etc/shadow" is not the file name of an ISO image (.iso or .img) \
            without a directory
            """),
        bad("the CD-ROM is on a storage without ISOs, in a slot q35 lacks", () -> site(vm("installer")
            .machine(Machine.Q35).cdrom(Cdrom.iso(TANK.storage(), "debian-13.iso").at("ide1"))), """
            error: vm "installer" › cdrom › slot: q35 machines have no ide1; use ide0 or a SATA slot
            error: vm "installer" › cdrom › storage: storage "tank" of node "pve" does not allow iso, which an ISO \
            image needs; allow it with addContent(ContentType.ISO)
            """),
        bad("a Windows 11 VM on SeaBIOS without TPM", () -> site(vm("win11").os(OsType.WIN11)), """
            error: vm "win11" › tpm: Windows 11 needs a TPM 2.0; add it with tpm(storage)
            error: vm "win11" › bios: Windows 11 needs UEFI; boot it with uefi(storage, true)
            """),
        bad("a clone of the Windows image given the admin's crypt(3) password hash", () -> site(WINDOWS,
            Vm.named("win").on(PVE).cloneOf(WINDOWS).vmId(301).memory(Size.gib(4)).admin(ADMIN)), """
            error: vm "win" › cloudInit › admin › passwordHash: cloudbase-init makes the cloud-init password the \
            Windows password as it is, and the admin's is a crypt(3) hash, which would become the password itself: \
            give this VM an admin without passwordHash(…) and log in with SSH keys
            """),
        bad("a UEFI VM without EFI disk", () -> site(vm("uefi").bios(dev.ingot.proxmox.vm.Bios.OVMF)), """
            error: vm "uefi" › efiDisk: a UEFI (OVMF) VM needs an EFI disk; add it with uefi(storage)
            """),
        bad("tags with upper case and one twice", () -> site(UTIL.tags("Prod", "web", "web")), """
            error: vm "util" › tags[0]: "Prod" is not a tag: use lower-case letters, digits, "_", "+", "-" and ".", \
            starting with a letter, digit or "_"
            error: vm "util" › tags[2]: tag "web" is listed twice
            """),
        bad("a negative start order and an agent timeout below a second", () -> site(UTIL.startup(Startup.order(-1))
            .guestAgent(GuestAgent.enabled().timeout(Duration.ofMillis(500)))), """
            error: vm "util" › agent › timeout: the agent timeout must be a positive whole number of seconds
            error: vm "util" › startup › order: the startup order cannot be negative
            """),
        bad("the VM passes through a device that is not in the site", () -> site(UTIL.passthrough(
            PciDevice.at("0000:02:00").on(PVE).functions("10de:2684").mapping("rtx4090"))), """
            error: vm "util" › passthrough[0]: pci device "pve/0000:02:00" is not part of infra "homelab"; add it with \
            Infra.with(…)
            """),
        bad("the VM passes through a device of another node that has no mapping", () -> site(PVE2,
            PciDevice.at("0000:02:00").on(PVE2).functions("8086:56a0"),
            UTIL.passthrough(PciDevice.at("0000:02:00").on(PVE2).functions("8086:56a0"))), """
            error: vm "util" › passthrough[0]: pci device "pve2/0000:02:00" has no resource mapping, and only root@pam \
            may pass raw PCI ids (not an API token); give the device mapping(…)
            error: vm "util" › passthrough[0]: pci device "pve2/0000:02:00" is in node "pve2", but the VM runs on node \
            "pve"
            """),
        bad("PCIe passthrough on i440fx, two primary GPUs, one device twice", () -> site(UTIL
            .passthrough(HostPci.of(GPU).pcie(true).primaryGpu(true)).passthrough(HostPci.of(GPU).primaryGpu(true))),
            """
            error: vm "util" › passthrough[0] › pcie: PCIe passthrough needs the q35 machine; set machine(Machine.Q35)
            error: vm "util" › passthrough[1]: pci device "pve/0000:01:00" is also passthrough[0]
            """),
        bad("two VMs that start on boot share the GPU",
            () -> site(UTIL.passthrough(GPU), vm("gaming").passthrough(GPU)), """
            error: vm "gaming" › passthrough[0]: pci device "pve/0000:01:00" is also passed through to vm "util", and \
            both start on boot; a device serves one running VM, so set onBoot(false) on one of them
            """));
  }

  /** A valid VM called {@code name} on pve: 2 GiB, VM id 300, a 16 GiB disk on tank. */
  private static Vm vm(String name) {
    return diskless(name).disk(TANK, Size.gib(16));
  }

  /** A valid VM called {@code name} on pve: 2 GiB, VM id 300, no disk yet. */
  private static Vm diskless(String name) {
    return Vm.named(name).on(PVE).vmId(300).memory(Size.gib(2));
  }
}
