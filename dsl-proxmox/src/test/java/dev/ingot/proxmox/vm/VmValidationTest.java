package dev.ingot.proxmox.vm;

import static dev.ingot.proxmox.vm.VmSites.DEBIAN;
import static dev.ingot.proxmox.vm.VmSites.GPU;
import static dev.ingot.proxmox.vm.VmSites.LOCAL;
import static dev.ingot.proxmox.vm.VmSites.PVE;
import static dev.ingot.proxmox.vm.VmSites.TANK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingot.core.Component;
import dev.ingot.core.Infra;
import dev.ingot.core.value.Admin;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.BootLoader;
import dev.ingot.proxmox.ContentType;
import dev.ingot.proxmox.CpuVendor;
import dev.ingot.proxmox.DirStorage;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.TestSites;
import dev.ingot.proxmox.ZfsPoolStorage;
import dev.ingot.proxmox.pci.PciDevice;
import dev.ingot.proxmox.template.CloudImageTemplate;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule of a VM alone and in its site, with the exact path and message it reports. */
class VmValidationTest {
  private static final ProxmoxNode PVE2 = ProxmoxNode.named("pve2").endpoint("https://pve2.lan:8006/")
      .cpu(CpuVendor.AMD).memory(Size.gib(64)).bootLoader(BootLoader.SYSTEMD_BOOT);

  /** A valid VM on the MS-A2: 2 GiB, a 16 GiB disk on tank. */
  private static Vm vm(String name) {
    return Vm.named(name).on(PVE).memory(Size.gib(2)).disk(TANK, Size.gib(16));
  }

  private static List<String> problems(Component... components) {
    return TestSites.problems(VmSites.with(components));
  }

  @Test
  void aPlainVmIsValid() {
    assertThat(problems(vm("a"))).isEmpty();
  }

  @Test
  void vmIdsAreUniqueAcrossVms() {
    assertThat(problems(vm("a").vmId(100), vm("b").vmId(100)))
        .containsExactly("vm \"b\" › vmId: VM id 100 is also the id of vm \"a\"");
  }

  @Test
  void vmIdsAreUniqueAcrossVmsAndTemplates() {
    assertThat(problems(DEBIAN, vm("a").vmId(9000), StubTemplate.golden(PVE, TANK.storage()), vm("b").vmId(9100)))
        .containsExactly("vm \"a\" › vmId: VM id 9000 is also the id of template \"debian-13\"",
            "vm \"b\" › vmId: VM id 9100 is also the id of golden image \"debian-golden\"");
  }

  @Test
  void vmIdsAreInProxmoxRange() {
    assertThat(problems(vm("a").vmId(99))).containsExactly("vm \"a\" › vmId: 99 is not a VM id: use a number from 100"
        + " to 999999999");
  }

  @Test
  void namesAreUniqueAcrossVmsAndTemplates() {
    var template = CloudImageTemplate.named("util", CloudImage.debian13()).on(PVE).vmId(9000).storage(TANK);
    assertThat(problems(template, vm("util")))
        .containsExactly("vm \"util\" › name: the name \"util\" is also the name of template \"util\"");
  }

  @Test
  void twoVmsOfOneNameAreReportedOnce() {
    assertThat(problems(vm("a"), vm("a"))).containsExactly("vm \"a\": vm \"a\" is defined twice (components 3 and 4"
        + " of infra \"homelab\")");
  }

  @Test
  void aVmNameIsADnsLabel() {
    assertThat(problems(vm("Util_1"))).containsExactly("vm \"Util_1\" › name: \"Util_1\" is not a valid name: use 1 to"
        + " 63 lower-case letters, digits and hyphens, starting and ending with a letter or digit");
  }

  @Test
  void aVmNeedsANodeAndMemory() {
    assertThat(problems(Vm.named("a").disk(TANK, Size.gib(8)))).containsExactly(
        "vm \"a\" › node: set the node with on(node), or clone a template",
        "vm \"a\" › memory: set the RAM with memory(Size.gib(…))");
  }

  @Test
  void theNodeIsPartOfTheSite() {
    assertThat(problems(vm("a").on(PVE2))).containsExactly(
        "vm \"a\" › node: node \"pve2\" is not part of infra \"homelab\"; add it with Infra.with(…)");
  }

