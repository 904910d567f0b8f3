package dev.ingot.proxmox.vm;

import dev.ingot.core.Component;
import dev.ingot.core.Infra;
import dev.ingot.core.value.Admin;
import dev.ingot.core.value.Size;
import dev.ingot.core.value.Sops;
import dev.ingot.proxmox.BootLoader;
import dev.ingot.proxmox.ContentType;
import dev.ingot.proxmox.CpuVendor;
import dev.ingot.proxmox.DirStorage;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.TestSites;
import dev.ingot.proxmox.pci.PciDevice;
import dev.ingot.proxmox.template.CloudImageTemplate;
import dev.ingot.proxmox.zfs.ZfsPool;
import java.time.Duration;
import java.util.List;

/**
 * The MS-A2 with VMs: a Debian and an Ubuntu template made from cloud images, the util VM cloned
 * from Debian with a static address and a user-data snippet, a GPU VM with the RTX 4000 passed
 * through, and a Windows 11 VM with a TPM; plus the pieces for variations of it.
 */
public final class VmSites {
  /** The site's SOPS file. */
  public static final Sops SECRETS = Sops.file("secrets/homelab.enc.yaml")
      .recipients("age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p");
  /** The storage {@code local} as the MS-A2 has it: snippets and imports allowed. */
  public static final DirStorage LOCAL = DirStorage.local().addContent(ContentType.SNIPPETS, ContentType.IMPORT);
  /** The MS-A2 node. */
  public static final ProxmoxNode PVE = ProxmoxNode.named("pve")
      .endpoint("https://pve.lan:8006/")
      .cpu(CpuVendor.AMD)
      .memory(Size.gib(96))
      .bootLoader(BootLoader.SYSTEMD_BOOT)
      .iommuPassthroughMode(true)
      .storage(LOCAL);
  /** Its NVMe mirror. */
  public static final ZfsPool TANK = TestSites.tank(PVE);
  /** Its GPU, with the facts its mapping needs (test values). */
  public static final PciDevice GPU = TestSites.gpu(PVE).iommuGroup(14).subsystemId("10de:181b");
  /** The admin account. */
  public static final Admin ADMIN = Admin.named("ops")
      .sshKey("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE7e5ZpYbZ3mFbOl0w2QmQ1vXy8aT0yXqBq0m8mY1aZ ops@laptop")
      .passwordHash(SECRETS.ref("admin_password_hash"));
  /** The Debian 13 template. */
  public static final CloudImageTemplate DEBIAN = CloudImageTemplate.debian13().on(PVE).vmId(9000).storage(TANK);
  /** The Ubuntu 24.04 template, UEFI on q35. */
  public static final CloudImageTemplate UBUNTU =
      CloudImageTemplate.ubuntu2404().on(PVE).vmId(9001).storage(TANK).uefi();

  private VmSites() {}

  /** The util VM: Debian, 2 cores, 4 GiB, 32 GiB disk, 10.0.10.50/24, a user-data snippet with a secret. */
  public static Vm util() {
    return Vm.named("util").vmId(100).cloneOf(DEBIAN)
        .cores(2).memory(Size.gib(4))
        .disk(VmDisk.scsi(0).on(TANK).size(Size.gib(32)).discard(true).ssd(true).iothread(true))
        .scsiController(ScsiController.VIRTIO_SCSI_SINGLE)
        .ip("10.0.10.50/24").gateway("10.0.10.1")
        .dns("lan", "10.0.10.1")
        .admin(ADMIN)
        .userData(UserData.file("cloud-init/util/user-data.yaml.tftpl")
            .secret("tailscale_auth_key", SECRETS.ref("tailscale_auth_key")))
        .serialConsole(true)
        .tags("util");
  }

  /** The GPU VM: Ubuntu on q35 with UEFI, the RTX 4000 by its mapping, 8 cores, 32 GiB. */
  public static Vm gpuVm() {
    return Vm.named("gpu").vmId(110).cloneOf(UBUNTU).machine(Machine.Q35).uefi(TANK)
        .cores(8).memory(Size.gib(32))
        .disk(TANK, Size.gib(128))
        .passthrough(GPU)
        .ip("10.0.10.60/24").gateway("10.0.10.1")
        .admin(ADMIN)
        .serialConsole(true)
        .startupOrder(2)
        .tags("gpu", "ai");
  }

  /** The Windows 11 VM: UEFI with Secure Boot keys, TPM 2.0, the installer ISO, the guest agent. */
  public static Vm win11() {
    return Vm.named("win11").vmId(120).on(PVE).os(OsType.WIN11).machine(Machine.Q35)
        .uefi(TANK, true).tpm(TANK)
        .cores(4).memory(Size.gib(8)).ballooning(Size.gib(4))
        .scsiController(ScsiController.VIRTIO_SCSI_SINGLE)
        .disk(VmDisk.scsi(0).on(TANK).size(Size.gib(96)).discard(true).ssd(true).iothread(true))
        .cdrom(Cdrom.iso(LOCAL, "Win11_24H2_English_x64.iso"))
        .network(NetworkDevice.bridge("vmbr0").vlan(20).mac("BC:24:11:00:01:20").firewall(true))
        .guestAgent(GuestAgent.enabled().timeout(Duration.ofMinutes(5)).waitForIpv4(true))
        .onBoot(false)
        .tags("windows");
  }

  /** The whole site. */
  public static Infra msa2() {
    return Infra.named("homelab").with(PVE, TANK, GPU, DEBIAN, UBUNTU).with(List.of(util(), gpuVm(), win11()));
  }

  /** The site's nodes, pool and GPU with {@code more} components. */
  public static Infra with(Component... more) {
    return Infra.named("homelab").with(PVE, TANK, GPU).with(more);
  }
}
