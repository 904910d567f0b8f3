package dev.ingot.core.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The schema of one Terraform provider at one version, as a table derived by hand from the
 * provider's source at its release tag and kept as a JSON test resource. {@link TerraformSchemaChecker}
 * checks emitted {@code *.tf.json} files against it.
 *
 * <p>The table's shape:
 * <pre>
 * {
 *   "source": "bpg/proxmox", "version": "0.111.1", "local_name": "proxmox",
 *   "derived_from": { … where the facts were read … },
 *   "provider": BODY,
 *   "resources": { "proxmox_storage_zfspool": BODY, … },
 *   "data_sources": { … }
 * }
 * BODY      = { "attributes": { name: ATTRIBUTE, … }, "blocks": { name: BLOCK, … } }
 * ATTRIBUTE = { "type": "string" | "number" | "bool" | "list(T)" | "set(T)" | "map(T)" | "object",
 *               "required": true, "read_only": true, "deprecated": "why",
 *               "enum": [ allowed values, of the elements for collections ],
 *               "attributes": { … } for object, list(object) and set(object) }
 * BLOCK     = { "nesting": "list" | "set" | "single", "min_items": n, "max_items": n,
 *               "attributes": { … }, "blocks": { … } }
 * </pre>
 * Resources and data sources may carry {@code "deprecated": "why"}; only what Ingot emits needs to
 * be in the table, since anything missing is reported as unknown.
 *
 * @param source the registry address, e.g. {@code bpg/proxmox}
 * @param version the exact provider version the table describes
 * @param localName the provider's local name, which prefixes its resource types
 * @param table the whole table
 */
public record TerraformSchema(String source, String version, String localName, JsonNode table) {
  /** Checks for null. */
  public TerraformSchema {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(localName, "localName");
    Objects.requireNonNull(table, "table");
  }

  /** Reads the table from the class path resource {@code resource}, e.g. {@code /schema/bpg-proxmox-0.111.1.json}. */
  public static TerraformSchema load(String resource) {
    try (InputStream in = TerraformSchema.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no schema table at " + resource);
      }
      return parse(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema in {@code table}. */
  public static TerraformSchema parse(JsonNode table) {
    return new TerraformSchema(table.path("source").asText(), table.path("version").asText(),
        table.path("local_name").asText(), table);
  }

  /** The body of the provider configuration. */
  JsonNode provider() {
    return table.path("provider");
  }

  /** The body of resource type {@code type}, or a missing node. */
  JsonNode resource(String type) {
    return table.path("resources").path(type);
  }

  /** The body of data source type {@code type}, or a missing node. */
  JsonNode dataSource(String type) {
    return table.path("data_sources").path(type);
  }
}