  @Test
  void cpuCountsAreInRange() {
    assertThat(problems(vm("a").cores(0).sockets(17), vm("b").cores(2305).cpuType("pentium4"))).containsExactly(
        "vm \"a\" › cpu › cores: 0 cores per socket is outside 1 to 2304",
        "vm \"a\" › cpu › sockets: 17 sockets is outside 1 to 16",
        "vm \"b\" › cpu › type: \"pentium4\" is not a CPU model bpg/proxmox knows, such as host, x86-64-v2-AES,"
            + " x86-64-v3 or EPYC-Genoa",
        "vm \"b\" › cpu › cores: 2305 cores per socket is outside 1 to 2304");
  }

  @Test
  void memoryIsInRange() {
    assertThat(problems(vm("a").memory(Size.mib(32)), vm("b").memory(Size.kib(1536 * 1024 + 1))))
        .containsExactly("vm \"a\" › memory: a VM needs at least 64 MiB of RAM, not 32 MiB",
            "vm \"b\" › memory: 1572865 KiB is not a whole number of MiB");
  }

  @Test
  void memoryFitsTheNode() {
    assertThat(problems(vm("a").memory(Size.gib(128)))).containsExactly(
        "warning: node \"pve\" › memory: vm \"a\" (128 GiB) and the ZFS ARC maximum (16 GiB) need 144 GiB, more than"
            + " the node's 96 GiB of RAM",
        "vm \"a\" › memory: the VM's 128 GiB of RAM is more than the 96 GiB of node \"pve\"");
  }

  @Test
  void theBalloonStaysBelowTheMemory() {
    assertThat(problems(vm("a").ballooning(Size.gib(4)), vm("b").ballooning(Size.ZERO))).containsExactly(
        "vm \"a\" › balloon: the balloon minimum of 4 GiB is more than the VM's 2 GiB of RAM",
        "vm \"b\" › balloon: the balloon minimum must be positive; leave ballooning out to turn the balloon off");
  }

  @Test
  void ballooningWithPassthroughIsAWarning() {
    assertThat(problems(vm("a").ballooning(Size.gib(1)).passthrough(GPU))).containsExactly(
        "warning: vm \"a\" › balloon: the RAM of a VM with PCI passthrough is pinned, so the balloon cannot shrink it");
  }

  @Test
  void ovmfNeedsAnEfiDisk() {
    assertThat(problems(vm("a").bios(Bios.OVMF))).containsExactly(
        "vm \"a\" › efiDisk: a UEFI (OVMF) VM needs an EFI disk; add it with uefi(storage)");
  }

  @Test
  void anEfiDiskNeedsOvmf() {
    assertThat(problems(vm("a").efiDisk(new EfiDisk(TANK.storage(), false)))).containsExactly(
        "vm \"a\" › efiDisk: an EFI disk is for UEFI (OVMF) VMs, and this one boots SeaBIOS");
  }

  @Test
  void windows11NeedsTpm2AndOvmf() {
    assertThat(problems(vm("a").os(OsType.WIN11), vm("b").os(OsType.WIN11).uefi(TANK, true)
        .tpm(new TpmState(TANK.storage(), TpmVersion.V1_2)))).containsExactly(
            "vm \"a\" › tpm: Windows 11 needs a TPM 2.0; add it with tpm(storage)",
            "vm \"a\" › bios: Windows 11 needs UEFI; boot it with uefi(storage, true)",
            "vm \"b\" › tpm: Windows 11 needs a TPM 2.0; add it with tpm(storage)");
  }

  @Test
  void windows11WithoutSecureBootKeysIsAWarning() {
    assertThat(problems(vm("a").os(OsType.WIN11).uefi(TANK).tpm(TANK))).containsExactly(
        "warning: vm \"a\" › efiDisk: Windows 11 expects Secure Boot; enroll the keys with uefi(storage, true)");
  }

  @Test
  void aDiskNeedsAStorageOfTheNode() {
    assertThat(problems(vm("a").disk(VmDisk.scsi(1).on(ZfsPoolStorage.of("fast", "fast")).size(Size.gib(8)))))
        .containsExactly("vm \"a\" › disk[1] › storage: node \"pve\" has no storage \"fast\"");
  }

  @Test
  void aDiskNeedsAStorageThatAllowsImages() {
    assertThat(problems(vm("a").disk(LOCAL, Size.gib(8)))).containsExactly("vm \"a\" › disk[1] › storage: storage"
        + " \"local\" of node \"pve\" does not allow images, which a VM disk needs; allow it with"
        + " addContent(ContentType.IMAGES)");
  }

