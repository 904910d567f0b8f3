package dev.ingot.proxmox;

import dev.ingot.core.Emission;
import dev.ingot.core.Infra;
import dev.ingot.core.ValidationContext;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.pci.PciDevice;
import dev.ingot.proxmox.zfs.Disk;
import dev.ingot.proxmox.zfs.Media;
import dev.ingot.proxmox.zfs.ZfsPool;
import java.util.List;

/**
 * The sites the tests use: the user's Minisforum MS-A2 (AMD, 96 GiB, systemd-boot on a ZFS
 * install, an NVMe mirror, an RTX 4000 Ada passed through) and small variations of it.
 */
public final class TestSites {
  /** The first NVMe disk of the MS-A2. */
  public static final Disk NVME_A = Disk.byId("nvme-Samsung_SSD_990_PRO_2TB_S7DNNJ0X000001A");
  /** The second NVMe disk of the MS-A2. */
  public static final Disk NVME_B = Disk.byId("nvme-Samsung_SSD_990_PRO_2TB_S7DNNJ0X000002B");

  private TestSites() {}

  /** The MS-A2 node. */
  public static ProxmoxNode pve() {
    return ProxmoxNode.named("pve")
        .endpoint("https://pve.lan:8006/")
        .cpu(CpuVendor.AMD)
        .memory(Size.gib(96))
        .bootLoader(BootLoader.SYSTEMD_BOOT)
        .iommuPassthroughMode(true)
        .storage(DirStorage.local().addContent(ContentType.SNIPPETS));
  }

  /** Its pool: a mirror of the two NVMe disks, ARC limited to 16 GiB. */
  public static ZfsPool tank(ProxmoxNode node) {
    return ZfsPool.named("tank").on(node).mirror(NVME_A, NVME_B).media(Media.NVME).arcMax(Size.gib(16));
  }

  /** Its GPU: the RTX 4000 Ada and its audio function, mapped as {@code rtx4000}. */
  public static PciDevice gpu(ProxmoxNode node) {
    return PciDevice.at("0000:01:00").on(node).functions("10de:27b2", "10de:22bc").mapping("rtx4000");
  }

  /** The whole MS-A2 site. */
  public static Infra msa2() {
    ProxmoxNode pve = pve();
    return Infra.named("homelab").with(pve, tank(pve), gpu(pve));
  }

  /** The problems of {@code site}, each as {@code [warning: ]path: message}. */
  public static List<String> problems(Infra site) {
    return site.validate().problems().stream().map(Object::toString).toList();
  }

  /**
   * A stand-in for a VM, which later code models: it takes {@code memory} from {@code node}.
   *
   * @param name the VM name
   * @param node its node
   * @param memory its memory
   */
  public record Vm(String name, ProxmoxNode node, Size memory) implements UsesNodeMemory, UsesProviderSsh {
    @Override
    public String kind() {
      return "vm";
    }

    @Override
    public boolean usesProviderSsh() {
      return true;
    }

    @Override
    public void validate(ValidationContext context) {
      context.requirePresent(path().field("node"), node);
    }

    @Override
    public void emit(Emission out) {
      ProxmoxProvider.configure(out);
    }
  }
}
