package dev.ingot.core.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.Comparator;

/** Conversions and comparisons of value trees (read from JSON, YAML or HCL) for the assertions. */
final class Trees {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Numbers compare by value ({@code 8192} equals {@code 8192.0}); everything else by equality. */
  private static final Comparator<JsonNode> BY_VALUE = (a, b) -> {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    return a.equals(b) ? 0 : 1;
  };

  private Trees() {}

  /** The tree for an expected Java value: null, String, Number, Boolean, List, Map or a JsonNode. */
  static JsonNode of(Object expected) {
    if (expected == null) {
      return NullNode.getInstance();
    }
    if (expected instanceof JsonNode node) {
      return node;
    }
    return JSON.valueToTree(expected);
  }

  /** True when {@code actual} equals {@code expected}, comparing numbers by value. */
  static boolean same(JsonNode actual, JsonNode expected) {
    return actual.equals(BY_VALUE, expected);
  }

  /** The value as compact JSON, e.g. {@code "host"}, {@code 8192}, {@code {"cores":4}}. */
  static String render(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@link #render} cut to about 80 characters, for hints. */
  static String brief(JsonNode node) {
    String text = render(node);
    return text.length() <= 80 ? text : text.substring(0, 77) + "…";
  }
}
