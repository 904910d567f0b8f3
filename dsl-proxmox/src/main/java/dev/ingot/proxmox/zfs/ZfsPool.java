package dev.ingot.proxmox.zfs;

import dev.ingot.core.Component;
import dev.ingot.core.Emission;
import dev.ingot.core.Infra;
import dev.ingot.core.ValidationContext;
import dev.ingot.core.value.Secret;
import dev.ingot.core.value.Size;
import dev.ingot.proxmox.ProxmoxNode;
import dev.ingot.proxmox.ProxmoxProvider;
import dev.ingot.proxmox.ZfsPoolStorage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A ZFS pool on a node, created by the host playbook (never over existing data) and registered as
 * Proxmox storage by Terraform.
 *
 * <pre>{@code
 * ZfsPool.named("tank").on(pve)
 *     .mirror(Disk.byId("nvme-A"), Disk.byId("nvme-B"))
 *     .media(Media.NVME)          // ashift 12, lz4, xattr=sa, atime off, recordsize 16K
 *     .arcMax(Size.gib(16))
 * }</pre>
 *
 * <p>Unless told otherwise the pool is registered as storage {@code <name>} for images and rootdir,
 * thin-provisioned; see {@link #storage(UnaryOperator)} and {@link #unregistered()}.
 *
 * @param name the pool name, unique in the site (it is also the default storage id)
 * @param node the node whose disks hold it
 * @param vdevs the vdevs, in order
 * @param properties the creation settings and root dataset properties
 * @param datasets datasets to create inside the pool
 * @param arc the node's ARC size, or null to leave it to another pool of the node or the default
 * @param storage the Proxmox storage that registers the pool, or null when it is not registered
 * @param scrub how often the pool is scrubbed
 * @param allowWipe whether {@code zpool create -f} may overwrite disks that hold partitions or data
 */
public record ZfsPool(String name, ProxmoxNode node, List<Vdev> vdevs, PoolProperties properties,
    List<ZfsDataset> datasets, ArcSize arc, ZfsPoolStorage storage, Scrub scrub, boolean allowWipe)
    implements Component {
  /** Checks for null and copies the lists. */
  public ZfsPool {
    Objects.requireNonNull(name, "name");
    vdevs = List.copyOf(vdevs);
    Objects.requireNonNull(properties, "properties");
    datasets = List.copyOf(datasets);
    Objects.requireNonNull(scrub, "scrub");
  }

  /** A pool called {@code name}: no disks yet, default properties, registered as storage {@code name}. */
  public static ZfsPool named(String name) {
    return new ZfsPool(name, null, List.of(), PoolProperties.defaults(), List.of(), null,
        ZfsPoolStorage.of(name, name), Scrub.MONTHLY, false);
  }

  /** This pool on {@code node}. */
  public ZfsPool on(ProxmoxNode node) {
    return new ZfsPool(name, node, vdevs, properties, datasets, arc, storage, scrub, allowWipe);
  }

  /** This pool with one more vdev of {@code topology} over {@code disks}. */
  public ZfsPool vdev(Topology topology, Disk... disks) {
    var next = new ArrayList<>(vdevs);
    next.add(new Vdev(topology, List.of(disks)));
    return new ZfsPool(name, node, next, properties, datasets, arc, storage, scrub, allowWipe);
  }

  /** This pool with one more mirror vdev; two mirrors make a RAID10. */
  public ZfsPool mirror(Disk... disks) {
    return vdev(Topology.MIRROR, disks);
  }

  /** This pool with one more RAIDZ1 vdev. */
  public ZfsPool raidz1(Disk... disks) {
    return vdev(Topology.RAIDZ1, disks);
  }

  /** This pool with one more RAIDZ2 vdev. */
  public ZfsPool raidz2(Disk... disks) {
    return vdev(Topology.RAIDZ2, disks);
  }

  /** This pool with one more RAIDZ3 vdev. */
  public ZfsPool raidz3(Disk... disks) {
    return vdev(Topology.RAIDZ3, disks);
  }

  /** This pool striped over {@code disks}, without redundancy. */
  public ZfsPool stripe(Disk... disks) {
    return vdev(Topology.STRIPE, disks);
  }

  /** This pool with sector size exponent {@code ashift} (12 unless set; 9 is rejected). */
  public ZfsPool ashift(int ashift) {
    return properties(properties.ashift(ashift));
  }

  /** This pool on disks of {@code media}, which picks its record size. */
  public ZfsPool media(Media media) {
    return properties(properties.media(media));
  }

  /** This pool with an explicit record size. */
  public ZfsPool recordsize(Size recordsize) {
    return properties(properties.recordsize(recordsize));
  }

  /** This pool with another compression (lz4 unless set). */
  public ZfsPool compression(Compression compression) {
    return properties(properties.compression(compression));
  }

  /** This pool with access times on or off (off unless set). */
  public ZfsPool atime(boolean atime) {
    return properties(properties.atime(atime));
  }

  /** This pool with deduplication on or off (off unless set; on draws a warning). */
  public ZfsPool dedup(boolean dedup) {
    return properties(properties.dedup(dedup));
  }

  /** This pool with all creation settings replaced. */
  public ZfsPool properties(PoolProperties properties) {
    return new ZfsPool(name, node, vdevs, properties, datasets, arc, storage, scrub, allowWipe);
  }

  /** This pool with more datasets. */
  public ZfsPool dataset(ZfsDataset... more) {
    var next = new ArrayList<>(datasets);
    next.addAll(List.of(more));
    return new ZfsPool(name, node, vdevs, properties, next, arc, storage, scrub, allowWipe);
  }

  /** This pool limiting its node's ARC to {@code max}. */
  public ZfsPool arcMax(Size max) {
    return arc(ArcSize.of(max));
  }

  /** This pool sizing its node's ARC by {@code arc}. */
  public ZfsPool arc(ArcSize arc) {
    return new ZfsPool(name, node, vdevs, properties, datasets, arc, storage, scrub, allowWipe);
  }

  /** This pool registered as storage changed by {@code change}, e.g. {@code s -> s.id("fast").pool("tank/vm")}. */
  public ZfsPool storage(UnaryOperator<ZfsPoolStorage> change) {
    ZfsPoolStorage base = storage == null ? ZfsPoolStorage.of(name, name) : storage;
    return new ZfsPool(name, node, vdevs, properties, datasets, arc, change.apply(base), scrub, allowWipe);
  }

  /** This pool not registered as Proxmox storage. */
  public ZfsPool unregistered() {
    return new ZfsPool(name, node, vdevs, properties, datasets, arc, null, scrub, allowWipe);
  }

  /** This pool scrubbed as {@code scrub} says (monthly unless set). */
  public ZfsPool scrub(Scrub scrub) {
    return new ZfsPool(name, node, vdevs, properties, datasets, arc, storage, scrub, allowWipe);
  }

  /**
   * This pool allowed ({@code true}) to overwrite disks that hold partitions, file systems or an old
   * pool label when it is created. Without it the playbook refuses such disks.
   */
  public ZfsPool allowWipe(boolean allowWipe) {
    return new ZfsPool(name, node, vdevs, properties, datasets, arc, storage, scrub, allowWipe);
  }

  /** The usable capacity, when every disk has a size. */
  public Optional<Size> capacity() {
    Size total = Size.ZERO;
    for (Vdev v : vdevs) {
      Optional<Size> c = v.capacity();
      if (c.isEmpty()) {
        return Optional.empty();
      }
      total = total.plus(c.get());
    }
    return vdevs.isEmpty() ? Optional.empty() : Optional.of(total);
  }

  /** Every disk of the pool, vdev by vdev. */
  public List<Disk> disks() {
    return vdevs.stream().flatMap(v -> v.disks().stream()).toList();
  }

  @Override
  public String kind() {
    return "zfs pool";
  }

  /** The default provider's token when the pool is registered as a storage and the site has no provider. */
  @Override
  public List<Secret> secrets(Infra site) {
    return storage == null ? List.of() : ProxmoxProvider.withDefaultToken(site, List.of());
  }

  @Override
  public void validate(ValidationContext context) {
    PoolRules.validate(this, context);
  }

  @Override
  public void emit(Emission out) {
    PoolEmission.emit(this, out);
  }
}
