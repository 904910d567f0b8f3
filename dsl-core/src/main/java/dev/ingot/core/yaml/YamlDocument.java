package dev.ingot.core.yaml;

import dev.ingot.core.Document;
import java.util.List;
import java.util.Objects;

/**
 * A YAML file of one or more documents for Ansible, cloud-init, Talos patches or CI workflows,
 * rendered by {@link YamlWriter} in block style with YAML-1.1-safe quoting.
 *
 * @param firstLine a line that must come first, such as {@code #cloud-config}, or null
 * @param explicitStart whether each document starts with {@code ---} (always true when there are several)
 * @param documents the documents, in order
 */
public record YamlDocument(String firstLine, boolean explicitStart, List<YamlNode> documents) implements Document {
  /** Copies the documents and checks that there is at least one. */
  public YamlDocument {
    documents = List.copyOf(documents);
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("a YAML file needs at least one document");
    }
    explicitStart = explicitStart || documents.size() > 1;
  }

  /** An Ansible file: starts with {@code ---}. */
  public static YamlDocument ansible(YamlNode root) {
    return new YamlDocument(null, true, List.of(root));
  }

  /** A cloud-config file: {@code #cloud-config} on the first line. */
  public static YamlDocument cloudConfig(YamlNode root) {
    return new YamlDocument("#cloud-config", false, List.of(root));
  }

  /** A plain single-document file. */
  public static YamlDocument of(YamlNode root) {
    return new YamlDocument(null, false, List.of(root));
  }

  /** A file of several documents, each starting with {@code ---}. */
  public static YamlDocument stream(List<YamlNode> documents) {
    return new YamlDocument(null, true, documents);
  }

  /** The only document; fails when there are several. */
  public YamlNode root() {
    if (documents.size() != 1) {
      throw new IllegalStateException("the file holds " + documents.size() + " documents");
    }
    return Objects.requireNonNull(documents.get(0));
  }

  @Override
  public String render(String header) {
    return YamlWriter.write(this, header);
  }
}
