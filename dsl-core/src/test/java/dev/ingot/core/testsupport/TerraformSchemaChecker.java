package dev.ingot.core.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * Checks a Terraform JSON file ({@code *.tf.json}) against provider {@link TerraformSchema} tables:
 * every resource and data source type, attribute, nested block and enum value must exist, required
 * attributes and blocks must be present, read-only and deprecated ones absent, values must have
 * the attribute's type, and {@code required_providers} must pin the versions the tables describe.
 * Strings holding an expression ({@code "${…}"}) are not type- or enum-checked.
 *
 * <p>Each problem reads {@code <json path>: <what is wrong>}, e.g.
 * {@code $.resource.proxmox_storage_zfspool.tank.content[0]: "isos" is not one of backup, images, …}.
 */
public final class TerraformSchemaChecker {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> TOP_LEVEL =
      Set.of("//", "terraform", "provider", "variable", "locals", "data", "resource", "output", "module", "moved",
          "import", "removed", "check");
  private static final Set<String> TERRAFORM_KEYS =
      Set.of("//", "required_version", "required_providers", "backend", "cloud", "experiments", "provider_meta");
  private static final Set<String> RESOURCE_META =
      Set.of("//", "count", "for_each", "depends_on", "provider", "lifecycle", "provisioner", "connection");
  private static final Set<String> PROVIDER_META = Set.of("//", "alias", "version");
  private static final Set<String> VARIABLE_KEYS =
      Set.of("//", "type", "default", "description", "sensitive", "nullable", "validation", "ephemeral");
  private static final Set<String> OUTPUT_KEYS =
      Set.of("//", "value", "description", "sensitive", "depends_on", "precondition", "ephemeral");
  private static final Pattern COLLECTION = Pattern.compile("(list|set|map)\\((.+)\\)");

  private final Map<String, TerraformSchema> byLocalName;
  private final List<String> problems = new ArrayList<>();

  private TerraformSchemaChecker(List<TerraformSchema> schemas) {
    var map = new LinkedHashMap<String, TerraformSchema>();
    schemas.forEach(s -> map.put(s.localName(), s));
    this.byLocalName = map;
  }

  /** Every problem of {@code tfJson} against {@code schemas}, in document order; empty when it conforms. */
  public static List<String> check(String tfJson, TerraformSchema... schemas) {
    var checker = new TerraformSchemaChecker(List.of(schemas));
    JsonNode root;
    try {
      root = JSON.readTree(tfJson);
    } catch (JsonProcessingException e) {
      return List.of("$: not JSON: " + e.getOriginalMessage());
    }
    checker.file(root);
    return List.copyOf(checker.problems);
  }

  /** Fails the test, listing every problem, unless {@code tfJson} conforms to {@code schemas}. */
  public static void assertConforms(String name, String tfJson, TerraformSchema... schemas) {
    List<String> problems = check(tfJson, schemas);
    if (!problems.isEmpty()) {
      fail(name + " does not conform to the provider schema:\n  " + String.join("\n  ", problems));
    }
  }

  private void file(JsonNode root) {
    if (!root.isObject()) {
      problem("$", "a Terraform JSON file is an object");
      return;
    }
    for (Map.Entry<String, JsonNode> e : fields(root)) {
      String key = e.getKey();
      String at = "$." + key;
      if (!TOP_LEVEL.contains(key)) {
        problem(at, "unknown top-level key \"" + key + "\"");
        continue;
      }
      switch (key) {
        case "terraform" -> terraform(e.getValue(), at);
        case "provider" -> providers(e.getValue(), at);
        case "resource" -> instances(e.getValue(), at, false);
        case "data" -> instances(e.getValue(), at, true);
        case "variable" -> named(e.getValue(), at, VARIABLE_KEYS, "variable", null);
        case "output" -> named(e.getValue(), at, OUTPUT_KEYS, "output", "value");
        default -> { }
      }
    }
  }