  @Test
  void aDiskOnAnUnregisteredPoolIsMissing() {
    var pool = TestSites.tank(PVE).unregistered();
    assertThat(TestSites.problems(Infra.named("homelab").with(PVE, pool,
        Vm.named("a").on(PVE).memory(Size.gib(2)).disk(pool, Size.gib(8)))))
        .containsExactly("vm \"a\" › disk[0] › storage: node \"pve\" has no storage \"tank\"");
  }

  @Test
  void diskSizesAreWholeGibFromOne() {
    assertThat(problems(Vm.named("a").on(PVE).memory(Size.gib(1)).disk(TANK, Size.mib(512))
        .disk(VmDisk.scsi(1).on(TANK).size(Size.mib(1536))).disk(VmDisk.sata(2).on(TANK)))).containsExactly(
            "vm \"a\" › disk[0] › size: a disk of 512 MiB is too small: the smallest is 1 GiB",
            "vm \"a\" › disk[1] › size: 1536 MiB is not a whole number of GiB: the provider sizes disks in GiB",
            "vm \"a\" › disk[2] › size: set the size with size(Size.gib(…))");
  }

  @Test
  void aNegativeDiskSizeIsTooSmall() {
    // the example of docs/architecture.md
    assertThat(problems(Vm.named("talos-cp-1").on(PVE).memory(Size.gib(1)).disk(TANK, Size.gib(-1)))).containsExactly(
        "vm \"talos-cp-1\" › disk[0] › size: a disk of -1 GiB is too small: the smallest is 1 GiB");
  }

  @Test
  void diskInterfacesExistAndAreUsedOnce() {
    assertThat(problems(vm("a").disk(VmDisk.scsi(0).on(TANK).size(Size.gib(8)), VmDisk.sata(6).on(TANK)
        .size(Size.gib(8)), VmDisk.virtio(0).on(TANK).size(Size.gib(8)).ssd(true)))).containsExactly(
            "vm \"a\" › disk[1]: scsi0 is also disk[0]",
            "vm \"a\" › disk[2] › index: sata6 does not exist: sata disks are numbered 0 to 5",
            "vm \"a\" › disk[3] › ssd: VirtIO block disks cannot be shown as SSDs; use a SCSI disk");
  }

  @Test
  void anIothreadOnScsiNeedsTheSingleController() {
    assertThat(problems(Vm.named("a").on(PVE).memory(Size.gib(1)).disk(VmDisk.scsi(0).on(TANK).size(Size.gib(8))
        .iothread(true)))).containsExactly("warning: vm \"a\" › disk[0] › iothread: Proxmox ignores iothread on SCSI"
            + " disks unless the SCSI controller is virtio-scsi-single; set"
            + " scsiController(ScsiController.VIRTIO_SCSI_SINGLE)");
  }

  @Test
  void aSnippetNeedsAStorageThatAllowsSnippets() {
    assertThat(problems(vm("a").userData(UserData.file("cloud-init/a.yaml").on(TANK.storage())))).containsExactly(
        "vm \"a\" › cloudInit › userData › storage: storage \"tank\" of node \"pve\" does not allow snippets, which"
            + " a cloud-init snippet needs; allow it with addContent(ContentType.SNIPPETS)");
  }

  @Test
  void userDataIsARepositoryPathWithIdentifierVariables() {
    var secret = VmSites.SECRETS.ref("token");
    assertThat(problems(vm("a").userData(UserData.file("../etc/passwd").secret("admin_user", secret)
        .secret("Bad-Name", secret)))).containsExactly(
            "vm \"a\" › cloudInit › userData › file: \"../etc/passwd\" is not a relative path inside the repository"
                + " made of letters, digits, \".\", \"_\" and \"-\"",
            "vm \"a\" › cloudInit › userData › secrets[\"admin_user\"]: admin_user is filled from the VM's admin"
                + " account; give the secret another name",
            "vm \"a\" › cloudInit › userData › secrets[\"Bad-Name\"]: \"Bad-Name\" is not a valid identifier: use a"
                + " lower-case letter followed by lower-case letters, digits and underscores");
  }

