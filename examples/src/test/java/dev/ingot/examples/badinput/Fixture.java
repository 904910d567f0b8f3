package dev.ingot.examples.badinput;

import static dev.ingot.talos.schematic.OfficialExtension.ISCSI_TOOLS;
import static dev.ingot.talos.schematic.OfficialExtension.NVIDIA_CONTAINER_TOOLKIT_PRODUCTION;
import static dev.ingot.talos.schematic.OfficialExtension.NVIDIA_OPEN_GPU_KERNEL_MODULES_PRODUCTION;
import static dev.ingot.talos.schematic.OfficialExtension.QEMU_GUEST_AGENT;
import static dev.ingot.talos.schematic.OfficialExtension.UTIL_LINUX_TOOLS;

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
import dev.ingot.proxmox.image.Checksum;
import dev.ingot.proxmox.image.GoldenImage;
import dev.ingot.proxmox.image.IsoImage;
import dev.ingot.proxmox.pci.PciDevice;
import dev.ingot.proxmox.template.CloudImageTemplate;
import dev.ingot.proxmox.vm.Vm;
import dev.ingot.proxmox.zfs.Disk;
import dev.ingot.proxmox.zfs.Media;
import dev.ingot.proxmox.zfs.ZfsPool;
import dev.ingot.talos.cluster.NodeSpec;
import dev.ingot.talos.cluster.TalosCluster;
import dev.ingot.talos.cluster.Vip;
import dev.ingot.talos.image.TalosGoldenImage;
import dev.ingot.talos.schematic.TalosSchematic;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Valid pieces of the reference site ({@link dev.ingot.examples.Homelab}) for the bad-input cases to
 * start from: each case takes a few of them, breaks one or a few things, and builds a site with
 * {@link #site}. Unlike the reference site, the GPU's IOMMU group and subsystem id are known, so a
 * site made of these pieces has no warnings at all.
 */
final class Fixture {
  /** The SOPS file of the reference site. */
  static final Sops SECRETS = Sops.file("secrets/homelab.enc.yaml")
      .recipients("age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq");

  /** The MS-A2 node, with snippets and imports on {@code local}. */
  static final ProxmoxNode PVE = ProxmoxNode.named("pve")
      .endpoint("https://pve.lan:8006/")
      .cpu(CpuVendor.AMD)
      .memory(Size.gib(96))
      .bootLoader(BootLoader.SYSTEMD_BOOT)
      .storage(DirStorage.local().addContent(ContentType.SNIPPETS, ContentType.IMPORT));

  /** The node as the installer left it: the same host without the storages {@link #PVE} declares. */
  static final ProxmoxNode BARE = ProxmoxNode.named("pve")
      .endpoint("https://pve.lan:8006/")
      .cpu(CpuVendor.AMD)
      .memory(Size.gib(96))
      .bootLoader(BootLoader.SYSTEMD_BOOT);

  /** A second node, for cases about references across nodes; not part of {@link #site} unless added. */
  static final ProxmoxNode PVE2 = ProxmoxNode.named("pve2")
      .endpoint("https://pve2.lan:8006/")
      .cpu(CpuVendor.AMD)
      .memory(Size.gib(64))
      .bootLoader(BootLoader.SYSTEMD_BOOT);

  /** The NVMe mirror for VM disks. */
  static final ZfsPool TANK = ZfsPool.named("tank").on(PVE)
      .mirror(Disk.byId("nvme-Samsung_SSD_990_PRO_2TB_S7DNNJ0X000001A"),
          Disk.byId("nvme-Samsung_SSD_990_PRO_2TB_S7DNNJ0X000002B"))
      .media(Media.NVME)
      .arcMax(Size.gib(16));

  /** The RTX 4000 and its audio function, with the IOMMU group and subsystem id Proxmox wants. */
  static final PciDevice GPU = PciDevice.at("0000:01:00").on(PVE)
      .functions("10de:27b2", "10de:22bc")
      .mapping("rtx4000")
      .iommuGroup(14)
      .subsystemId("10de:1888");

  /** The admin account of every image and VM. */
  static final Admin ADMIN = Admin.named("ops")
      .sshKey(SECRETS.ref("ssh_public_key"))
      .passwordHash(SECRETS.ref("password_hash"));

  /** The Debian cloud-image template the Debian golden image starts from. */
  static final CloudImageTemplate DEBIAN_BASE =
      CloudImageTemplate.debian13().on(PVE).storage(TANK).vmId(9100).diskSize(Size.gib(16));

  /** The Debian golden image, cloned from {@link #DEBIAN_BASE}. */
  static final GoldenImage<?> DEBIAN =
      GoldenImage.debian(13).fromTemplate(DEBIAN_BASE).on(PVE).storage(TANK).vmId(9000).admin(ADMIN);

  /** The Ubuntu golden image, installed from its pinned ISO. */
  static final GoldenImage<?> UBUNTU = GoldenImage.ubuntu("24.04").on(PVE).storage(TANK).vmId(9001).admin(ADMIN);

  /** A pinned installer for the recipes that pin none (Arch, NixOS). */
  static final IsoImage PINNED_ISO = IsoImage.url(
      "https://geo.mirror.pkgbuild.com/iso/2026.11.01/archlinux-2026.11.01-x86_64.iso",
      Checksum.file("https://geo.mirror.pkgbuild.com/iso/2026.11.01/sha256sums.txt"));

  /** The utility VM, cloned from nothing: a plain VM with its disk on tank and a static address. */
  static final Vm UTIL = Vm.named("util").on(PVE).vmId(200)
      .cores(2).memory(Size.gib(4))
      .disk(TANK, Size.gib(32))
      .ip("10.0.10.50/24").gateway("10.0.10.1")
      .admin(ADMIN);

  /** The schematic of every Talos node. */
  static final TalosSchematic BASE = TalosSchematic.with(QEMU_GUEST_AGENT, ISCSI_TOOLS, UTIL_LINUX_TOOLS).named("base");

  /** The schematic of the GPU worker: the base plus the NVIDIA stack, under its own name. */
  static final TalosSchematic GPU_NODE =
      BASE.plus(NVIDIA_OPEN_GPU_KERNEL_MODULES_PRODUCTION, NVIDIA_CONTAINER_TOOLKIT_PRODUCTION).named("gpu");

  /** The Talos golden image of the base schematic. */
  static final TalosGoldenImage TALOS = TalosGoldenImage.of(BASE).on(PVE).storage(TANK).vmId(9010);

  private Fixture() {}

  /** The site {@code homelab}: the node, its pool and its GPU, then {@code more}. */
  static Infra site(Component... more) {
    return Infra.named("homelab").with(PVE, TANK, GPU).with(List.of(more));
  }

  /** A control plane group as the reference site has it: three nodes from 10.0.10.11, ids from 1011. */
  static NodeSpec controlPlane(NodeSpec n) {
    return n.on(PVE).storage(TANK).cores(4).memory(Size.gib(8)).vmId(1011).ip("10.0.10.11/24");
  }

  /** A plain worker {@code 10.0.10.<host>} with VM id {@code 1000 + host}. */
  static UnaryOperator<NodeSpec> worker(int host) {
    return w -> w.on(PVE).storage(TANK).cores(4).memory(Size.gib(8)).vmId(1000 + host).ip("10.0.10." + host + "/24");
  }

  /** The reference cluster without its GPU worker: three control planes, VIP 10.0.10.10, Cilium. */
  static TalosCluster cluster() {
    return TalosCluster.named("homelab")
        .endpoint(Vip.of("10.0.10.10"))
        .gateway("10.0.10.1")
        .nameservers("10.0.10.1")
        .schematic(BASE)
        .controlPlanes(3, Fixture::controlPlane)
        .cilium();
  }
}
