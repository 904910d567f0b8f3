package dev.ingot.core.terraform;

import dev.ingot.core.Document;
import dev.ingot.core.terraform.TfValue.TfObject;
import dev.ingot.core.value.Secret;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One {@code *.tf.json} file, filled by the components of a site during emission.
 *
 * <p>Top-level keys are written in a fixed order: {@code "//"}, {@code terraform},
 * {@code provider}, {@code variable}, {@code locals}, {@code data}, {@code resource},
 * {@code output}. Inside each, entries keep the order in which they were added, which follows the
 * order of the model. Adding the same entry twice with an identical definition is allowed (shared
 * variables and providers); adding a different definition under a name already taken fails.
 *
 * <p>Resources, data sources and outputs are rendered as they are added, so that a site of thousands
 * of them holds their text rather than a tree of small objects each until the file is written; the
 * text is what {@link TerraformJsonWriter} would write for them in place.
 */
public final class TerraformDocument implements Document {
  private String requiredVersion;
  private final Map<String, RequiredProvider> requiredProviders = new LinkedHashMap<>();
  private final Map<String, TfObject> providers = new LinkedHashMap<>();
  private final Map<String, Variable> variables = new LinkedHashMap<>();
  private final Map<String, TfValue> locals = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> data = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> resources = new LinkedHashMap<>();
  private final Map<String, String> outputs = new LinkedHashMap<>();
  private final Set<String> prerequisites = new LinkedHashSet<>();
  private final StringBuilder scratch = new StringBuilder(1024);

  /**
   * A provider requirement: {@code "proxmox": {"source": "bpg/proxmox", "version": "0.111.1"}}.
   *
   * @param source registry address
   * @param version version constraint
   */
  public record RequiredProvider(String source, String version) {
    /** Checks for null. */
    public RequiredProvider {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(version, "version");
    }
  }

  /**
   * An input variable. Its {@code type}, {@code description} and {@code default} are literal in
   * Terraform (no interpolation), and the writer treats them so.
   *
   * @param type type constraint, e.g. {@code string} or {@code list(string)}
   * @param description what the variable is for
   * @param defaultValue default value, or null for a required variable
   * @param sensitive whether Terraform hides the value in its output
   */
  public record Variable(String type, String description, TfValue defaultValue, boolean sensitive) {
    /** Checks for null. */
    public Variable {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(description, "description");
    }
  }

  /**
   * An output value.
   *
   * @param value the expression
   * @param description what it is (literal)
   * @param sensitive whether Terraform hides it
   */
  public record Output(TfValue value, String description, boolean sensitive) {
    /** Checks for null. */
    public Output {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(description, "description");
    }
  }

  /** Sets {@code terraform.required_version}. */
  public TerraformDocument requiredVersion(String constraint) {
    requiredVersion = same("required_version", requiredVersion, constraint);
    return this;
  }

  /** Adds a provider to {@code terraform.required_providers}. */
  public TerraformDocument requiredProvider(String localName, String source, String version) {
    put(requiredProviders, "required provider", localName, new RequiredProvider(source, version));
    return this;
  }

  /** Adds the configuration of a provider. */
  public TerraformDocument provider(String localName, TfObject configuration) {
    put(providers, "provider", localName, configuration);
    return this;
  }

  /** Adds an input variable. */
  public TerraformDocument variable(String name, Variable variable) {
    put(variables, "variable", name, variable);
    return this;
  }

  /**
   * Declares the sensitive string variable that carries {@code secret}. Every emitter declares
   * secrets through this method, so the same secret used in several places is one identical
   * declaration.
   */
  public TerraformDocument secret(Secret secret) {
    return variable(secret.variable(), new Variable("string", "Sensitive; from " + secret.describe(), null, true));
  }

  /** Adds a local value. */
  public TerraformDocument local(String name, TfValue value) {
    put(locals, "local", name, value);
    return this;
  }

  /** Adds a data source. */
  public TerraformDocument data(String type, String name, TfObject body) {
    putLabelled(data, "data", type, name, body);
    return this;
  }

  /** Adds a resource. */
  public TerraformDocument resource(String type, String name, TfObject body) {
    putLabelled(resources, "resource", type, name, body);
    return this;
  }

  /** Adds an output. */
  public TerraformDocument output(String name, Output output) {
    Objects.requireNonNull(output, "output");
    put(outputs, "output", name, TerraformJsonWriter.outputBody(output, scratch));
    return this;
  }

  /** The required Terraform version, or null. */
  public String requiredVersion() {
    return requiredVersion;
  }

  /** Required providers by local name, in the order they were added. */
  public Map<String, RequiredProvider> requiredProviders() {
    return Collections.unmodifiableMap(requiredProviders);
  }

  /**
   * Adds a resource that image builds need (a storage, a PCI mapping, a downloaded image, a template
   * that Packer clones), so that the generated apply order creates it before Packer runs.
   */
  public TerraformDocument prerequisite(String type, String name, TfObject body) {
    resource(type, name, body);
    prerequisites.add(type + "." + name);
    return this;
  }

  /** The addresses ({@code type.name}) of the resources added with {@link #prerequisite}, in order. */
  public List<String> prerequisites() {
    return List.copyOf(prerequisites);
  }

  /** True when nothing has been added. */
  public boolean isEmpty() {
    return requiredVersion == null && requiredProviders.isEmpty() && providers.isEmpty() && variables.isEmpty()
        && locals.isEmpty() && data.isEmpty() && resources.isEmpty() && outputs.isEmpty();
  }

  @Override
  public String render(String header) {
    return TerraformJsonWriter.write(this, header);
  }

  Map<String, TfObject> providers() {
    return providers;
  }

  Map<String, Variable> variables() {
    return variables;
  }

  Map<String, TfValue> locals() {
    return locals;
  }

  /** Data sources by type and name, their bodies rendered ({@link TerraformJsonWriter#blockBody}). */
  Map<String, Map<String, String>> data() {
    return data;
  }

  /** Resources by type and name, their bodies rendered ({@link TerraformJsonWriter#blockBody}). */
  Map<String, Map<String, String>> resources() {
    return resources;
  }

  /** Outputs by name, their bodies rendered ({@link TerraformJsonWriter#outputBody}). */
  Map<String, String> outputs() {
    return outputs;
  }

  private static <T> T same(String what, T current, T next) {
    if (current != null && !current.equals(next)) {
      throw new IllegalStateException(what + " set twice with different values: " + current + " and " + next);
    }
    return next;
  }

  private void putLabelled(
      Map<String, Map<String, String>> blocks, String what, String type, String name, TfObject body) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(body, "body");
    put(blocks.computeIfAbsent(type, t -> new LinkedHashMap<>()), what + " " + type, name,
        TerraformJsonWriter.blockBody(body, scratch));
  }

  private static <T> void put(Map<String, T> map, String what, String name, T value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    T existing = map.putIfAbsent(name, value);
    if (existing != null && !existing.equals(value)) {
      throw new IllegalStateException(what + " \"" + name + "\" defined twice with different content");
    }
  }
}