  @Test
  void theCloudInitDriveNeedsAStorage() {
    assertThat(problems(Vm.named("a").on(PVE).memory(Size.gib(1)).ip("10.0.10.9/24"))).containsExactly(
        "vm \"a\" › cloudInit › storage: the VM has no disk to put the cloud-init drive next to; set its storage with"
            + " cloudInitStorage(storage)");
    assertThat(problems(vm("a").ip("10.0.10.9/24").cloudInitStorage(LOCAL))).containsExactly(
        "vm \"a\" › cloudInit › storage: storage \"local\" of node \"pve\" does not allow images, which a cloud-init"
            + " drive needs; allow it with addContent(ContentType.IMAGES)");
  }

  @Test
  void onePciDeviceServesOneVmStartingOnBoot() {
    assertThat(problems(vm("a").passthrough(GPU), vm("b").passthrough(GPU))).containsExactly(
        "vm \"b\" › passthrough[0]: pci device \"pve/0000:01:00\" is also passed through to vm \"a\", and both start"
            + " on boot; a device serves one running VM, so set onBoot(false) on one of them");
    assertThat(problems(vm("a").passthrough(GPU), vm("b").passthrough(GPU).onBoot(false))).isEmpty();
  }

  @Test
  void aPciDeviceIsOnTheVmsNode() {
    PciDevice gpu2 = PciDevice.at("0000:02:00").on(PVE2).functions("10de:27b2").mapping("rtx4000b").iommuGroup(3)
        .subsystemId("10de:181b");
    assertThat(problems(PVE2, gpu2, vm("a").passthrough(gpu2))).containsExactly(
        "vm \"a\" › passthrough[0]: pci device \"pve2/0000:02:00\" is in node \"pve2\", but the VM runs on node"
            + " \"pve\"");
  }

  @Test
  void aPciDeviceIsPassedByMappingAndOnce() {
    PciDevice raw = PciDevice.at("0000:03:00").on(PVE).functions("8086:1533");
    assertThat(problems(raw, vm("a").passthrough(raw).passthrough(GPU).passthrough(GPU))).containsExactly(
        "vm \"a\" › passthrough[0]: pci device \"pve/0000:03:00\" has no resource mapping, and only root@pam may pass"
            + " raw PCI ids (not an API token); give the device mapping(…)",
        "vm \"a\" › passthrough[2]: pci device \"pve/0000:01:00\" is also passthrough[1]");
  }

  @Test
  void aPciDeviceIsPartOfTheSite() {
    PciDevice absent = PciDevice.at("0000:03:00").on(PVE).functions("8086:1533").mapping("nic");
    assertThat(problems(vm("a").passthrough(absent))).containsExactly("vm \"a\" › passthrough[0]: pci device"
        + " \"pve/0000:03:00\" is not part of infra \"homelab\"; add it with Infra.with(…)");
  }

  @Test
  void pcieNeedsQ35() {
    assertThat(problems(vm("a").passthrough(HostPci.of(GPU).pcie(true)))).containsExactly(
        "vm \"a\" › passthrough[0] › pcie: PCIe passthrough needs the q35 machine; set machine(Machine.Q35)");
    assertThat(problems(vm("a").machine(Machine.Q35).passthrough(HostPci.of(GPU).pcie(true)))).isEmpty();
  }

  @Test
  void addressesAreUniqueAcrossTheSite() {
    assertThat(problems(vm("a").ip("10.0.10.50/24"), vm("b").ip("10.0.10.50/16").ipv6("fd00::50/64"),
        vm("c").network(NetworkDevice.bridge("vmbr1").ipv6("FD00:0::50/64")))).containsExactly(
            "vm \"b\" › network[0] › ipv4 › address: 10.0.10.50 is also the address of vm \"a\" › network[0]",
            "vm \"c\" › network[0] › ipv6 › address: fd00:0::50 is also the address of vm \"b\" › network[0]");
  }

  @Test
  void macAddressesAreUniqueAndWellFormed() {
    assertThat(problems(vm("a").network(NetworkDevice.bridge("vmbr0").mac("bc:24:11:00:00:01")),
        vm("b").network(NetworkDevice.bridge("vmbr0").mac("BC:24:11:00:00:01"),
            NetworkDevice.bridge("vmbr0").mac("BC:24:11:00:01")))).containsExactly(
                "vm \"b\" › network[0] › mac: BC:24:11:00:00:01 is also the MAC address of vm \"a\" › network[0]",
                "vm \"b\" › network[1] › mac: \"BC:24:11:00:01\" is not a MAC address like BC:24:11:00:00:01");
  }

