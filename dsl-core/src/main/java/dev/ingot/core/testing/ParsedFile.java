package dev.ingot.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One generated file read into a value tree.
 *
 * @param path the file's path in the artifact set
 * @param root its tree
 */
record ParsedFile(String path, JsonNode root) {
  /** The node at {@code keys} below the root, or a missing node. */
  JsonNode at(String... keys) {
    JsonNode node = root;
    for (String k : keys) {
      node = node.path(k);
    }
    return node;
  }

  /** The field names of the object at {@code keys}, in file order; empty when there is none. */
  List<String> names(String... keys) {
    List<String> names = new ArrayList<>();
    at(keys).fieldNames().forEachRemaining(names::add);
    return names;
  }
}
