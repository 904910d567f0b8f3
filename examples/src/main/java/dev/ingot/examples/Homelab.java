package dev.ingot.examples;

import dev.ingot.core.Infra;
import dev.ingot.core.InfraDefinition;
import dev.ingot.core.repository.RepositoryFiles;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.BootLoader;
import dev.ingot.proxmox.CpuVendor;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.ProxmoxProvider;
import dev.ingot.proxmox.pci.PciDevice;
import dev.ingot.proxmox.zfs.Disk;
import dev.ingot.proxmox.zfs.Media;
import dev.ingot.proxmox.zfs.ZfsPool;

/**
 * The reference site: one Minisforum MS-A2 running Proxmox VE 9, with a ZFS mirror for VM disks
 * and an NVIDIA RTX 4000 Ada prepared for passthrough.
 */
public final class Homelab implements InfraDefinition {
  @Override
  public Infra define() {
    var pve = ProxmoxNode.named("pve")
        .endpoint("https://pve.lan:8006/")
        .cpu(CpuVendor.AMD)                       // Ryzen AI 9 HX 370
        .memory(Size.gib(96))
        .bootLoader(BootLoader.SYSTEMD_BOOT);     // ZFS root on UEFI

    var tank = ZfsPool.named("tank").on(pve)
        .mirror(Disk.byId("nvme-Samsung_SSD_990_PRO_2TB_S7DNNJ0X000001A"),
                Disk.byId("nvme-Samsung_SSD_990_PRO_2TB_S7DNNJ0X000002B"))
        .media(Media.NVME)                        // ashift 12, lz4, xattr=sa, recordsize 16K
        .arcMax(Size.gib(16));

    var gpu = PciDevice.at("0000:01:00").on(pve)
        .functions("10de:27b2", "10de:22bc")      // RTX 4000 Ada and its audio function
        .mapping("rtx4000");

    return Infra.named("homelab").with(pve, ProxmoxProvider.bpg(), tank, gpu, RepositoryFiles.standard());
  }
}