  @Test
  void malformedAddressesAreReported() {
    assertThat(problems(vm("a").ip("10.0.10.500/24").gateway("10.0.10.1"), vm("b").ip("10.0.10.5").ipv6("fd00::5"),
        vm("c").ip("fd00::5/64"))).containsExactly(
            "vm \"a\" › network[0] › ipv4 › address: \"10.0.10.500/24\" is not an address with a prefix length, like"
                + " 10.0.10.50/24",
            "vm \"b\" › network[0] › ipv4 › address: \"10.0.10.5\" is not an address with a prefix length, like"
                + " 10.0.10.50/24",
            "vm \"b\" › network[0] › ipv6 › address: \"fd00::5\" is not an address with a prefix length, like"
                + " 10.0.10.50/24",
            "vm \"c\" › network[0] › ipv4 › address: fd00::5/64 is not an IPv4 address; set IPv6 addresses with"
                + " ipv6(…)");
  }

  @Test
  void theGatewayIsInTheSubnet() {
    assertThat(problems(vm("a").ip("10.0.10.50/24").gateway("10.0.20.1"), vm("b").ip("10.0.10.51/24")
        .gateway("10.0.10.51"), vm("c").ip("10.0.10.52/24").gateway("fd00::1"), vm("d").gateway("10.0.10.1")))
        .containsExactly(
            "vm \"a\" › network[0] › ipv4 › gateway: gateway 10.0.20.1 is outside the subnet of 10.0.10.50/24",
            "vm \"b\" › network[0] › ipv4 › gateway: gateway 10.0.10.51 is the VM's own address",
            "vm \"c\" › network[0] › ipv4 › gateway: gateway fd00::1 is not an IPv4 address",
            "vm \"d\" › network[0] › ipv4 › address: set the address the gateway belongs to, e.g."
                + " ip(\"10.0.10.50/24\")");
  }

  @Test
  void hostAddressesAreNeitherNetworkNorBroadcast() {
    assertThat(problems(vm("a").ip("10.0.10.0/24"), vm("b").ip("10.0.10.255/24"), vm("c").ip("10.0.10.7/31")))
        .containsExactly("vm \"a\" › network[0] › ipv4 › address: 10.0.10.0/24 is the network address of its subnet,"
            + " not a host address",
            "vm \"b\" › network[0] › ipv4 › address: 10.0.10.255/24 is the broadcast address of its subnet, not a host"
                + " address");
  }

  @Test
  void dhcpAndSlaacBringTheirOwnGateway() {
    assertThat(problems(vm("a").network(NetworkDevice.bridge("vmbr0").ipv4(IpConfig.dhcp().gateway("10.0.10.1"))
        .ipv6(IpConfig.auto())), vm("b").network(NetworkDevice.bridge("vmbr0").ipv4(IpConfig.auto()))))
        .containsExactly("vm \"a\" › network[0] › ipv4 › gateway: a gateway needs a static address: DHCP and SLAAC"
            + " supply their own",
            "vm \"b\" › network[0] › ipv4: SLAAC (auto) configures IPv6 addresses only; use dhcp() or a static"
                + " address");
  }

  @Test
  void networkDeviceSettingsAreInRange() {
    assertThat(problems(vm("a").network(NetworkDevice.bridge("vmbr 0").vlan(4095).mtu(9000).model(NicModel.E1000),
        NetworkDevice.bridge("vmbr0").mtu(100)))).containsExactly(
            "vm \"a\" › network[0] › bridge: \"vmbr 0\" is not a bridge name like vmbr0",
            "vm \"a\" › network[0] › vlan: VLAN 4095 is outside 1 to 4094",
            "vm \"a\" › network[0] › mtu: Proxmox sets the MTU of VirtIO devices only",
            "vm \"a\" › network[1] › mtu: MTU 100 is outside 576 to 65520 (or 1 for the bridge's MTU)");
  }

  @Test
  void cloudInitConfiguresEightNetworkDevices() {
    Vm vm = vm("a");
    for (int i = 0; i < 9; i++) {
      vm = vm.network(NetworkDevice.bridge("vmbr0").ip("10.0." + i + ".9/24"));
    }
    assertThat(problems(vm)).containsExactly(
        "vm \"a\" › network[8]: cloud-init configures the first 8 network devices only");
  }