  private void terraform(JsonNode node, String at) {
    for (Map.Entry<String, JsonNode> e : fields(node)) {
      if (!TERRAFORM_KEYS.contains(e.getKey())) {
        problem(at + "." + e.getKey(), "unknown terraform setting \"" + e.getKey() + "\"");
      }
    }
    for (Map.Entry<String, JsonNode> e : fields(node.path("required_providers"))) {
      TerraformSchema schema = byLocalName.get(e.getKey());
      String source = e.getValue().path("source").asText();
      if (schema != null && schema.source().equals(source)) {
        String version = e.getValue().path("version").asText();
        if (!version.equals(schema.version())) {
          problem(at + ".required_providers." + e.getKey() + ".version", "pins \"" + version
              + "\" but the schema table describes " + schema.version());
        }
      }
    }
  }

  private void providers(JsonNode node, String at) {
    for (Map.Entry<String, JsonNode> e : fields(node)) {
      TerraformSchema schema = byLocalName.get(e.getKey());
      String pat = at + "." + e.getKey();
      if (schema == null) {
        problem(pat, "no schema table for provider \"" + e.getKey() + "\"");
        continue;
      }
      for (JsonNode config : elements(e.getValue())) {
        body(config, schema.provider(), pat, PROVIDER_META, "provider " + e.getKey());
      }
    }
  }

  private void instances(JsonNode node, String at, boolean data) {
    for (Map.Entry<String, JsonNode> byType : fields(node)) {
      String type = byType.getKey();
      String tat = at + "." + type;
      for (Map.Entry<String, JsonNode> byName : fields(byType.getValue())) {
        String nat = tat + "." + byName.getKey();
        for (JsonNode instance : elements(byName.getValue())) {
          String local = instance.path("provider").isTextual()
              ? instance.path("provider").asText().split("\\.")[0]
              : type.substring(0, Math.max(0, type.indexOf('_')));
          TerraformSchema schema = byLocalName.get(local);
          if (schema == null) {
            problem(nat, "no schema table for provider \"" + local + "\" of " + type);
            continue;
          }
          JsonNode def = data ? schema.dataSource(type) : schema.resource(type);
          String what = (data ? "data source " : "resource type ") + type;
          if (def.isMissingNode()) {
            problem(tat, "unknown " + what + " in " + schema.source() + " " + schema.version());
            break;
          }
          if (def.has("deprecated")) {
            problem(tat, what + " is deprecated: " + def.path("deprecated").asText());
          }
          body(instance, def, nat, RESOURCE_META, type);
        }
      }
    }
  }

  private void named(JsonNode node, String at, Set<String> keys, String what, String required) {
    for (Map.Entry<String, JsonNode> e : fields(node)) {
      String nat = at + "." + e.getKey();
      for (Map.Entry<String, JsonNode> k : fields(e.getValue())) {
        if (!keys.contains(k.getKey())) {
          problem(nat + "." + k.getKey(), "unknown " + what + " setting \"" + k.getKey() + "\"");
        }
      }
      if (required != null && !e.getValue().has(required)) {
        problem(nat, "missing " + what + " setting \"" + required + "\"");
      }
    }
  }

  private void body(JsonNode value, JsonNode def, String at, Set<String> meta, String owner) {
    if (!value.isObject()) {
      problem(at, "expected an object");
      return;
    }
    JsonNode attributes = def.path("attributes");
    JsonNode blocks = def.path("blocks");
    for (Map.Entry<String, JsonNode> e : fields(value)) {
      String key = e.getKey();
      String kat = at + "." + key;
      if (meta.contains(key)) {
        continue;
      }
      if (attributes.has(key)) {
        attribute(e.getValue(), attributes.get(key), kat, key);
      } else if (blocks.has(key)) {
        block(e.getValue(), blocks.get(key), kat, key);
      } else {
        problem(kat, "unknown attribute or block \"" + key + "\" of " + owner);
      }
    }
    for (Map.Entry<String, JsonNode> a : fields(attributes)) {
      if (a.getValue().path("required").asBoolean() && !value.has(a.getKey())) {
        problem(at, "missing required attribute \"" + a.getKey() + "\" of " + owner);
      }
    }
    for (Map.Entry<String, JsonNode> b : fields(blocks)) {
      if (b.getValue().path("min_items").asInt(0) > 0 && !value.has(b.getKey())) {
        problem(at, "missing required block \"" + b.getKey() + "\" of " + owner);
      }
    }
  }

