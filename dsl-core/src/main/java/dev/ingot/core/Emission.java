package dev.ingot.core;

import dev.ingot.core.generate.ArtifactSet;
import dev.ingot.core.terraform.TerraformDocument;
import dev.ingot.core.value.Secret;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The files of a site while its components emit them: each component adds documents by relative
 * path, and shared documents (one Terraform file that many VMs add to) are created on first use.
 */
public final class Emission {
  private final Infra infra;
  private final Map<String, Document> documents = new LinkedHashMap<>();

  Emission(Infra infra) {
    this.infra = infra;
  }

  /** The site being emitted. */
  public Infra infra() {
    return infra;
  }

  /** The site name. */
  public String site() {
    return infra.name();
  }

  /** The shared Terraform file {@code terraform/<site>/<stem>.tf.json}, created on first use. */
  public TerraformDocument terraform(String stem) {
    return shared("terraform/" + site() + "/" + stem + ".tf.json", TerraformDocument.class, TerraformDocument::new);
  }

  /**
   * The shared document at {@code path}, created with {@code create} on first use.
   *
   * @throws IllegalStateException when another kind of document already has that path
   */
  public <D extends Document> D shared(String path, Class<D> type, Supplier<D> create) {
    Document existing = documents.computeIfAbsent(path, p -> create.get());
    if (!type.isInstance(existing)) {
      throw new IllegalStateException(path + " is already a " + existing.getClass().getSimpleName());
    }
    return type.cast(existing);
  }

  /**
   * Adds a document that only one component writes.
   *
   * @throws IllegalStateException when the path is taken
   */
  public void add(String path, Document document) {
    if (documents.putIfAbsent(path, document) != null) {
      throw new IllegalStateException("two components write " + path);
    }
  }

  /** True when a document has been added at {@code path}. */
  public boolean has(String path) {
    return documents.containsKey(path);
  }

  /** The paths of the documents added so far, sorted. */
  public List<String> paths() {
    return documents.keySet().stream().sorted().toList();
  }

  /** The document added at {@code path}, if any. */
  public Optional<Document> document(String path) {
    return Optional.ofNullable(documents.get(path));
  }

  /** The secrets of every component of the site ({@link Component#secrets(Infra)}), each once, in declaration order. */
  public List<Secret> secrets() {
    var all = new LinkedHashSet<Secret>();
    infra.components().forEach(c -> all.addAll(c.secrets(infra)));
    return List.copyOf(all);
  }

  ArtifactSet render(String header) {
    var builder = ArtifactSet.builder();
    documents.forEach((path, doc) -> builder.add(path, doc.render(header)));
    return builder.build();
  }
}
