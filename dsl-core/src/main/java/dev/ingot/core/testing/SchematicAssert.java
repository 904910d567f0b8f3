package dev.ingot.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a Talos Image Factory schematic file. The Image Factory names a schematic by the
 * SHA-256 of its canonical YAML, which is exactly the file's bytes (Ingot writes schematics
 * without a header comment for that reason), so the ID can be checked offline.
 */
public final class SchematicAssert extends AbstractAssert<SchematicAssert, byte[]> {
  private final String path;
  private final JsonNode tree;

  SchematicAssert(String path, byte[] bytes, JsonNode tree) {
    super(bytes, SchematicAssert.class);
    this.path = path;
    this.tree = tree;
  }

  /** Checks that the schematic's ID (the hex SHA-256 of the file) is {@code id}. */
  public SchematicAssert hasId(String id) {
    String actualId = sha256(actual);
    if (!actualId.equals(id)) {
      failWithMessage("%s", path + " has schematic ID " + actualId + " (the SHA-256 of its bytes), expected " + id);
    }
    return this;
  }

  /** Checks that the official system extensions are exactly {@code extensions}, in this order. */
  public SchematicAssert hasOfficialExtensions(String... extensions) {
    List<String> listed = new ArrayList<>();
    tree.path("customization").path("systemExtensions").path("officialExtensions")
        .forEach(e -> listed.add(e.asText()));
    if (!listed.equals(List.of(extensions))) {
      failWithMessage("%s", path + " lists the official extensions " + listed + ", expected " + List.of(extensions));
    }
    return this;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
