package dev.ingot.talos.cluster;

import static dev.ingot.talos.schematic.OfficialExtension.ISCSI_TOOLS;
import static dev.ingot.talos.schematic.OfficialExtension.NVIDIA_CONTAINER_TOOLKIT_PRODUCTION;
import static dev.ingot.talos.schematic.OfficialExtension.NVIDIA_OPEN_GPU_KERNEL_MODULES_PRODUCTION;
import static dev.ingot.talos.schematic.OfficialExtension.QEMU_GUEST_AGENT;
import static dev.ingot.talos.schematic.OfficialExtension.UTIL_LINUX_TOOLS;

import dev.ingot.core.Infra;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.BootLoader;
import dev.ingot.proxmox.ContentType;
import dev.ingot.proxmox.CpuVendor;
import dev.ingot.proxmox.DirStorage;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.pci.PciDevice;
import dev.ingot.proxmox.zfs.Disk;
import dev.ingot.proxmox.zfs.Media;
import dev.ingot.proxmox.zfs.ZfsPool;
import dev.ingot.talos.patch.Taint;
import dev.ingot.talos.schematic.TalosSchematic;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The reference site: one Proxmox node (the user's MS-A2 with an RTX 4000 Ada), a Talos cluster
 * of three control planes at 10.0.10.11-13 behind the VIP 10.0.10.10, and one GPU worker gpu-1 at
 * 10.0.10.21, with Cilium, Longhorn and the NVIDIA open production modules.
 */
final class ReferenceSite {
  private ReferenceSite() {}

  static ProxmoxNode pve() {
    return ProxmoxNode.named("pve")
        .endpoint("https://pve.lan:8006/")
        .cpu(CpuVendor.AMD)
        .memory(Size.gib(96))
        .bootLoader(BootLoader.SYSTEMD_BOOT)
        .storage(DirStorage.local().addContent(ContentType.IMPORT));
  }

  static ZfsPool tank(ProxmoxNode node) {
    return ZfsPool.named("tank").on(node)
        .mirror(Disk.byId("nvme-Samsung_SSD_990_PRO_2TB_S7DNNJ0X000001A"),
            Disk.byId("nvme-Samsung_SSD_990_PRO_2TB_S7DNNJ0X000002B"))
        .media(Media.NVME)
        .arcMax(Size.gib(16));
  }

  static PciDevice gpu(ProxmoxNode node) {
    return PciDevice.at("0000:01:00").on(node).functions("10de:27b2", "10de:22bc").mapping("rtx4000")
        .iommuGroup(14).subsystemId("10de:181b");
  }

  static TalosSchematic base() {
    return TalosSchematic.with(QEMU_GUEST_AGENT, ISCSI_TOOLS, UTIL_LINUX_TOOLS).named("base");
  }

  static TalosSchematic gpuNode() {
    return base().plus(NVIDIA_OPEN_GPU_KERNEL_MODULES_PRODUCTION, NVIDIA_CONTAINER_TOOLKIT_PRODUCTION).named("gpu");
  }

  /** The reference cluster on {@code pve}, {@code tank} and {@code gpu}. */
  static TalosCluster cluster(ProxmoxNode pve, ZfsPool tank, PciDevice gpu) {
    return TalosCluster.named("homelab")
        .endpoint(Vip.of("10.0.10.10"))
        .gateway("10.0.10.1")
        .nameservers("10.0.10.1")
        .schematic(base())
        .controlPlanes(3, n -> n.on(pve).storage(tank).cores(4).memory(Size.gib(8)).vmId(1011).ip("10.0.10.11/24"))
        .worker("gpu-1", w -> w.on(pve).storage(tank).schematic(gpuNode()).passthrough(gpu)
            .cores(8).memory(Size.gib(32)).vmId(1021).ip("10.0.10.21/24")
            .label("nvidia.com/gpu.present", "true")
            .taint(Taint.of("nvidia.com/gpu", "present", Taint.Effect.NO_SCHEDULE)))
        .cilium()
        .longhorn();
  }

  /** The whole reference site. */
  static Infra site() {
    return site(c -> c);
  }

  /** The reference site with its cluster changed by {@code change}. */
  static Infra site(UnaryOperator<TalosCluster> change) {
    ProxmoxNode pve = pve();
    ZfsPool tank = tank(pve);
    PciDevice gpu = gpu(pve);
    return Infra.named("homelab").with(pve, tank, gpu, change.apply(cluster(pve, tank, gpu)));
  }

  /** The problems of {@code site}, each as {@code [warning: ]path: message}. */
  static List<String> problems(Infra site) {
    return site.validate().problems().stream().map(Object::toString).toList();
  }
}
