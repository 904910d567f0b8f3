package dev.ingot.talos.patch;

import dev.ingot.core.Document;
import dev.ingot.core.yaml.YamlDocument;
import dev.ingot.core.yaml.YamlNode;
import dev.ingot.core.yaml.YamlNode.YamlMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A reviewable patch file, {@code talos/patches/<name>.yaml}: typed patches written for one
 * configuration contract. Parts that land in the same document are merged into it (one
 * {@code v1alpha1} fragment, one {@code KubeNodeConfig}, …), because Talos rejects a patch that
 * holds the same document twice; mappings merge key by key, lists are concatenated. The file
 * holds no secrets: those stay in the Terraform state.
 *
 * @param name the file name without {@code .yaml}
 * @param contract the configuration contract the parts are written for
 * @param parts the patches, in order
 */
public record PatchFile(String name, ConfigContract contract, List<MachinePatch> parts) implements Document {
  /** Checks for null and copies the parts. */
  public PatchFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(contract, "contract");
    parts = List.copyOf(parts);
  }

  /** The path of the file in a generated repository. */
  public String path() {
    return path(name);
  }

  /** The path of the patch file called {@code name}: {@code talos/patches/<name>.yaml}. */
  public static String path(String name) {
    return "talos/patches/" + name + ".yaml";
  }

  /** True when the file would hold no document. */
  public boolean isEmpty() {
    return parts.isEmpty();
  }

  /** The documents of the file: the parts' documents, those with the same identity merged, in first-seen order. */
  public List<YamlMap> documents() {
    Map<String, YamlMap> byIdentity = new LinkedHashMap<>();
    for (MachinePatch part : parts) {
      for (YamlMap doc : part.documents(contract)) {
        byIdentity.merge(identity(doc), doc, PatchFile::merge);
      }
    }
    return List.copyOf(byIdentity.values());
  }

  /** The file as a YAML stream, one {@code ---} document per configuration document. */
  @Override
  public String render(String header) {
    return YamlDocument.stream(new ArrayList<YamlNode>(documents())).render(header);
  }

  /** {@code apiVersion/kind/name}; every v1alpha1 fragment has the same identity. */
  private static String identity(YamlMap doc) {
    return text(doc.get("apiVersion")) + "/" + text(doc.get("kind")) + "/" + text(doc.get("name"));
  }

  private static String text(YamlNode node) {
    return node instanceof YamlNode.YamlStr s ? s.value() : "";
  }

  /** {@code b} merged into {@code a}: mappings key by key, sequences concatenated, other values replaced. */
  static YamlMap merge(YamlMap a, YamlMap b) {
    var entries = new ArrayList<YamlNode.Entry>(a.entries());
    for (YamlNode.Entry e : b.entries()) {
      int at = indexOf(entries, e.key());
      if (at < 0) {
        entries.add(e);
      } else {
        entries.set(at, new YamlNode.Entry(e.key(), mergeValues(entries.get(at).value(), e.value())));
      }
    }
    return new YamlMap(entries);
  }

  private static YamlNode mergeValues(YamlNode a, YamlNode b) {
    if (a instanceof YamlMap ma && b instanceof YamlMap mb) {
      return merge(ma, mb);
    }
    if (a instanceof YamlNode.YamlSeq sa && b instanceof YamlNode.YamlSeq sb) {
      var items = new ArrayList<>(sa.items());
      items.addAll(sb.items());
      return YamlNode.seq(items);
    }
    return b;
  }

  private static int indexOf(List<YamlNode.Entry> entries, String key) {
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).key().equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