  private void attribute(JsonNode value, JsonNode def, String at, String name) {
    if (def.path("read_only").asBoolean()) {
      problem(at, "\"" + name + "\" is read-only and cannot be set");
      return;
    }
    if (def.has("deprecated")) {
      problem(at, "\"" + name + "\" is deprecated: " + def.path("deprecated").asText());
    }
    typed(value, def.path("type").asText(), def, at, name);
  }

  private void typed(JsonNode value, String type, JsonNode def, String at, String name) {
    if (isExpression(value)) {
      return;
    }
    Matcher collection = COLLECTION.matcher(type);
    if (collection.matches()) {
      String element = collection.group(2);
      if (collection.group(1).equals("map")) {
        if (!value.isObject()) {
          problem(at, "expected an object (" + type + ")");
          return;
        }
        fields(value).forEach(e -> typed(e.getValue(), element, def, at + "." + e.getKey(), name));
      } else {
        if (!value.isArray()) {
          problem(at, "expected an array (" + type + ")");
          return;
        }
        for (int i = 0; i < value.size(); i++) {
          typed(value.get(i), element, def, at + "[" + i + "]", name);
        }
      }
      return;
    }
    switch (type) {
      case "string" -> {
        if (!value.isTextual()) {
          problem(at, "expected a string");
        } else {
          enumValue(value.asText(), def, at);
        }
      }
      case "number" -> {
        if (!value.isNumber()) {
          problem(at, "expected a number");
        }
      }
      case "bool" -> {
        if (!value.isBoolean()) {
          problem(at, "expected true or false");
        }
      }
      case "object" -> body(value, def, at, Set.of(), "attribute " + name);
      default -> problem(at, "the schema table has an unknown type \"" + type + "\"");
    }
  }

  private void enumValue(String value, JsonNode def, String at) {
    JsonNode allowed = def.path("enum");
    if (!allowed.isArray()) {
      return;
    }
    for (JsonNode a : allowed) {
      if (a.asText().equals(value)) {
        return;
      }
    }
    List<String> names = StreamSupport.stream(allowed.spliterator(), false).map(JsonNode::asText).toList();
    problem(at, "\"" + value + "\" is not one of " + String.join(", ", names));
  }

  private void block(JsonNode value, JsonNode def, String at, String name) {
    List<JsonNode> items = elements(value);
    int min = def.path("min_items").asInt(0);
    int max = def.path("max_items").asInt(def.path("nesting").asText().equals("single") ? 1 : Integer.MAX_VALUE);
    if (items.size() < min || items.size() > max) {
      problem(at, "block \"" + name + "\" appears " + items.size() + " times; allowed: " + min + " to "
          + (max == Integer.MAX_VALUE ? "any number" : max));
    }
    for (int i = 0; i < items.size(); i++) {
      body(items.get(i), def, value.isArray() ? at + "[" + i + "]" : at, Set.of("//"), "block " + name);
    }
  }

  private static boolean isExpression(JsonNode value) {
    return value.isTextual() && value.asText().contains("${");
  }

  private static List<JsonNode> elements(JsonNode value) {
    if (value.isArray()) {
      var out = new ArrayList<JsonNode>();
      value.forEach(out::add);
      return out;
    }
    return List.of(value);
  }

  private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
    var out = new ArrayList<Map.Entry<String, JsonNode>>();
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    it.forEachRemaining(out::add);
    return out;
  }

  private void problem(String at, String message) {
    problems.add(at + ": " + message);
  }
}
