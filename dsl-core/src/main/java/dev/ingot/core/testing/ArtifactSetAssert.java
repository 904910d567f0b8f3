package dev.ingot.core.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.ingot.core.generate.ArtifactSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a whole set of generated files; the entry point of the Ingot assertions
 * ({@link IngotAssertions#assertThat(ArtifactSet)}). From here, {@link #terraform}, {@link #packer},
 * {@link #yaml}, {@link #schematic} and {@link #file} narrow to one directory or file.
 */
public final class ArtifactSetAssert extends AbstractAssert<ArtifactSetAssert, ArtifactSet> {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();

  ArtifactSetAssert(ArtifactSet actual) {
    super(actual, ArtifactSetAssert.class);
    isNotNull();
  }

  /** Checks that there is a file at {@code path}. */
  public ArtifactSetAssert hasFile(String path) {
    text(path);
    return this;
  }

  /** Checks that there is no file at {@code path}. */
  public ArtifactSetAssert doesNotHaveFile(String path) {
    if (actual.contains(path)) {
      failWithMessage("%s", "unexpected file " + path);
    }
    return this;
  }

  /** The text of the file at {@code path}, for string assertions. */
  public TextFileAssert file(String path) {
    return new TextFileAssert(path, text(path));
  }

  /** The Terraform JSON files ({@code *.tf.json}) directly in {@code dir}, e.g. {@code terraform/homelab}. */
  public TerraformAssert terraform(String dir) {
    String d = trim(dir);
    List<ParsedFile> files = new ArrayList<>();
    for (String path : inDirectory(d, ".tf.json")) {
      try {
        files.add(new ParsedFile(path, JSON.readTree(actual.text(path))));
      } catch (JsonProcessingException e) {
        failWithMessage("%s", path + " is not JSON: " + e.getOriginalMessage());
      }
    }
    return new TerraformAssert(actual, d, files);
  }

  /** The Packer templates ({@code *.pkr.hcl}) directly in {@code dir}, e.g. {@code packer/debian}. */
  public PackerAssert packer(String dir) {
    String d = trim(dir);
    List<ParsedFile> files = new ArrayList<>();
    for (String path : inDirectory(d, ".pkr.hcl")) {
      try {
        files.add(new ParsedFile(path, HclReader.read(actual.text(path))));
      } catch (IllegalArgumentException e) {
        failWithMessage("%s", path + " cannot be read: " + e.getMessage());
      }
    }
    return new PackerAssert(actual, d, files);
  }

  /** The YAML file at {@code path}, e.g. {@code ansible/playbooks/proxmox-host.yml}. */
  public YamlAssert yaml(String path) {
    List<JsonNode> documents = documents(path);
    return new YamlAssert(path, documents, documents.size() == 1 ? 0 : -1);
  }

  /** The Talos Image Factory schematic at {@code path}, e.g. {@code talos/schematics/base.yaml}. */
  public SchematicAssert schematic(String path) {
    List<JsonNode> documents = documents(path);
    if (documents.size() != 1) {
      failWithMessage("%s", path + " has " + documents.size() + " YAML documents; a schematic has one");
    }
    return new SchematicAssert(path, actual.bytes(path), documents.get(0));
  }

  /**
   * Checks that none of {@code values} (e.g. the secrets of a test fixture) appears in any file.
   * The message lists where each was found, as {@code value <n>} (its position among the
   * arguments, from 1), and never repeats the value.
   */
  public ArtifactSetAssert containsNoText(String... values) {
    List<TextScan.Hit> hits = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null || values[i].isBlank()) {
        throw new IllegalArgumentException("value " + (i + 1) + " is blank; it would match everywhere");
      }
      hits.addAll(TextScan.find(actual, Pattern.compile(Pattern.quote(values[i])), "value " + (i + 1)));
    }
    return scan("found text that must not appear", hits);
  }

  /**
   * Checks that no file has a match of any of {@code patterns} (private keys, literal passwords
   * …). The message gives the pattern and the place of each match, not the matched text.
   */
  public ArtifactSetAssert containsNoMatch(Pattern... patterns) {
    List<TextScan.Hit> hits = new ArrayList<>();
    for (Pattern p : patterns) {
      hits.addAll(TextScan.find(actual, p, "/" + p.pattern() + "/"));
    }
    return scan("found text matching a forbidden pattern", hits);
  }

  private ArtifactSetAssert scan(String heading, List<TextScan.Hit> hits) {
    String problem = TextScan.describe(heading, hits);
    if (problem != null) {
      failWithMessage("%s", problem);
    }
    return this;
  }

  private List<JsonNode> documents(String path) {
    String text = text(path);
    List<JsonNode> documents = new ArrayList<>();
    try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(text)) {
      while (it.hasNextValue()) {
        documents.add(it.nextValue());
      }
    } catch (IOException | RuntimeException e) {
      failWithMessage("%s", path + " is not YAML: " + e.getMessage());
    }
    return documents;
  }

  private String text(String path) {
    String text = actual.text(path);
    if (text == null) {
      failWithMessage("%s", "no file " + path + Closest.describe(path, actual.paths()));
    }
    return text;
  }

  private List<String> inDirectory(String dir, String suffix) {
    List<String> found = new ArrayList<>();
    Set<String> dirs = new LinkedHashSet<>();
    for (String path : actual.paths()) {
      int slash = path.lastIndexOf('/');
      String parent = slash < 0 ? "" : path.substring(0, slash);
      if (path.endsWith(suffix)) {
        dirs.add(parent.isEmpty() ? "." : parent);
        if (parent.equals(dir)) {
          found.add(path);
        }
      }
    }
    if (found.isEmpty()) {
      failWithMessage("%s", "no *" + suffix + " files in " + dir
          + Closest.describe("closest directories with such files", dir, dirs));
    }
    return found;
  }

  private static String trim(String dir) {
    return dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
  }
}