  @Test
  void cloudInitSettingsAreChecked() {
    var admin = Admin.named("root");
    assertThat(problems(vm("a").admin(admin).dns("my domain", "10.0.10.300"))).containsExactly(
        "vm \"a\" › cloudInit › admin › name: the admin account must not be root: root logins are disabled everywhere",
        "vm \"a\" › cloudInit › admin › sshKeys: at least one SSH public key is needed: password logins are disabled",
        "vm \"a\" › cloudInit › dnsDomain: \"my domain\" is not a DNS domain like lan or example.org",
        "vm \"a\" › cloudInit › dnsServers[0]: \"10.0.10.300\" is not an IPv4 or IPv6 address");
  }

  @Test
  void aCloneCannotShrinkItsTemplatesDisk() {
    assertThat(problems(DEBIAN, Vm.named("a").cloneOf(DEBIAN).memory(Size.gib(1)).disk(TANK, Size.gib(4))))
        .containsExactly("vm \"a\" › disk[0] › size: 4 GiB is smaller than the 8 GiB system disk of template"
            + " \"debian-13\"; a clone's disk can only grow");
  }

  @Test
  void aCloneKeepsItsTemplatesFirmware() {
    assertThat(problems(DEBIAN, Vm.named("a").cloneOf(DEBIAN).memory(Size.gib(1)).uefi(TANK))).containsExactly(
        "vm \"a\" › bios: template \"debian-13\" boots SeaBIOS, and a clone keeps its template's firmware");
  }

  @Test
  void aCloneOfAUefiTemplateKeepsItsEfiDisk() {
    assertThat(problems(VmSites.UBUNTU, Vm.named("a").cloneOf(VmSites.UBUNTU).memory(Size.gib(1)))).isEmpty();
    assertThat(problems(VmSites.UBUNTU, Vm.named("a").cloneOf(VmSites.UBUNTU).memory(Size.gib(1)).os(OsType.WIN11)
        .tpm(TANK))).isEmpty();
  }

  @Test
  void theGuestAgentOnATemplateWithoutOneIsAWarning() {
    assertThat(problems(DEBIAN, Vm.named("a").cloneOf(DEBIAN).memory(Size.gib(1)).guestAgent())).containsExactly(
        "warning: vm \"a\" › agent: template \"debian-13\" does not run the QEMU guest agent; install qemu-guest-agent"
            + " in the VM (e.g. with its user data), or the provider waits for the agent until it times out");
    assertThat(problems(DEBIAN.guestAgent(true), Vm.named("a").cloneOf(DEBIAN.guestAgent(true)).memory(Size.gib(1))
        .guestAgent())).isEmpty();
  }

  @Test
  void cloudInitOnATemplateThatIgnoresItIsAWarning() {
    var talos = StubTemplate.golden(PVE, TANK.storage()).guestInit(GuestInit.NONE);
    assertThat(problems(talos, Vm.named("a").cloneOf(talos).memory(Size.gib(1)).ip("10.0.10.9/24"))).containsExactly(
        "warning: vm \"a\" › cloudInit: golden image \"debian-golden\" reads no cloud-init drive, so the VM's"
            + " cloud-init settings (admin, addresses, DNS, user data) have no effect");
  }

  @Test
  void aWindowsGuestTakesNoPasswordHashFromCloudInit() {
    var windows = StubTemplate.golden(PVE, TANK.storage()).guestInit(GuestInit.CLOUDBASE_INIT);
    var keysOnly = new Admin("ops", VmSites.ADMIN.sshKeys(), null);
    String message = " › cloudInit › admin › passwordHash: cloudbase-init makes the cloud-init password the Windows"
        + " password as it is, and the admin's is a crypt(3) hash, which would become the password itself: give this"
        + " VM an admin without passwordHash(…) and log in with SSH keys";
    assertThat(problems(windows,
        Vm.named("clone").cloneOf(windows).memory(Size.gib(4)).admin(VmSites.ADMIN),
        vm("installed").os(OsType.WIN10).admin(VmSites.ADMIN),
        Vm.named("keys").cloneOf(windows).memory(Size.gib(4)).admin(keysOnly),
        Vm.named("own-data").cloneOf(windows).memory(Size.gib(4)).admin(VmSites.ADMIN)
            .userData(UserData.file("cloud-init/own-data.yaml")),
        vm("linux").admin(VmSites.ADMIN)))
        .containsExactly("vm \"clone\"" + message, "vm \"installed\"" + message);
  }

  @Test
  void theTemplateIsPartOfTheSite() {
    assertThat(problems(Vm.named("a").cloneOf(DEBIAN).memory(Size.gib(1)))).containsExactly(
        "vm \"a\" › clone: template \"debian-13\" is not part of infra \"homelab\"; add it with Infra.with(…)");
  }

