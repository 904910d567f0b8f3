package dev.ingot.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ingot.core.generate.ArtifactSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the Packer templates ({@code *.pkr.hcl}) of one directory, taken together as
 * Packer reads them. The HCL is read into the tree of HCL's JSON syntax: attributes are looked up
 * like Terraform JSON, expressions read as {@code "${…}"} strings ({@code proxmox_url} of a source
 * is {@code "${var.proxmox_url}"}), and nested blocks by their type ({@code efi_config.efi_type},
 * {@code disks[0].disk_size}).
 */
public final class PackerAssert extends AbstractAssert<PackerAssert, ArtifactSet> {
  private final String dir;
  private final List<ParsedFile> files;

  PackerAssert(ArtifactSet actual, String dir, List<ParsedFile> files) {
    super(actual, PackerAssert.class);
    this.dir = dir;
    this.files = List.copyOf(files);
  }

  /** Checks that there is a {@code source "type" "name"} block. */
  public BlockAssert<PackerAssert> hasSource(String type, String name) {
    Set<String> sources = new LinkedHashSet<>();
    for (ParsedFile f : files) {
      JsonNode body = f.at("source", type, name);
      if (body.isObject()) {
        return new BlockAssert<>(body, "source \"" + type + "\" \"" + name + "\" in " + f.path(), this);
      }
      for (String t : f.names("source")) {
        f.names("source", t).forEach(n -> sources.add(t + "." + n));
      }
    }
    return fail("no source " + type + "." + name + " in " + where() + Closest.describe(type + "." + name, sources));
  }

  /** Checks that there is a {@code variable "name"} block. */
  public BlockAssert<PackerAssert> hasVariable(String name) {
    Set<String> names = new LinkedHashSet<>();
    for (ParsedFile f : files) {
      JsonNode body = f.at("variable", name);
      if (body.isObject()) {
        return new BlockAssert<>(body, "variable \"" + name + "\" in " + f.path(), this);
      }
      names.addAll(f.names("variable"));
    }
    return fail("no variable " + name + " in " + where() + Closest.describe(name, names));
  }

  /**
   * Checks that {@code packer.required_plugins} pins plugin {@code name} to exactly
   * {@code version} (as written, e.g. {@code "= 1.2.4"}); the returned block is the requirement.
   */
  public BlockAssert<PackerAssert> hasRequiredPlugin(String name, String version) {
    Set<String> names = new LinkedHashSet<>();
    for (ParsedFile f : files) {
      JsonNode plugin = f.at("packer", "required_plugins", name);
      if (plugin.isObject()) {
        JsonNode pinned = plugin.path("version");
        if (!pinned.isTextual() || !pinned.asText().equals(version)) {
          fail("required plugin " + name + " in " + f.path() + " is pinned to "
              + (pinned.isMissingNode() ? "nothing" : Trees.render(pinned)) + ", expected \"" + version + "\"");
        }
        return new BlockAssert<>(plugin, "required plugin " + name + " in " + f.path(), this);
      }
      names.addAll(f.names("packer", "required_plugins"));
    }
    return fail("no required plugin " + name + " in " + where() + Closest.describe(name, names));
  }

  /**
   * Checks that there is a {@code build} block whose {@code sources} list {@code source}, e.g.
   * {@code source.proxmox-iso.debian}.
   */
  public BlockAssert<PackerAssert> hasBuild(String source) {
    Set<String> listed = new LinkedHashSet<>();
    for (ParsedFile f : files) {
      JsonNode builds = f.at("build");
      List<JsonNode> all = new ArrayList<>();
      if (builds.isArray()) {
        builds.forEach(all::add);
      } else if (builds.isObject()) {
        all.add(builds);
      }
      for (JsonNode build : all) {
        for (JsonNode s : build.path("sources")) {
          if (s.asText().equals(source)) {
            return new BlockAssert<>(build, "build of " + source + " in " + f.path(), this);
          }
          listed.add(s.asText());
        }
      }
    }
    return fail("no build of " + source + " in " + where() + Closest.describe("built sources", source, listed));
  }

  private <T> T fail(String message) {
    failWithMessage("%s", message);
    throw new AssertionError(message);
  }

  private String where() {
    return dir + "/*.pkr.hcl";
  }
}
