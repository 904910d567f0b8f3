package dev.ingot.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a generated YAML file, by path. A playbook is a list of plays, so
 * {@code [0].tasks[3].name} is the name of the fourth task of the first play, and
 * {@code [0].tasks[name=Set the ZFS ARC maximum to 16 GiB].ansible.builtin.lineinfile.line} finds
 * a task by its name (see {@link IngotAssertions} for the path syntax). Scalars have the type YAML
 * gives them: {@code 8192} is a number, {@code "0644"} a string.
 *
 * <p>A file with several documents (a Talos patch with a {@code HostnameConfig}) is looked at one
 * document at a time: {@code yaml("talos/patches/gpu-1.yaml").document(1)}.
 */
public final class YamlAssert extends AbstractAssert<YamlAssert, JsonNode> {
  private final String path;
  private final List<JsonNode> documents;
  private final int index;

  YamlAssert(String path, List<JsonNode> documents, int index) {
    super(index < 0 ? null : documents.get(index), YamlAssert.class);
    this.path = path;
    this.documents = List.copyOf(documents);
    this.index = index;
  }

  /** The file's document number {@code index}, counting from 0. */
  public YamlAssert document(int index) {
    if (index < 0 || index >= documents.size()) {
      failWithMessage("%s", path + " has " + documents.size() + (documents.size() == 1 ? " document" : " documents")
          + ", no document " + index);
    }
    return new YamlAssert(path, documents, index);
  }

  /** Checks that the file holds exactly {@code count} documents. */
  public YamlAssert hasDocumentCount(int count) {
    if (documents.size() != count) {
      failWithMessage("%s", path + " has " + documents.size() + " documents, expected " + count);
    }
    return this;
  }

  /**
   * Checks that the value at {@code path} equals {@code expected}: a String, Number, Boolean, List,
   * Map, JsonNode or null (which expects an explicit null, not a missing value).
   */
  public YamlAssert hasValue(String path, Object expected) {
    return check(Expectations.value(root(), path, expected));
  }

  /** Checks that the value at {@code path} is a string containing {@code text}. */
  public YamlAssert hasValueContaining(String path, String text) {
    return check(Expectations.containing(root(), path, text));
  }

  /** Checks that there is a value at {@code path}. */
  public YamlAssert hasPath(String path) {
    return check(Expectations.present(root(), path));
  }

  /** Checks that there is no value at {@code path}. */
  public YamlAssert doesNotHavePath(String path) {
    return check(Expectations.absent(root(), path));
  }

  private JsonNode root() {
    if (index < 0) {
      failWithMessage("%s", path + " has " + documents.size() + " YAML documents; pick one with document(i)");
    }
    return actual;
  }

  private YamlAssert check(String problem) {
    if (problem != null) {
      failWithMessage("%s", subject() + ": " + problem);
    }
    return this;
  }

  private String subject() {
    return documents.size() == 1 ? path : path + " document " + index;
  }
}
