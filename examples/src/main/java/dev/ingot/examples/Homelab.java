package dev.ingot.examples;

import static dev.ingot.talos.schematic.OfficialExtension.ISCSI_TOOLS;
import static dev.ingot.talos.schematic.OfficialExtension.NVIDIA_CONTAINER_TOOLKIT_PRODUCTION;
import static dev.ingot.talos.schematic.OfficialExtension.NVIDIA_OPEN_GPU_KERNEL_MODULES_PRODUCTION;
import static dev.ingot.talos.schematic.OfficialExtension.QEMU_GUEST_AGENT;
import static dev.ingot.talos.schematic.OfficialExtension.UTIL_LINUX_TOOLS;

import dev.ingot.core.Infra;
import dev.ingot.core.InfraDefinition;
import dev.ingot.core.repository.RepositoryFiles;
import dev.ingot.core.value.Admin;
import dev.ingot.core.value.Size;
import dev.ingot.core.value.Sops;
import dev.ingot.proxmox.BootLoader;
import dev.ingot.proxmox.ContentType;
import dev.ingot.proxmox.CpuVendor;
import dev.ingot.proxmox.DirStorage;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.ProxmoxProvider;
import dev.ingot.proxmox.image.Checksum;
import dev.ingot.proxmox.image.GoldenImage;
import dev.ingot.proxmox.image.IsoImage;
import dev.ingot.proxmox.packer.ProxmoxPlugin;
import dev.ingot.proxmox.pci.PciDevice;
import dev.ingot.proxmox.template.CloudImageTemplate;
import dev.ingot.proxmox.vm.Vm;
import dev.ingot.proxmox.zfs.Disk;
import dev.ingot.proxmox.zfs.Media;
import dev.ingot.proxmox.zfs.ZfsPool;
import dev.ingot.talos.cluster.TalosCluster;
import dev.ingot.talos.cluster.Vip;
import dev.ingot.talos.image.TalosGoldenImage;
import dev.ingot.talos.patch.Taint;
import dev.ingot.talos.schematic.TalosSchematic;

/**
 * The reference site: one Minisforum MS-A2 (AMD Ryzen AI 9 HX 370, 96 GB RAM, NVIDIA RTX 4000
 * Ada) running Proxmox VE 9 on a ZFS root, a ZFS mirror of two NVMe drives for VM disks, golden
 * images for Talos, Debian, Ubuntu, Arch, NixOS and Windows, a Talos cluster of three control
 * planes and one GPU worker, and a Debian utility VM.
 *
 * <p>Every generated file is under {@code examples/generated}; the build fails when they are stale.
 */
public final class Homelab implements InfraDefinition {
  /** Secrets live in one SOPS file, encrypted for the operator's age key. */
  private static final Sops SECRETS = Sops.file("secrets/homelab.enc.yaml")
      .recipients("age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq");

