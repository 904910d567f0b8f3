package dev.ingot.proxmox.zfs;

import dev.ingot.core.Infra;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.RootFilesystem;
import java.util.List;
import java.util.Objects;

/**
 * The ZFS ARC limits of one node, resolved from the site: the ARC size set on one of the node's
 * pools, else Proxmox's default. This is the RAM the node must keep free for ZFS besides its VMs.
 *
 * <p>{@code zfs_arc_max} is ignored while it is not above {@code zfs_arc_min}, which defaults to
 * 1/32 of the RAM; pve-docs therefore sets {@code zfs_arc_min} to the maximum minus one byte when
 * the maximum is that small, and so does this.
 *
 * @param max the ARC maximum ({@link Size#ZERO} for a node without ZFS)
 * @param min the ARC minimum to set, or null to keep the ZFS default
 * @param managed whether Ingot writes the limits (only for nodes with modelled pools; the installer
 *     already wrote them for a ZFS-root node)
 */
public record ZfsArc(Size max, Size min, boolean managed) {
  private static final Size CAP = Size.gib(16);

  /** Checks for null. */
  public ZfsArc {
    Objects.requireNonNull(max, "max");
  }

  /** The ARC of {@code node} as {@code site} defines it. */
  public static ZfsArc of(Infra site, ProxmoxNode node) {
    ProxmoxNode current = node.in(site);
    Size ram = current.memory() == null ? Size.ZERO : current.memory();
    List<ZfsPool> pools = site.all(ZfsPool.class).stream().filter(p -> current.sameAs(p.node())).toList();
    if (pools.isEmpty()) {
      return new ZfsArc(current.rootFilesystem() == RootFilesystem.ZFS ? proxmoxDefault(ram) : Size.ZERO, null,
          false);
    }
    ArcSize size = pools.stream().map(ZfsPool::arc).filter(Objects::nonNull).findFirst()
        .orElse(ArcSize.proxmoxDefault());
    Size max;
    if (size instanceof ArcSize.Fixed fixed) {
      max = fixed.max();
    } else if (size instanceof ArcSize.PerPoolCapacity) {
      Size capacity = pools.stream().map(p -> p.capacity().orElse(Size.ZERO)).reduce(Size.ZERO, Size::plus);
      max = Size.gib(2).plus(Size.bytes(capacity.bytes() / 1024));
    } else {
      max = proxmoxDefault(ram);
    }
    boolean belowMin = ram.isPositive() && max.compareTo(Size.bytes(ram.bytes() / 32)) <= 0 && max.isPositive();
    return new ZfsArc(max, belowMin ? max.minus(Size.bytes(1)) : null, true);
  }

  /** 10 % of {@code ram} in whole MiB, at most 16 GiB. */
  static Size proxmoxDefault(Size ram) {
    return Size.mib(ram.toMib() / 10).min(CAP);
  }
}
