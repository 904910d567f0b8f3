package dev.ingot.core.testing;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The checks shared by the tree assertions. Each returns null when the check passes, or the
 * failure message without its subject, e.g. {@code cpu.type is "kvm64", expected "host"}.
 */
final class Expectations {
  private Expectations() {}

  /** {@code path} leads to a value equal to {@code expected} (numbers compare by value). */
  static String value(JsonNode root, String path, Object expected) {
    NodePath.Lookup lookup = NodePath.resolve(root, path);
    if (!lookup.found()) {
      return lookup.problem();
    }
    JsonNode want = Trees.of(expected);
    if (Trees.same(lookup.node(), want)) {
      return null;
    }
    return name(path) + " is " + Trees.render(lookup.node()) + ", expected " + Trees.render(want);
  }

  /** {@code path} leads to a string that contains {@code text}. */
  static String containing(JsonNode root, String path, String text) {
    NodePath.Lookup lookup = NodePath.resolve(root, path);
    if (!lookup.found()) {
      return lookup.problem();
    }
    JsonNode node = lookup.node();
    if (!node.isTextual()) {
      return name(path) + " is " + Trees.brief(node) + ", not a string";
    }
    if (node.asText().contains(text)) {
      return null;
    }
    return name(path) + " is " + Trees.render(node) + ", expected it to contain " + Trees.render(Trees.of(text));
  }

  /** {@code path} leads to a value. */
  static String present(JsonNode root, String path) {
    return NodePath.resolve(root, path).problem();
  }

  /** {@code path} leads nowhere. */
  static String absent(JsonNode root, String path) {
    NodePath.Lookup lookup = NodePath.resolve(root, path);
    if (!lookup.found()) {
      return null;
    }
    return name(path) + " is " + Trees.brief(lookup.node()) + ", expected no such value";
  }

  private static String name(String path) {
    return path.isEmpty() ? "the value" : path;
  }
}
