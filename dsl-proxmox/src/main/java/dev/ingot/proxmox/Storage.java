package dev.ingot.proxmox;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.validate.Validatable;
import java.util.EnumSet;
import java.util.List;

/**
 * A Proxmox storage as {@code /etc/pve/storage.cfg} defines it: an id, a type and the content
 * types it may hold. A VM disk needs a storage that allows {@link ContentType#IMAGES}, a cloud-init
 * snippet one that allows {@link ContentType#SNIPPETS}.
 */
public sealed interface Storage extends Validatable permits DirStorage, LvmThinStorage, ZfsPoolStorage {
  /** The storage id, unique in the cluster, e.g. {@code local-zfs}. */
  String id();

  /** The storage type as Proxmox names it: {@code dir}, {@code lvmthin} or {@code zfspool}. */
  String type();

  /** The content types this storage may hold, in declaration order. */
  List<ContentType> content();

  /** The content types a storage of this type can hold at all. */
  List<ContentType> supportedContent();

  /**
   * True for a storage the Proxmox installer created ({@code local}, {@code local-lvm},
   * {@code local-zfs}): Ingot never creates or deletes it, it only adjusts its content types.
   */
  boolean builtIn();

  /** True when this storage may hold {@code type}. */
  default boolean allows(ContentType type) {
    return content().contains(type);
  }

  /**
   * Reports a malformed id, a missing, repeated or unsupported content type; the storage types add
   * their own checks.
   */
  @Override
  default void validate(Path path, Problems problems) {
    ProxmoxIds.requireStorageId(id(), path, problems);
    if (content().isEmpty()) {
      problems.error(path.field("content"), "a storage needs at least one content type");
    }
    var seen = EnumSet.noneOf(ContentType.class);
    for (int i = 0; i < content().size(); i++) {
      ContentType type = content().get(i);
      if (!seen.add(type)) {
        problems.error(path.field("content", i), type.value() + " is listed twice");
      } else if (!supportedContent().contains(type)) {
        problems.error(path.field("content", i), "a " + type() + " storage cannot hold " + type.value()
            + "; it holds " + String.join(" and ", supportedContent().stream().map(ContentType::value).toList()));
      }
    }
  }
}
