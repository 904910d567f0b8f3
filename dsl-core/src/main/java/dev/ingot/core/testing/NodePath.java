package dev.ingot.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks a path up in a value tree. A path is a sequence of
 * <ul>
 *   <li>keys separated by dots: {@code cpu.type}. A key may itself contain dots
 *       ({@code ansible.builtin.copy.content}, {@code nvidia.com/gpu.present}): at each step the
 *       longest key of the object that the rest of the path starts with is taken;</li>
 *   <li>quoted keys in brackets, for any other key: {@code labels["a.b[0]"]};</li>
 *   <li>list indexes: {@code disk[1]}. A block that occurs once may be written either as an
 *       object or as a one-element list, so {@code efi_disk[0].type} and {@code efi_disk.type}
 *       both work whichever form the file uses;</li>
 *   <li>selectors, the first list element whose key has a value: {@code tasks[name=Set the ZFS ARC maximum]},
 *       or {@code tasks[name="a]b"]} when the value holds a bracket.</li>
 * </ul>
 * The empty path is the root.
 */
final class NodePath {
  private final String path;
  private int pos;
  private String problem;

  private NodePath(String path) {
    this.path = path;
  }

  /**
   * The result of a lookup.
   *
   * @param node the node found, or null
   * @param problem why nothing was found (e.g. {@code no cpu.typo (cpu has keys: cores, type)}), or null
   */
  record Lookup(JsonNode node, String problem) {
    /** True when the path led to a node. */
    boolean found() {
      return node != null;
    }
  }

  /**
   * Follows {@code path} from {@code root}.
   *
   * @throws IllegalArgumentException when the path is malformed
   */
  static Lookup resolve(JsonNode root, String path) {
    return new NodePath(path).walk(root);
  }

  private Lookup walk(JsonNode root) {
    JsonNode node = root;
    while (pos < path.length()) {
      String at = path.substring(0, pos);
      if (path.charAt(pos) == '[') {
        node = bracket(node, at);
      } else {
        if (pos > 0) {
          expect('.');
        }
        node = key(node, at);
      }
      if (node == null) {
        return new Lookup(null, problem);
      }
    }
    return new Lookup(node, null);
  }

  private JsonNode missing(String why) {
    problem = "no " + path + " (" + why + ")";
    return null;
  }

  private JsonNode key(JsonNode node, String at) {
    JsonNode object = node.isArray() && node.size() == 1 ? node.get(0) : node;
    if (!object.isObject()) {
      return missing(describe(at) + " is " + Trees.brief(node) + ", not an object");
    }
    String rest = path.substring(pos);
    String best = null;
    for (String k : fieldNames(object)) {
      boolean fits = rest.equals(k) || rest.startsWith(k + ".") || rest.startsWith(k + "[");
      if (fits && !k.isEmpty() && (best == null || k.length() > best.length())) {
        best = k;
      }
    }
    if (best == null) {
      int end = pos;
      while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
        end++;
      }
      if (end == pos) {
        throw malformed("a key");
      }
      return missing(keysOf(object, at));
    }
    pos += best.length();
    return object.get(best);
  }

  private JsonNode bracket(JsonNode node, String at) {
    int open = pos;
    pos++;
    if (pos < path.length() && path.charAt(pos) == '"') {
      String k = quoted();
      expect(']');
      JsonNode object = node.isArray() && node.size() == 1 ? node.get(0) : node;
      if (!object.isObject()) {
        return missing(describe(at) + " is " + Trees.brief(node) + ", not an object");
      }
      return object.has(k) ? object.get(k) : missing(keysOf(object, at));
    }
    int close = path.indexOf(']', pos);
    int equals = path.indexOf('=', pos);
    if (close < 0) {
      throw malformed("]");
    }
    if (equals > 0 && equals < close) {
      return select(node, at, open, equals);
    }
    String digits = path.substring(pos, close);
    if (!digits.matches("[0-9]+")) {
      throw malformed("an index, a quoted key or a selector key=value");
    }
    pos = close + 1;
    int index = Integer.parseInt(digits);
    if (node.isArray()) {
      return index < node.size() ? node.get(index) : missing(describe(at) + " has " + node.size()
          + (node.size() == 1 ? " element" : " elements"));
    }
    if (node.isObject() && index == 0) {
      return node;
    }
    return missing(describe(at) + " is " + Trees.brief(node) + ", not a list");
  }

  private JsonNode select(JsonNode node, String at, int open, int equals) {
    String k = path.substring(open + 1, equals);
    pos = equals + 1;
    String value;
    if (pos < path.length() && path.charAt(pos) == '"') {
      value = quoted();
      expect(']');
    } else {
      int close = path.indexOf(']', pos);
      value = path.substring(pos, close);
      pos = close + 1;
    }
    List<JsonNode> elements = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(elements::add);
    } else if (node.isObject()) {
      elements.add(node);
    } else {
      return missing(describe(at) + " is " + Trees.brief(node) + ", not a list");
    }
    List<String> values = new ArrayList<>();
    for (JsonNode e : elements) {
      JsonNode v = e.path(k);
      if (v.isValueNode()) {
        if (v.asText().equals(value)) {
          return e;
        }
        values.add(v.asText());
      }
    }
    if (values.isEmpty()) {
      return missing("no element of " + describe(at) + " has a " + k);
    }
    return missing("no element of " + describe(at) + " has " + k + " \"" + value + "\""
        + "; closest values: " + String.join(", ", quote(Closest.to(value, values))));
  }

  private String quoted() {
    var out = new StringBuilder();
    pos++;
    while (pos < path.length() && path.charAt(pos) != '"') {
      char c = path.charAt(pos++);
      if (c == '\\' && pos < path.length()) {
        c = path.charAt(pos++);
      }
      out.append(c);
    }
    expect('"');
    return out.toString();
  }

  private void expect(char c) {
    if (pos >= path.length() || path.charAt(pos) != c) {
      throw malformed("'" + c + "'");
    }
    pos++;
  }

  private IllegalArgumentException malformed(String wanted) {
    return new IllegalArgumentException("malformed path \"" + path + "\": expected " + wanted + " at offset " + pos);
  }

  private static List<String> quote(List<String> values) {
    return values.stream().map(v -> "\"" + v + "\"").toList();
  }

  private static String describe(String at) {
    return at.isEmpty() ? "the top level" : at;
  }

  private static String keysOf(JsonNode object, String at) {
    List<String> keys = fieldNames(object);
    if (keys.isEmpty()) {
      return describe(at) + " is empty";
    }
    return (at.isEmpty() ? "top-level keys: " : at + " has keys: ") + String.join(", ", keys);
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
