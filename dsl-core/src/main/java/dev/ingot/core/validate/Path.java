package dev.ingot.core.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a value lives in the model, rendered for people: {@code vm "talos-cp-1" › disk[0] › size}.
 *
 * <p>A path is an immutable list of segments. A segment is either an element named by its kind and
 * name ({@code vm "talos-cp-1"}), a field ({@code disk}), an index into the previous segment
 * ({@code [0]}) or a key into it ({@code ["app"]}).
 */
public final class Path {
  private static final Path ROOT = new Path(List.of());

  private final List<String> segments;

  private Path(List<String> segments) {
    this.segments = segments;
  }

  /** The empty path, for problems that concern the whole model. */
  public static Path root() {
    return ROOT;
  }

  /** A path that starts at a named model element, e.g. {@code Path.of("vm", "talos-cp-1")}. */
  public static Path of(String kind, String name) {
    return ROOT.element(kind, name);
  }

  /** This path followed by a named element: {@code kind "name"}. */
  public Path element(String kind, String name) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    return append(kind + " \"" + name + "\"");
  }

  /** This path followed by a field name. */
  public Path field(String name) {
    Objects.requireNonNull(name, "name");
    return append(name);
  }

  /** This path with an index applied to its last segment: {@code disk[0]}. */
  public Path index(int index) {
    return suffix("[" + index + "]");
  }

  /** This path with a key applied to its last segment: {@code labels["app"]}. */
  public Path key(String key) {
    Objects.requireNonNull(key, "key");
    return suffix("[\"" + key + "\"]");
  }

  /** Shorthand for {@code field(name).index(index)}. */
  public Path field(String name, int index) {
    return field(name).index(index);
  }

  /** True for the root path. */
  public boolean isRoot() {
    return segments.isEmpty();
  }

  /** The rendered segments, outermost first. */
  public List<String> segments() {
    return segments;
  }

  private Path append(String segment) {
    var next = new ArrayList<String>(segments.size() + 1);
    next.addAll(segments);
    next.add(segment);
    return new Path(List.copyOf(next));
  }

  private Path suffix(String suffix) {
    if (segments.isEmpty()) {
      return append(suffix);
    }
    var next = new ArrayList<>(segments);
    next.set(next.size() - 1, next.get(next.size() - 1) + suffix);
    return new Path(List.copyOf(next));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Path other && segments.equals(other.segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  /** The path as people read it, segments joined by {@code " › "}; the root renders as {@code (model)}. */
  @Override
  public String toString() {
    return segments.isEmpty() ? "(model)" : String.join(" › ", segments);
  }
}
