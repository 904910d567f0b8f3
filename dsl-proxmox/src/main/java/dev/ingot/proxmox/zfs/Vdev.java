package dev.ingot.proxmox.zfs;

import dev.ingot.core.value.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A virtual device of a pool: disks joined by one {@link Topology}.
 *
 * @param topology how the disks are joined
 * @param disks the disks, in order
 */
public record Vdev(Topology topology, List<Disk> disks) {
  /** Checks for null and copies the disks. */
  public Vdev {
    Objects.requireNonNull(topology, "topology");
    disks = List.copyOf(disks);
  }

  /** The usable capacity, when every disk has a size: a mirror holds its smallest disk, RAIDZ its data disks. */
  public Optional<Size> capacity() {
    if (disks.isEmpty() || disks.stream().anyMatch(d -> d.size() == null)) {
      return Optional.empty();
    }
    Size smallest = disks.stream().map(Disk::size).reduce(Size::min).orElseThrow();
    return Optional.of(switch (topology) {
      case STRIPE -> disks.stream().map(Disk::size).reduce(Size.ZERO, Size::plus);
      case MIRROR -> smallest;
      case RAIDZ1, RAIDZ2, RAIDZ3 -> smallest.times(Math.max(0, disks.size() - topology.parity()));
    });
  }

  /** The words of this vdev in {@code zpool create}: the topology keyword (if any), then the device paths. */
  public List<String> zpoolArgs() {
    var args = new ArrayList<String>();
    if (topology.keyword() != null) {
      args.add(topology.keyword());
    }
    disks.forEach(d -> args.add(d.devicePath()));
    return args;
  }
}
