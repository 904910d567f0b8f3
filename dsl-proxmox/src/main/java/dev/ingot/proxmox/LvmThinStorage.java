package dev.ingot.proxmox;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.value.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An LVM thin pool storage ({@code lvmthin}), such as the built-in {@code local-lvm} on volume
 * group {@code pve}, thin pool {@code data}.
 *
 * @param id the storage id
 * @param volumeGroup the LVM volume group
 * @param thinPool the thin pool in that group
 * @param content the content types it may hold
 * @param builtIn whether the installer created it
 */
public record LvmThinStorage(String id, String volumeGroup, String thinPool, List<ContentType> content,
    boolean builtIn) implements Storage {
  private static final Pattern LVM_NAME = Pattern.compile("[A-Za-z0-9+_.][A-Za-z0-9+_.-]*");

  /** Checks for null and copies the content types. */
  public LvmThinStorage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(volumeGroup, "volumeGroup");
    Objects.requireNonNull(thinPool, "thinPool");
    content = List.copyOf(content);
  }

  /** The built-in {@code local-lvm} storage of an LVM install: images and rootdir. */
  public static LvmThinStorage localLvm() {
    return new LvmThinStorage("local-lvm", "pve", "data", List.of(ContentType.IMAGES, ContentType.ROOTDIR), true);
  }

  /** A new thin pool storage called {@code id} on {@code volumeGroup}/{@code thinPool}, holding images and rootdir. */
  public static LvmThinStorage named(String id, String volumeGroup, String thinPool) {
    return new LvmThinStorage(id, volumeGroup, thinPool, List.of(ContentType.IMAGES, ContentType.ROOTDIR), false);
  }

  /** This storage holding exactly the given content types. */
  public LvmThinStorage content(ContentType... types) {
    return new LvmThinStorage(id, volumeGroup, thinPool, List.of(types), builtIn);
  }

  /** This storage holding its content types and {@code types}. */
  public LvmThinStorage addContent(ContentType... types) {
    var next = new ArrayList<>(content);
    next.addAll(List.of(types));
    return new LvmThinStorage(id, volumeGroup, thinPool, next, builtIn);
  }

  @Override
  public String type() {
    return "lvmthin";
  }

  @Override
  public List<ContentType> supportedContent() {
    return List.of(ContentType.IMAGES, ContentType.ROOTDIR);
  }

  /** Adds to the common checks: the volume group and thin pool are LVM names. */
  @Override
  public void validate(Path at, Problems problems) {
    Storage.super.validate(at, problems);
    requireLvmName(volumeGroup, at.field("volumeGroup"), problems);
    requireLvmName(thinPool, at.field("thinPool"), problems);
  }

  private static void requireLvmName(String name, Path at, Problems problems) {
    if (!LVM_NAME.matcher(name).matches()) {
      problems.error(at, Names.describe(name) + " is not an LVM name: use letters, digits, \"+\", \"_\", \".\" and"
          + " \"-\", not starting with \"-\"");
    }
  }
}
