package dev.ingot.core.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class TerraformSchemaCheckerTest {
  private static final TerraformSchema SCHEMA = schema("""
      {
        "source": "example/thing", "version": "1.2.3", "local_name": "example",
        "provider": {
          "attributes": { "endpoint": { "type": "string" }, "token": { "type": "string" } },
          "blocks": { "ssh": { "nesting": "list", "max_items": 1,
            "attributes": { "agent": { "type": "bool" } },
            "blocks": { "node": { "nesting": "list", "attributes": { "name": { "type": "string", "required": true } } } } } }
        },
        "resources": {
          "example_thing": {
            "attributes": {
              "id": { "type": "string", "read_only": true },
              "name": { "type": "string", "required": true },
              "mode": { "type": "string", "enum": ["fast", "safe"] },
              "tags": { "type": "set(string)", "enum": ["a", "b"] },
              "size": { "type": "number" },
              "old": { "type": "bool", "deprecated": "use mode" },
              "map": { "type": "set(object)", "attributes": {
                "node": { "type": "string", "required": true }, "group": { "type": "number" } } }
            },
            "blocks": { "disk": { "nesting": "list", "max_items": 2,
              "attributes": { "size": { "type": "number", "required": true } } } }
          },
          "example_legacy": { "deprecated": "use example_thing", "attributes": {} }
        }
      }
      """);

  private static TerraformSchema schema(String json) {
    try {
      return TerraformSchema.parse(new ObjectMapper().readTree(json));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String thing(String body) {
    return "{\"resource\": {\"example_thing\": {\"t\": {" + body + "}}}}";
  }

  @Test
  void aConformingFilePasses() {
    String json = """
        {
          "//": "generated",
          "terraform": { "required_version": ">= 1.5.0",
            "required_providers": { "example": { "source": "example/thing", "version": "1.2.3" } } },
          "provider": { "example": { "endpoint": "${var.endpoint}", "ssh": [ { "agent": true,
            "node": [ { "name": "a" }, { "name": "b" } ] } ] } },
          "variable": { "endpoint": { "type": "string", "default": "x", "sensitive": false } },
          "resource": { "example_thing": { "t": {
            "name": "t", "mode": "fast", "tags": ["a", "b"], "size": 3, "depends_on": ["example_thing.u"],
            "map": [ { "node": "a", "group": 1 } ], "disk": [ { "size": 1 }, { "size": "${var.size}" } ] } } },
          "output": { "id": { "value": "${example_thing.t.id}" } }
        }
        """;
    assertThat(TerraformSchemaChecker.check(json, SCHEMA)).isEmpty();
  }

  @Test
  void anUnknownAttributeIsReportedWithItsPath() {
    assertThat(TerraformSchemaChecker.check(thing("\"name\": \"t\", \"colour\": \"red\""), SCHEMA))
        .containsExactly("$.resource.example_thing.t.colour: unknown attribute or block \"colour\" of example_thing");
  }

  @Test
  void aWrongEnumValueIsReported() {
    assertThat(TerraformSchemaChecker.check(thing("\"name\": \"t\", \"mode\": \"slow\", \"tags\": [\"a\", \"c\"]"),
        SCHEMA)).containsExactly(
            "$.resource.example_thing.t.mode: \"slow\" is not one of fast, safe",
            "$.resource.example_thing.t.tags[1]: \"c\" is not one of a, b");
  }

  @Test
  void missingRequiredAndReadOnlyAndDeprecatedAttributesAreReported() {
    assertThat(TerraformSchemaChecker.check(thing("\"id\": \"x\", \"old\": true"), SCHEMA)).containsExactly(
        "$.resource.example_thing.t.id: \"id\" is read-only and cannot be set",
        "$.resource.example_thing.t.old: \"old\" is deprecated: use mode",
        "$.resource.example_thing.t: missing required attribute \"name\" of example_thing");
  }

  @Test
  void wrongTypesAreReported() {
    assertThat(TerraformSchemaChecker.check(thing("\"name\": 5, \"size\": \"3\", \"tags\": \"a\""), SCHEMA))
        .containsExactly(
            "$.resource.example_thing.t.name: expected a string",
            "$.resource.example_thing.t.size: expected a number",
            "$.resource.example_thing.t.tags: expected an array (set(string))");
  }

  @Test
  void nestedAttributesAndBlocksAreChecked() {
    String body = "\"name\": \"t\", \"map\": [{\"group\": 1, \"path\": \"x\"}],"
        + " \"disk\": [{\"size\": 1}, {\"size\": 2}, {\"sise\": 3}]";
    assertThat(TerraformSchemaChecker.check(thing(body), SCHEMA)).containsExactly(
        "$.resource.example_thing.t.map[0].path: unknown attribute or block \"path\" of attribute map",
        "$.resource.example_thing.t.map[0]: missing required attribute \"node\" of attribute map",
        "$.resource.example_thing.t.disk: block \"disk\" appears 3 times; allowed: 0 to 2",
        "$.resource.example_thing.t.disk[2].sise: unknown attribute or block \"sise\" of block disk",
        "$.resource.example_thing.t.disk[2]: missing required attribute \"size\" of block disk");
  }

  @Test
  void unknownAndDeprecatedTypesAndUnknownProvidersAreReported() {
    String json = "{\"resource\": {\"example_thng\": {\"a\": {}}, \"example_legacy\": {\"b\": {}},"
        + " \"other_thing\": {\"c\": {}}}, \"data\": {\"example_thing\": {\"d\": {}}}}";
    assertThat(TerraformSchemaChecker.check(json, SCHEMA)).containsExactly(
        "$.resource.example_thng: unknown resource type example_thng in example/thing 1.2.3",
        "$.resource.example_legacy: resource type example_legacy is deprecated: use example_thing",
        "$.resource.other_thing.c: no schema table for provider \"other\" of other_thing",
        "$.data.example_thing: unknown data source example_thing in example/thing 1.2.3");
  }

  @Test
  void providerConfigurationVersionPinAndSettingsAreChecked() {
    String json = "{\"terraform\": {\"required_providers\": {\"example\": {\"source\": \"example/thing\","
        + " \"version\": \"1.2.4\"}}, \"requires\": 1}, \"provider\": {\"example\": {\"endpont\": \"x\","
        + " \"ssh\": [{\"node\": [{}]}]}}, \"variable\": {\"v\": {\"typ\": \"string\"}}, \"output\": {\"o\": {}},"
        + " \"resources\": {}}";
    assertThat(TerraformSchemaChecker.check(json, SCHEMA)).containsExactly(
        "$.terraform.requires: unknown terraform setting \"requires\"",
        "$.terraform.required_providers.example.version: pins \"1.2.4\" but the schema table describes 1.2.3",
        "$.provider.example.endpont: unknown attribute or block \"endpont\" of provider example",
        "$.provider.example.ssh[0].node[0]: missing required attribute \"name\" of block node",
        "$.variable.v.typ: unknown variable setting \"typ\"",
        "$.output.o: missing output setting \"value\"",
        "$.resources: unknown top-level key \"resources\"");
  }

  @Test
  void assertConformsListsEveryProblem() {
    assertThatThrownBy(() -> TerraformSchemaChecker.assertConforms("x.tf.json", "[1]", SCHEMA))
        .hasMessage("x.tf.json does not conform to the provider schema:\n  $: a Terraform JSON file is an object");
    assertThat(TerraformSchemaChecker.check("{", SCHEMA)).singleElement().asString().startsWith("$: not JSON: ");
  }
}
