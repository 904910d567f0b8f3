package dev.ingot.proxmox.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ingot.proxmox.packer.ProxmoxPlugin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The keys the {@code hashicorp/proxmox} plugin accepts at {@link ProxmoxPlugin#VERSION}, from the
 * table {@code /schema/packer-proxmox-1.2.4.json} derived from the plugin's {@code config.hcl2spec.go}.
 * {@link #check} parses a template with hcl4j and reports every key of every {@code proxmox-iso} and
 * {@code proxmox-clone} source that the table lacks or marks deprecated, every block that is repeated
 * but may appear once, every literal of the wrong type and every literal outside an enum. Expressions
 * (references, function calls) are not evaluated and pass.
 */
public final class PackerKeyTable {
  private static final JsonNode TABLE = load();

  private PackerKeyTable() {}

  /** Every problem of every Proxmox source in {@code hcl}, as {@code source.TYPE.NAME.key: message}. */
  public static List<String> check(String hcl) {
    Map<String, Object> root = parse(hcl);
    List<String> problems = new ArrayList<>();
    Map<String, Object> sources = map(root.get("source"));
    for (Map.Entry<String, Object> type : sources.entrySet()) {
      JsonNode builder = TABLE.path("builders").path(type.getKey());
      for (Map.Entry<String, Object> source : map(type.getValue()).entrySet()) {
        String at = "source." + type.getKey() + "." + source.getKey();
        if (builder.isMissingNode()) {
          problems.add(at + ": unknown builder " + type.getKey());
        } else {
          body(map(source.getValue()), builder, at, problems);
        }
      }
    }
    return problems;
  }

  /** Asserts that {@code hcl} has Proxmox sources and that all their keys are known. */
  public static void assertConforms(String name, String hcl) {
    assertThat(map(parse(hcl).get("source"))).as("sources of %s", name).isNotEmpty();
    assertThat(check(hcl)).as("keys of %s against packer-plugin-proxmox %s", name, ProxmoxPlugin.VERSION).isEmpty();
  }

  private static void body(Map<String, Object> body, JsonNode schema, String at, List<String> problems) {
    for (Map.Entry<String, Object> e : body.entrySet()) {
      String key = e.getKey();
      String here = at + "." + key;
      JsonNode attribute = schema.path("attributes").get(key);
      JsonNode block = schema.path("blocks").get(key);
      if (attribute != null) {
        attribute(e.getValue(), attribute, here, problems);
      } else if (block != null) {
        if (e.getValue() instanceof List<?> list) {
          if (block.path("nesting").asText().equals("single")) {
            problems.add(here + ": block may appear only once");
          }
          for (int i = 0; i < list.size(); i++) {
            body(map(list.get(i)), block, here + "[" + i + "]", problems);
          }
        } else {
          body(map(e.getValue()), block, here, problems);
        }
      } else {
        problems.add(here + ": unknown key \"" + key + "\"");
      }
    }
  }

  private static void attribute(Object value, JsonNode schema, String at, List<String> problems) {
    if (schema.has("deprecated")) {
      problems.add(at + ": deprecated: " + schema.get("deprecated").asText());
    }
    if (value == null || !isLiteral(value)) {
      return;
    }
    String type = schema.path("type").asText();
    boolean ok = switch (type) {
      case "string" -> value instanceof String;
      case "number" -> value instanceof Number;
      case "bool" -> value instanceof Boolean;
      case "list(string)" -> value instanceof List<?> l && l.stream().allMatch(v -> v == null || v instanceof String);
      case "list(number)" -> value instanceof List<?> l && l.stream().allMatch(v -> v == null || v instanceof Number);
      case "map(string)" -> value instanceof Map<?, ?> m
          && m.values().stream().allMatch(v -> v == null || v instanceof String);
      default -> false;
    };
    if (!ok) {
      problems.add(at + ": " + value + " is not a " + type);
    } else if (schema.has("enum") && value instanceof String s) {
      List<String> allowed = new ArrayList<>();
      schema.get("enum").forEach(v -> allowed.add(v.asText()));
      if (!allowed.contains(s)) {
        problems.add(at + ": \"" + s + "\" is not one of " + String.join(", ", allowed));
      }
    }
  }

  /** hcl4j gives strings, numbers, booleans, lists and maps for literals; anything else is an expression. */
  private static boolean isLiteral(Object value) {
    return value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof List<?>
        || value instanceof Map<?, ?>;
  }

  private static Map<String, Object> parse(String hcl) {
    try {
      return new HCLParser().parse(hcl);
    } catch (Exception e) {
      throw new AssertionError("hcl4j cannot parse the template", e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value == null ? Map.of() : (Map<String, Object>) value;
  }

  private static JsonNode load() {
    try (InputStream in = PackerKeyTable.class.getResourceAsStream("/schema/packer-proxmox-1.2.4.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
