package dev.ingot.proxmox.zfs;

import dev.ingot.core.ValidationContext;
import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.value.Names;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.ContentType;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.RootFilesystem;
import dev.ingot.proxmox.Storage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules a {@link ZfsPool} must follow, alone and in its site. */
final class PoolRules {
  private static final Pattern POOL_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.:-]*");
  private static final Pattern DATASET_NAME = Pattern.compile("[A-Za-z0-9_.:-]+(/[A-Za-z0-9_.:-]+)*");
  private static final Pattern RESERVED =
      Pattern.compile("mirror|raidz[0-3]?|draid[0-3]?|spare|log|cache|special|dedup");
  private static final Size MIN_ARC = Size.mib(64);

  private PoolRules() {}

  static void validate(ZfsPool pool, ValidationContext context) {
    Path at = pool.path();
    Problems problems = context.problems();
    name(pool, at, problems);
    boolean hasNode = pool.node() == null
        ? problems.require(false, at.field("node"), "set the node with on(node)")
        : context.requirePresent(at.field("node"), pool.node());
    ProxmoxNode node = hasNode ? pool.node().in(context.infra()) : null;
    if (node != null && node.rootFilesystem() == RootFilesystem.ZFS && pool.name().equals("rpool")) {
      problems.error(at.field("name"), "\"rpool\" is the root pool the installer created on node "
          + Names.describe(node.name()) + "; give this pool another name");
    }
    vdevs(pool, at, problems);
    disks(pool, context, at);
    properties(pool.properties(), at, problems);
    datasets(pool, at, problems);
    if (pool.storage() != null) {
      storage(pool, context, at.field("storage"));
    }
    if (node != null) {
      arc(pool, node, context, at.field("arc"));
    }
    if (pool.allowWipe()) {
      problems.warning(at.field("allowWipe"), "zpool create -f will overwrite whatever the disks hold while the"
          + " pool does not exist yet");
    }
  }

  private static void name(ZfsPool pool, Path at, Problems problems) {
    String name = pool.name();
    if (RESERVED.matcher(name).matches()) {
      problems.error(at.field("name"), Names.describe(name) + " is not a valid pool name: zpool reserves it");
    } else if (!POOL_NAME.matcher(name).matches()) {
      problems.error(at.field("name"), Names.describe(name) + " is not a valid pool name: start with a letter, then"
          + " use letters, digits, \"_\", \"-\", \".\" or \":\"");
    }
  }

  private static void vdevs(ZfsPool pool, Path at, Problems problems) {
    if (pool.vdevs().isEmpty()) {
      problems.error(at.field("vdev"), "a pool needs at least one vdev; add disks with mirror(…), raidz1(…) or"
          + " stripe(…)");
      return;
    }
    Topology first = pool.vdevs().get(0).topology();
    for (int i = 0; i < pool.vdevs().size(); i++) {
      Vdev vdev = pool.vdevs().get(i);
      Path vp = at.field("vdev", i);
      Topology t = vdev.topology();
      if (vdev.disks().size() < t.minDisks()) {
        problems.error(vp, switch (t) {
          case STRIPE -> "a stripe needs at least one disk";
          case MIRROR -> "a mirror needs at least two disks";
          default -> "a " + t.keyword() + " vdev needs at least " + t.minDisks() + " disks: " + t.parity()
              + " for parity and two for data";
        });
      }
      if (t != first) {
        problems.error(vp, "a " + describe(t) + " next to a " + describe(first) + ": zpool refuses vdevs of"
            + " different redundancy in one pool");
      } else if (t == Topology.STRIPE && i == 0) {
        problems.warning(vp, "a stripe has no redundancy: one failed disk loses the whole pool");
      }
    }
    if (first.isRaidz() && pool.storage() != null && pool.storage().allows(ContentType.IMAGES)) {
      problems.warning(at.field("vdev", 0), "VM disks on " + first.keyword() + " get the random I/O of one disk per"
          + " vdev and lose space to padding; mirrors suit VM storage better");
    }
  }

  private static String describe(Topology t) {
    return t == Topology.STRIPE ? "stripe" : t.keyword() + " vdev";
  }

  private static void disks(ZfsPool pool, ValidationContext context, Path at) {
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; i < pool.vdevs().size(); i++) {
      List<Disk> disks = pool.vdevs().get(i).disks();
      for (int j = 0; j < disks.size(); j++) {
        Disk disk = disks.get(j);
        Path dp = at.field("vdev", i).field("disk", j);
        disk.validate(dp, context.problems());
        String earlier = seen.putIfAbsent(disk.id(), "vdev[" + i + "] › disk[" + j + "]");
        if (earlier != null) {
          context.error(dp, "disk " + Names.describe(disk.id()) + " is already used at " + earlier);
        } else {
          otherPool(pool, disk, context, dp);
        }
      }
    }
  }

  private static void otherPool(ZfsPool pool, Disk disk, ValidationContext context, Path at) {
    for (ZfsPool other : context.infra().all(ZfsPool.class)) {
      if (other == pool || other.name().equals(pool.name())) {
        return;
      }
      if (other.node() != null && other.node().sameAs(pool.node())
          && other.disks().stream().anyMatch(d -> d.id().equals(disk.id()))) {
        context.error(at, "disk " + Names.describe(disk.id()) + " is already in zfs pool "
            + Names.describe(other.name()));
        return;
      }
    }
  }

  private static void properties(PoolProperties p, Path at, Problems problems) {
    if (p.ashift() < 9 || p.ashift() > 16) {
      problems.error(at.field("ashift"), "ashift must be between 9 and 16; use 12 (4K sectors) or 13 (8K)");
    } else if (p.ashift() < 12) {
      problems.error(at.field("ashift"), "ashift " + p.ashift() + " writes blocks smaller than the 4K sectors of"
          + " current disks, which turns every write into a slow read-modify-write; use 12 (4K) or 13 (8K)");
    }
    if (p.recordsize() != null) {
      recordsize(p.recordsize(), at.field("recordsize"), problems);
    }
    if (p.dedup()) {
      problems.warning(at.field("dedup"), "deduplication keeps a table of every block in RAM (several GiB per TiB)"
          + " and slows every write; leave it off unless the data is known to repeat");
    }
  }

  private static void recordsize(Size size, Path at, Problems problems) {
    if (Long.bitCount(size.bytes()) != 1 || size.compareTo(Size.kib(4)) < 0 || size.compareTo(Size.mib(16)) > 0) {
      problems.error(at, "the record size " + size + " is not a power of two from 4 KiB to 16 MiB");
    }
  }

  private static void datasets(ZfsPool pool, Path at, Problems problems) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < pool.datasets().size(); i++) {
      ZfsDataset d = pool.datasets().get(i);
      Path dp = at.field("dataset", i);
      if (!DATASET_NAME.matcher(d.name()).matches()) {
        problems.error(dp, Names.describe(d.name()) + " is not a dataset name: use letters, digits, \"_\", \"-\","
            + " \".\" or \":\", and \"/\" between nested names");
      } else if (!seen.add(d.name())) {
        problems.error(dp, "dataset " + Names.describe(d.name()) + " is declared twice");
      }
      if (d.recordsize() != null) {
        recordsize(d.recordsize(), dp.field("recordsize"), problems);
      }
    }
  }

  private static void storage(ZfsPool pool, ValidationContext context, Path at) {
    var storage = pool.storage();
    storage.validate(at, context.problems());
    String prefix = pool.name() + "/";
    boolean onPool = storage.pool().equals(pool.name()) || (storage.pool().startsWith(prefix)
        && pool.datasets().stream().anyMatch(d -> d.name().equals(storage.pool().substring(prefix.length()))));
    if (!onPool) {
      context.error(at.field("pool"), Names.describe(storage.pool()) + " is neither this pool nor one of its"
          + " datasets");
    }
    for (ProxmoxNode node : context.infra().all(ProxmoxNode.class)) {
      if (node.findStorage(storage.id()).isPresent()) {
        context.error(at.field("id"), "storage id " + Names.describe(storage.id()) + " is already a storage of node "
            + Names.describe(node.name()));
        return;
      }
    }
    for (ZfsPool other : context.infra().all(ZfsPool.class)) {
      if (other.name().equals(pool.name())) {
        return;
      }
      Storage s = other.storage();
      if (s != null && s.id().equals(storage.id())) {
        context.error(at.field("id"), "storage id " + Names.describe(storage.id()) + " is already registered by"
            + " zfs pool " + Names.describe(other.name()));
        return;
      }
    }
  }

  private static void arc(ZfsPool pool, ProxmoxNode node, ValidationContext context, Path at) {
    if (pool.arc() == null) {
      return;
    }
    for (ZfsPool other : context.infra().all(ZfsPool.class)) {
      if (other.name().equals(pool.name())) {
        break;
      }
      if (node.sameAs(other.node()) && other.arc() != null && !other.arc().equals(pool.arc())) {
        context.error(at, "zfs pool " + Names.describe(other.name()) + " already sizes the ARC of node "
            + Names.describe(node.name()) + " differently; size it on one pool");
        return;
      }
    }
    if (pool.arc() instanceof ArcSize.PerPoolCapacity) {
      boolean unsized = context.infra().all(ZfsPool.class).stream()
          .anyMatch(p -> node.sameAs(p.node()) && p.capacity().isEmpty());
      if (unsized) {
        context.error(at, "sizing the ARC by pool capacity needs the size of every disk of every pool on node "
            + Names.describe(node.name()) + "; give them with Disk.byId(…).size(…)");
        return;
      }
    }
    Size max = ZfsArc.of(context.infra(), node).max();
    if (max.compareTo(MIN_ARC) < 0) {
      context.error(at, "the ARC maximum " + max + " is below the 64 MiB ZFS needs");
    } else if (node.memory() != null && max.compareTo(node.memory()) >= 0) {
      context.error(at, "the ARC maximum " + max + " is not below the " + node.memory() + " of RAM of node "
          + Names.describe(node.name()));
    }
  }
}
