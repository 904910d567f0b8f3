package dev.ingot.core.validate;

import java.util.ArrayList;
import java.util.Collections;
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
  private static final Path ROOT = new Path(null, null, null);

  private final Path parent;
  private final String kind;
  private final String text;

  /**
   * A segment: an element when {@code kind} is set ({@code text} is its name, rendered only when
   * needed, since most paths are built and never shown), else the rendered segment {@code text}.
   */
  private Path(Path parent, String kind, String text) {
    this.parent = parent;
    this.kind = kind;
    this.text = text;
  }

  private Path(Path parent, String segment) {
    this(parent, null, segment);
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
    return new Path(this, kind, name);
  }

  /** This path followed by a field name. */
  public Path field(String name) {
    return new Path(this, Objects.requireNonNull(name, "name"));
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
    return new Path(this, Objects.requireNonNull(name, "name") + "[" + index + "]");
  }

  /** True for the root path. */
  public boolean isRoot() {
    return parent == null;
  }

  /** The rendered segments, outermost first. */
  public List<String> segments() {
    var out = new ArrayList<String>();
    for (Path p = this; !p.isRoot(); p = p.parent) {
      out.add(p.segment());
    }
    Collections.reverse(out);
    return List.copyOf(out);
  }

  private Path suffix(String suffix) {
    return isRoot() ? new Path(ROOT, suffix) : new Path(parent, segment() + suffix);
  }

  private String segment() {
    return kind == null ? text : kind + " \"" + text + "\"";
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Path other) || isRoot() != other.isRoot()) {
      return false;
    }
    if (isRoot()) {
      return true;
    }
    boolean same = kind != null && other.kind != null
        ? kind.equals(other.kind) && text.equals(other.text)
        : segment().equals(other.segment());
    return same && parent.equals(other.parent);
  }

  @Override
  public int hashCode() {
    return isRoot() ? 1 : 31 * parent.hashCode() + segmentHash();
  }

  /** The path as people read it, segments joined by {@code " › "}; the root renders as {@code (model)}. */
  @Override
  public String toString() {
    if (isRoot()) {
      return "(model)";
    }
    var out = new StringBuilder(64);
    appendTo(out);
    return out.toString();
  }

  private void appendTo(StringBuilder out) {
    if (!parent.isRoot()) {
      parent.appendTo(out);
      out.append(" › ");
    }
    if (kind == null) {
      out.append(text);
    } else {
      out.append(kind).append(" \"").append(text).append('"');
    }
  }

  /** {@code segment().hashCode()}, without building the segment of an element. */
  private int segmentHash() {
    if (kind == null) {
      return text.hashCode();
    }
    int h = hash(hash(kind.hashCode(), " \""), text);
    return 31 * h + '"';
  }

  private static int hash(int h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }
}
