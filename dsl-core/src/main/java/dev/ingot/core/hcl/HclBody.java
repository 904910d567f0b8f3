package dev.ingot.core.hcl;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The body of an HCL file or block: attributes, nested blocks, comments and blank lines, in order.
 *
 * @param items the items in the order they are written
 */
public record HclBody(List<Item> items) {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  /** Copies the items. */
  public HclBody {
    items = List.copyOf(items);
  }

  /** One item of a body. */
  public sealed interface Item {}

  /** {@code name = value}. */
  public record Attribute(String name, HclExpr value) implements Item {
    /** Checks that the name is an HCL identifier. */
    public Attribute {
      requireIdentifier(name);
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * {@code type "label" … { body }}. A label must not contain {@code $} or {@code %}, must be in
   * Unicode NFC and must not use characters assigned after Unicode 13, because {@code terraform fmt}
   * would drop or rewrite it.
   */
  public record Block(String type, List<String> labels, HclBody body) implements Item {
    /** Checks the type and the labels, and copies the labels. */
    public Block {
      requireIdentifier(type);
      labels = List.copyOf(labels);
      labels.forEach(HclStrings::requireStableLabel);
      Objects.requireNonNull(body, "body");
    }
  }

  /** A {@code #} comment line; the text must be a single line. */
  public record Comment(String text) implements Item {
    /** Checks that the comment is one line. */
    public Comment {
      if (text.contains("\n") || text.contains("\r")) {
        throw new IllegalArgumentException("comment must be one line");
      }
    }
  }

  /** An empty line that separates groups of attributes. */
  public record Blank() implements Item {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The body that {@code fill} adds items to. */
  public static HclBody of(Consumer<Builder> fill) {
    var b = new Builder();
    fill.accept(b);
    return b.build();
  }

  /** True when the body has no items. */
  public boolean isEmpty() {
    return items.isEmpty();
  }

  /** True when {@code name} is an ASCII HCL identifier (letters, digits, {@code _}, {@code -}). */
  static boolean isIdentifier(String name) {
    return IDENTIFIER.matcher(name).matches();
  }

  private static void requireIdentifier(String name) {
    Objects.requireNonNull(name, "name");
    if (!isIdentifier(name)) {
      throw new IllegalArgumentException("not an HCL identifier: " + name);
    }
  }

  /** Collects the items of a body in order. */
  public static final class Builder {
    private final List<Item> items = new ArrayList<>();

    private Builder() {}

    /** Adds {@code name = value}. */
    public Builder attribute(String name, HclExpr value) {
      items.add(new Attribute(name, value));
      return this;
    }

    /** Adds {@code name = "value"} (a literal string). */
    public Builder attribute(String name, String value) {
      return attribute(name, HclExpr.str(value));
    }

    /** Adds {@code name = value} (a number). */
    public Builder attribute(String name, long value) {
      return attribute(name, HclExpr.num(value));
    }

    /** Adds {@code name = value} (a boolean). */
    public Builder attribute(String name, boolean value) {
      return attribute(name, HclExpr.bool(value));
    }

    /** Adds a block whose body is filled by {@code body}. */
    public Builder block(String type, List<String> labels, Consumer<Builder> body) {
      items.add(new Block(type, labels, of(body)));
      return this;
    }

    /** Adds a block without labels. */
    public Builder block(String type, Consumer<Builder> body) {
      return block(type, List.of(), body);
    }

    /** Adds a prepared block. */
    public Builder block(Block block) {
      items.add(block);
      return this;
    }

    /** Adds a comment line. */
    public Builder comment(String text) {
      items.add(new Comment(text));
      return this;
    }

    /** Adds a blank line; repeated blanks and blanks at the start or end of a body are dropped. */
    public Builder blank() {
      items.add(new Blank());
      return this;
    }

    /** The body built so far. */
    public HclBody build() {
      return new HclBody(items);
    }
  }
}
