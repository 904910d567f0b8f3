package dev.ingot.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ingot.core.generate.ArtifactSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the Terraform JSON files ({@code *.tf.json}) of one directory, taken together as
 * Terraform reads them. Failure messages name what was looked up and the closest names found, e.g.
 * {@code no resource proxmox_virtual_environment_vm.talos_cp_4 in terraform/homelab/*.tf.json;
 * closest: talos_cp_1, talos_cp_2, talos_cp_3}.
 */
public final class TerraformAssert extends AbstractAssert<TerraformAssert, ArtifactSet> {
  private final String dir;
  private final List<ParsedFile> files;

  TerraformAssert(ArtifactSet actual, String dir, List<ParsedFile> files) {
    super(actual, TerraformAssert.class);
    this.dir = dir;
    this.files = List.copyOf(files);
  }

  /** Checks that resource {@code type.name} exists; its attributes can then be checked. */
  public BlockAssert<TerraformAssert> hasResource(String type, String name) {
    return typed("resource", "resource", type, name);
  }

  /** Checks that data source {@code data.type.name} exists; its attributes can then be checked. */
  public BlockAssert<TerraformAssert> hasDataSource(String type, String name) {
    return typed("data source", "data", type, name);
  }

  /** Checks that variable {@code name} is declared. */
  public BlockAssert<TerraformAssert> hasVariable(String name) {
    return named("variable", name, "variable");
  }

  /** Checks that output {@code name} is declared. */
  public BlockAssert<TerraformAssert> hasOutput(String name) {
    return named("output", name, "output");
  }

  /**
   * Checks that {@code terraform.required_providers} pins provider {@code name} to exactly
   * {@code version}; the returned block is the requirement ({@code source}, {@code version}).
   */
  public BlockAssert<TerraformAssert> hasProvider(String name, String version) {
    BlockAssert<TerraformAssert> requirement = named("provider", name, "terraform", "required_providers");
    JsonNode pinned = requirement.body().path("version");
    if (!pinned.isTextual() || !pinned.asText().equals(version)) {
      fail(requirement.subject() + " is pinned to " + (pinned.isMissingNode() ? "nothing" : Trees.render(pinned))
          + ", expected \"" + version + "\"");
    }
    return requirement;
  }

  /** Checks that there is a {@code provider} configuration block for {@code name}. */
  public BlockAssert<TerraformAssert> hasProviderConfiguration(String name) {
    return named("provider configuration", name, "provider");
  }

  /** Checks that there are exactly {@code count} resources of type {@code type}. */
  public TerraformAssert hasResourceCount(String type, int count) {
    List<String> names = new ArrayList<>();
    files.forEach(f -> names.addAll(f.names("resource", type)));
    if (names.size() != count) {
      failWithMessage("%s", where() + " has " + names.size() + " resources of type " + type + ", expected "
          + count + (names.isEmpty() ? "" : ": " + String.join(", ", names)));
    }
    return this;
  }

  private BlockAssert<TerraformAssert> typed(String kind, String section, String type, String name) {
    for (ParsedFile f : files) {
      JsonNode body = f.at(section, type, name);
      if (!body.isMissingNode()) {
        return new BlockAssert<>(body, kind + " " + type + "." + name + " in " + f.path(), this);
      }
    }
    Set<String> names = new LinkedHashSet<>();
    Set<String> types = new LinkedHashSet<>();
    files.forEach(f -> {
      names.addAll(f.names(section, type));
      types.addAll(f.names(section));
    });
    String problem = "no " + kind + " " + type + "." + name + " in " + where();
    if (names.isEmpty()) {
      problem += " (no " + kind + " of type " + type + ")" + Closest.describe("closest types", type, types);
    } else {
      problem += Closest.describe(name, names);
    }
    return fail(problem);
  }

  private BlockAssert<TerraformAssert> named(String kind, String name, String... section) {
    Set<String> names = new LinkedHashSet<>();
    for (ParsedFile f : files) {
      JsonNode body = f.at(section).path(name);
      if (!body.isMissingNode()) {
        return new BlockAssert<>(body, kind + " " + name + " in " + f.path(), this);
      }
      names.addAll(f.names(section));
    }
    return fail("no " + kind + " " + name + " in " + where() + Closest.describe(name, names));
  }

  private <T> T fail(String message) {
    failWithMessage("%s", message);
    throw new AssertionError(message);
  }

  private String where() {
    return dir + "/*.tf.json";
  }
}