  @Test
  void aTemplateOnAnotherNodeNeedsSharedStorage() {
    Vm onPve2 = Vm.named("a").on(PVE2).cloneOf(DEBIAN).memory(Size.gib(1));
    assertThat(problems(PVE2, DEBIAN, onPve2)).containsExactly("vm \"a\" › clone: template \"debian-13\" is on node"
        + " \"pve\" and its storage \"tank\" is not shared, so the VM on node \"pve2\" cannot be cloned from it");
    DirStorage nfs = DirStorage.named("nfs").path("/mnt/pve/nfs").content(ContentType.IMAGES).shared(true);
    ProxmoxNode pve = PVE.storage(nfs);
    var shared = CloudImageTemplate.debian13().on(pve).vmId(9000).storage(nfs);
    assertThat(TestSites.problems(Infra.named("homelab").with(pve, PVE2, shared,
        Vm.named("a").on(PVE2).cloneOf(shared).memory(Size.gib(1))))).isEmpty();
  }

  @Test
  void aLinkedCloneKeepsItsDisksOnTheTemplatesStorage() {
    Vm linked = Vm.named("a").linkedCloneOf(DEBIAN).memory(Size.gib(1))
        .disk(VmDisk.scsi(0).on(ZfsPoolStorage.localZfs()).size(Size.gib(8)));
    assertThat(problems(DEBIAN, linked)).containsExactly("vm \"a\" › disk[0] › storage: a linked clone keeps its disks"
        + " on the template's storage \"tank\"; make a full clone to move them");
  }

  @Test
  void aCdromAvoidsTheCloudInitDriveAndMissingSlots() {
    assertThat(problems(vm("a").ip("10.0.10.9/24").cdrom(Cdrom.iso(LOCAL, "x.iso").at("ide2")),
        vm("b").machine(Machine.Q35).cdrom(Cdrom.iso(LOCAL, "x.iso").at("ide3")),
        vm("c").cdrom(Cdrom.iso(LOCAL, "x.iso").at("scsi0")),
        vm("d").cdrom(Cdrom.iso(TANK.storage(), "../x.exe").at("nvme0")))).containsExactly(
            "vm \"a\" › cdrom › slot: ide2 holds the cloud-init drive; put the CD-ROM in ide0",
            "vm \"b\" › cdrom › slot: q35 machines have no ide3; use ide0 or a SATA slot",
            "vm \"c\" › cdrom › slot: scsi0 is also disk[0]",
            "vm \"d\" › cdrom › slot: \"nvme0\" is not a CD-ROM slot: use ide0 to ide3, sata0 to sata5 or scsi0 to"
                + " scsi13",
            "vm \"d\" › cdrom › file: \"../x.exe\" is not the file name of an ISO image (.iso or .img) without a"
                + " directory",
            "vm \"d\" › cdrom › storage: storage \"tank\" of node \"pve\" does not allow iso, which an ISO image needs;"
                + " allow it with addContent(ContentType.ISO)");
  }

  @Test
  void tagsAreProxmoxTagsListedOnce() {
    assertThat(problems(vm("a").tags("lab", "Lab", "lab", "a b"))).containsExactly(
        "vm \"a\" › tags[1]: \"Lab\" is not a tag: use lower-case letters, digits, \"_\", \"+\", \"-\" and \".\","
            + " starting with a letter, digit or \"_\"",
        "vm \"a\" › tags[2]: tag \"lab\" is listed twice",
        "vm \"a\" › tags[3]: \"a b\" is not a tag: use lower-case letters, digits, \"_\", \"+\", \"-\" and \".\","
            + " starting with a letter, digit or \"_\"");
  }

  @Test
  void startupValuesAreNotNegative() {
    assertThat(problems(vm("a").startup(Startup.order(-1).upDelay(-5)))).containsExactly(
        "vm \"a\" › startup › order: the startup order cannot be negative",
        "vm \"a\" › startup › upDelay: the up delay cannot be negative");
  }

  @Test
  void theAgentTimeoutIsWholeSeconds() {
    assertThat(problems(vm("a").guestAgent(GuestAgent.enabled().timeout(Duration.ofMillis(1500)))))
        .containsExactly("vm \"a\" › agent › timeout: the agent timeout must be a positive whole number of seconds");
  }
}
