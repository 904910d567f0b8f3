package dev.ingot.examples.bench;

import dev.ingot.core.Infra;
import dev.ingot.core.InfraDefinition;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.BootLoader;
import dev.ingot.proxmox.CpuVendor;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.vm.NetworkDevice;
import dev.ingot.proxmox.vm.Vm;
import dev.ingot.proxmox.vm.VmDisk;
import dev.ingot.proxmox.zfs.Disk;
import dev.ingot.proxmox.zfs.Media;
import dev.ingot.proxmox.zfs.ZfsPool;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Workload (b): one node "pve", pool "tank" and N identical VMs emitted as Terraform JSON for
 * bpg/proxmox. N comes from {@code -Dingot.bench.vms} (default 1000) when run through the CLI.
 *
 * <p>VMs are numbered from 1: VM 0 would get 10.0.0.1, the gateway's own address, which
 * validation rejects. VM i has id 1000 + i, so ids run from 1001 to 1000 + N.
 */
public final class ScaleSite implements InfraDefinition {
  private final int vms;

  /** The site with {@code -Dingot.bench.vms} VMs. */
  public ScaleSite() {
    this(vmsFromProperty());
  }

  /** The site with {@code vms} VMs. */
  public ScaleSite(int vms) {
    this.vms = vms;
  }

  @Override
  public Infra define() {
    var pve = node();
    var tank = pool(pve);
    return Infra.named("homelab").with(pve, tank).with(vms(vms, pve, tank, UnaryOperator.identity()));
  }

  /** The number of VMs the CLI asks for: {@code -Dingot.bench.vms}, default 1000. */
  static int vmsFromProperty() {
    return Integer.getInteger("ingot.bench.vms", 1000);
  }

  /** The node "pve" every scale workload runs on. */
  static ProxmoxNode node() {
    return ProxmoxNode.named("pve").endpoint("https://pve.lan:8006/").cpu(CpuVendor.AMD)
        .memory(Size.tib(64)).bootLoader(BootLoader.SYSTEMD_BOOT);
  }

  /** The NVMe mirror "tank" on {@code node} that holds the VM disks. */
  static ZfsPool pool(ProxmoxNode node) {
    return ZfsPool.named("tank").on(node).mirror(Disk.byId("nvme-A"), Disk.byId("nvme-B")).media(Media.NVME);
  }

  /** VMs 1 to {@code count} of workload (b) on {@code node} and {@code pool}, each passed through {@code extra}. */
  static List<Vm> vms(int count, ProxmoxNode node, ZfsPool pool, UnaryOperator<Vm> extra) {
    var list = new ArrayList<Vm>(count);
    for (int i = 1; i <= count; i++) {
      list.add(extra.apply(Vm.named("vm-" + i).on(node).vmId(1000 + i)
          .tags("golden", "lab")
          .onBoot(true)
          .cores(4)
          .memory(Size.mib(4096))
          .disk(VmDisk.scsi(0).on(pool.storage()).size(Size.gib(32)).discard(true).ssd(true))
          .network(NetworkDevice.bridge("vmbr0"))
          .guestAgent()
          .ip("10.0." + i / 250 + "." + (i % 250 + 1) + "/16").gateway("10.0.0.1")));
    }
    return list;
  }
}