  @Override
  public Infra define() {
    // The host. systemd-boot because Proxmox boots a ZFS root on UEFI that way; the built-in
    // "local" storage also takes snippets (cloud-init user-data) and imports (cloud and Talos images).
    var pve = ProxmoxNode.named("pve")
        .endpoint("https://pve.lan:8006/")
        .cpu(CpuVendor.AMD)
        .memory(Size.gib(96))
        .bootLoader(BootLoader.SYSTEMD_BOOT)
        .storage(DirStorage.local().addContent(ContentType.SNIPPETS, ContentType.IMPORT));

    // VM disks on a mirror of the two NVMe drives: ashift 12, lz4, xattr=sa, recordsize 16K.
    // The ARC may grow to 16 GiB, more than the Proxmox VE installer's default for this 96 GiB host
    // (10 % of the RAM, at most 16 GiB: 9.6 GiB).
    var tank = ZfsPool.named("tank").on(pve)
        .mirror(Disk.byId("nvme-Samsung_SSD_990_PRO_2TB_S7DNNJ0X000001A"),
                Disk.byId("nvme-Samsung_SSD_990_PRO_2TB_S7DNNJ0X000002B"))
        .media(Media.NVME)
        .arcMax(Size.gib(16));

    // The GPU and its audio function, bound to vfio-pci on the host and exposed as mapping "rtx4000".
    var gpu = PciDevice.at("0000:01:00").on(pve)
        .functions("10de:27b2", "10de:22bc")
        .mapping("rtx4000");

    var admin = Admin.named("ops")
        .sshKey(SECRETS.ref("ssh_public_key"))
        .passwordHash(SECRETS.ref("password_hash"));

    // Golden images, one per operating system, built by Packer.
    var debianBase = CloudImageTemplate.debian13().on(pve).storage(tank).vmId(9100).diskSize(Size.gib(16));
    var debian = GoldenImage.debian(13).fromTemplate(debianBase).on(pve).storage(tank).vmId(9000).admin(admin);
    var ubuntu = GoldenImage.ubuntu("24.04").on(pve).storage(tank).vmId(9001).admin(admin);
    var arch = GoldenImage.arch().on(pve).storage(tank).vmId(9002).admin(admin)
        .iso(IsoImage.url("https://geo.mirror.pkgbuild.com/iso/2026.11.01/archlinux-2026.11.01-x86_64.iso",
            Checksum.file("https://geo.mirror.pkgbuild.com/iso/2026.11.01/sha256sums.txt")));
    var nixosIso = "https://releases.nixos.org/nixos/25.11/nixos-25.11.4270.77ef7a29d276/"
        + "nixos-minimal-25.11.4270.77ef7a29d276-x86_64-linux.iso";
    var nixos = GoldenImage.nixos("25.11").on(pve).storage(tank).vmId(9003).admin(admin)
        .iso(IsoImage.url(nixosIso, Checksum.file(nixosIso + ".sha256")));
    var windows = GoldenImage.windowsServer(2025).on(pve).storage(tank).vmId(9004).admin(admin)
        .iso(IsoImage.file(DirStorage.local(), "windows-server-2025-eval.iso"))
        .recipe(w -> w.adminPassword(SECRETS.ref("windows_admin_password")));

    // Talos: one base schematic for every node, plus the NVIDIA stack for the GPU worker.
    var base = TalosSchematic.with(QEMU_GUEST_AGENT, ISCSI_TOOLS, UTIL_LINUX_TOOLS).named("base");
    var gpuNode = base.plus(NVIDIA_OPEN_GPU_KERNEL_MODULES_PRODUCTION, NVIDIA_CONTAINER_TOOLKIT_PRODUCTION).named("gpu");
    var talos = TalosGoldenImage.of(base).on(pve).storage(tank).vmId(9010);

    var cluster = TalosCluster.named("homelab")
        .endpoint(Vip.of("10.0.10.10"))
        .gateway("10.0.10.1")
        .nameservers("10.0.10.1")
        .schematic(base)
        .controlPlanes(3, n -> n.on(pve).storage(tank).cloneOf(talos)
            .cores(4).memory(Size.gib(8)).vmId(1011).ip("10.0.10.11/24"))
        .worker("gpu-1", w -> w.on(pve).storage(tank).schematic(gpuNode).passthrough(gpu)
            .cores(8).memory(Size.gib(32)).vmId(1021).ip("10.0.10.21/24")
            .label("nvidia.com/gpu.present", "true")
            .taint(Taint.of("nvidia.com/gpu", "present", Taint.Effect.NO_SCHEDULE)))
        .cilium()
        .longhorn();

    // A Debian utility VM cloned from the Debian golden image.
    var util = Vm.named("util").on(pve).cloneOf(debian).vmId(200)
        .cores(2).memory(Size.gib(4))
        .ip("10.0.10.50/24").gateway("10.0.10.1")
        .admin(admin)
        .guestAgent();

    return Infra.named("homelab").with(
        pve, ProxmoxProvider.bpg().apiToken(SECRETS.ref("proxmox_api_token")),
        ProxmoxPlugin.hashicorp().token(SECRETS.ref("packer_api_token")),
        tank, gpu,
        debianBase, debian, ubuntu, arch, nixos, windows, talos,
        cluster, util,
        RepositoryFiles.standard());
  }
}
