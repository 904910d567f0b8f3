package dev.ingot.core.generate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The generated files of a site: relative path → bytes, sorted by path.
 *
 * <p>Paths are checked when added: relative, normalised ({@code a/b}, no {@code .}, {@code ..},
 * empty segments, or backslashes), made of portable characters ({@code A-Z a-z 0-9 . _ -} and
 * {@code /}), and unique even on case-insensitive file systems.
 */
public final class ArtifactSet {
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._-]+");

  private final Map<String, byte[]> files;

  private ArtifactSet(Map<String, byte[]> files) {
    this.files = Collections.unmodifiableMap(files);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Paths in sorted order. */
  public Set<String> paths() {
    return files.keySet();
  }

  /** The bytes of {@code path}, or null when there is no such file. */
  public byte[] bytes(String path) {
    byte[] b = files.get(path);
    return b == null ? null : b.clone();
  }

  /** The content of {@code path} as UTF-8 text, or null when there is no such file. */
  public String text(String path) {
    byte[] b = files.get(path);
    return b == null ? null : new String(b, StandardCharsets.UTF_8);
  }

  /** True when {@code path} is in the set. */
  public boolean contains(String path) {
    return files.containsKey(path);
  }

  /** The number of files. */
  public int size() {
    return files.size();
  }

  /** The paths under the directory {@code prefix} (e.g. {@code "terraform/homelab/"}). */
  public List<String> under(String prefix) {
    return files.keySet().stream().filter(p -> p.startsWith(prefix)).toList();
  }

  /** Why {@code path} cannot name a generated file, or null when it can. */
  public static String checkPath(String path) {
    if (path == null || path.isEmpty()) {
      return "path is empty";
    }
    if (path.startsWith("/") || path.contains("\\") || path.matches("^[A-Za-z]:.*")) {
      return "path must be relative and use / as separator";
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return "path must be normalised (no empty, . or .. segments)";
      }
      if (!SEGMENT.matcher(segment).matches()) {
        return "path may only use the portable characters A-Z a-z 0-9 . _ - and /";
      }
    }
    return null;
  }

  /** Collects files; fails on a bad or duplicate path. */
  public static final class Builder {
    private final Map<String, byte[]> files = new TreeMap<>();
    private final Map<String, String> folded = new HashMap<>();

    private Builder() {}

    /**
     * Adds a file.
     *
     * @throws IllegalArgumentException when the path is malformed or already taken (ignoring case)
     */
    public Builder add(String path, byte[] content) {
      return put(path, content.clone());
    }

    private Builder put(String path, byte[] content) {
      String problem = checkPath(path);
      if (problem != null) {
        throw new IllegalArgumentException(problem + ": " + path);
      }
      String other = folded.putIfAbsent(path.toLowerCase(Locale.ROOT), path);
      if (other != null) {
        throw new IllegalArgumentException("two files with the same path (ignoring case): " + other + ", " + path);
      }
      files.put(path, content);
      return this;
    }

    /** Adds a text file, encoded as UTF-8. */
    public Builder add(String path, String content) {
      return put(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds every file of {@code other}. */
    public Builder addAll(ArtifactSet other) {
      other.files.forEach(this::put);
      return this;
    }

    /** The set built so far. */
    public ArtifactSet build() {
      return new ArtifactSet(new TreeMap<>(files));
    }
  }

  /** The paths, one per line, for messages. */
  @Override
  public String toString() {
    return String.join("\n", new ArrayList<>(files.keySet()));
  }
}
