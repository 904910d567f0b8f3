package dev.ingot.proxmox;

import dev.ingot.core.validate.Path;
import dev.ingot.core.validate.Problems;
import dev.ingot.core.value.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A directory storage ({@code dir}), such as the built-in {@code local} at {@code /var/lib/vz}.
 *
 * <p>{@code DirStorage.local().addContent(ContentType.SNIPPETS)} enables snippets on {@code local};
 * {@code DirStorage.named("backup").path("/mnt/backup").content(ContentType.BACKUP)} adds a storage.
 *
 * @param id the storage id
 * @param path the directory on the node
 * @param content the content types it may hold
 * @param shared whether the directory is the same on every node (a shared mount)
 * @param builtIn whether the installer created it
 */
public record DirStorage(String id, String path, List<ContentType> content, boolean shared, boolean builtIn)
    implements Storage {
  /** Where the installer puts the {@code local} storage. */
  public static final String LOCAL_PATH = "/var/lib/vz";

  /** Checks for null and copies the content types. */
  public DirStorage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    content = List.copyOf(content);
  }

  /** The built-in {@code local} storage with the installer's content types: iso, vztmpl and backup. */
  public static DirStorage local() {
    return new DirStorage("local", LOCAL_PATH, List.of(ContentType.ISO, ContentType.VZTMPL, ContentType.BACKUP),
        false, true);
  }

  /** A new directory storage called {@code id}; give it a path and content types. */
  public static DirStorage named(String id) {
    return new DirStorage(id, "", List.of(), false, false);
  }

  /** This storage at directory {@code path}. */
  public DirStorage path(String path) {
    return new DirStorage(id, path, content, shared, builtIn);
  }

  /** This storage holding exactly the given content types. */
  public DirStorage content(ContentType... types) {
    return new DirStorage(id, path, List.of(types), shared, builtIn);
  }

  /** This storage holding its content types and {@code types}. */
  public DirStorage addContent(ContentType... types) {
    var next = new ArrayList<>(content);
    next.addAll(List.of(types));
    return new DirStorage(id, path, next, shared, builtIn);
  }

  /** This storage marked as the same directory on every node (a shared mount) or not. */
  public DirStorage shared(boolean shared) {
    return new DirStorage(id, path, content, shared, builtIn);
  }

  @Override
  public String type() {
    return "dir";
  }

  @Override
  public List<ContentType> supportedContent() {
    return List.of(ContentType.values());
  }

  /** Adds to the common checks: the path is absolute, and {@code local} stays where the installer put it. */
  @Override
  public void validate(Path at, Problems problems) {
    Storage.super.validate(at, problems);
    if (builtIn && !path.equals(LOCAL_PATH)) {
      problems.error(at.field("path"), "the built-in storage " + id + " is at " + LOCAL_PATH);
    } else if (!path.startsWith("/") || path.contains("..") || path.chars().anyMatch(Character::isWhitespace)) {
      problems.error(at.field("path"), Names.describe(path) + " is not an absolute path without spaces or \"..\"");
    }
  }
}
