package dev.ingot.core.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks every key of a cloud-config or network-config file against the key table
 * {@code /schema/cloud-init-keys.json}, derived from cloud-init's own JSON schemas. It catches what
 * {@code cloud-init schema} 22.4 lets pass: it reports unknown keys only inside users, not at the top.
 */
public final class CloudInitKeys {
  private static final JsonNode TABLE = load();

  private CloudInitKeys() {}

  /** Every unknown key of the cloud-config {@code yaml}, as {@code path: unknown key "k"}; empty when all are known. */
  public static List<String> checkCloudConfig(String yaml) {
    return check(yaml, TABLE.path("cloud_config"));
  }

  /** Every unknown key of the network-config {@code yaml}; empty when all are known. */
  public static List<String> checkNetworkConfig(String yaml) {
    return check(yaml, TABLE.path("network_config_v2"));
  }

  /** Asserts that every key of the cloud-config {@code yaml} is known. */
  public static void assertCloudConfig(String name, String yaml) {
    assertThat(checkCloudConfig(yaml)).as("unknown keys in %s", name).isEmpty();
  }

  /** Asserts that every key of the network-config {@code yaml} is known. */
  public static void assertNetworkConfig(String name, String yaml) {
    assertThat(checkNetworkConfig(yaml)).as("unknown keys in %s", name).isEmpty();
  }

  private static List<String> check(String yaml, JsonNode schema) {
    try {
      List<String> problems = new ArrayList<>();
      walk(new ObjectMapper(new YAMLFactory()).readTree(yaml), schema, "$", problems);
      return problems;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void walk(JsonNode value, JsonNode schema, String at, List<String> problems) {
    if (schema.has("keys") && value.isObject()) {
      for (Map.Entry<String, JsonNode> e : value.properties()) {
        JsonNode child = schema.get("keys").get(e.getKey());
        if (child == null) {
          problems.add(at + ": unknown key \"" + e.getKey() + "\"");
        } else {
          walk(e.getValue(), child, at + "." + e.getKey(), problems);
        }
      }
    } else if (schema.has("values") && value.isObject()) {
      for (Map.Entry<String, JsonNode> e : value.properties()) {
        walk(e.getValue(), schema.get("values"), at + "." + e.getKey(), problems);
      }
    } else if (schema.has("items") && value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        walk(value.get(i), schema.get("items"), at + "[" + i + "]", problems);
      }
    }
  }

  private static JsonNode load() {
    try (InputStream in = CloudInitKeys.class.getResourceAsStream("/schema/cloud-init-keys.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
