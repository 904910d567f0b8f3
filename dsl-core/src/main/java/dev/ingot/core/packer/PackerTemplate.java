package dev.ingot.core.packer;

import dev.ingot.core.Document;
import dev.ingot.core.hcl.HclBody;
import dev.ingot.core.hcl.HclExpr;
import dev.ingot.core.hcl.HclFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A Packer HCL2 template ({@code *.pkr.hcl}): the {@code packer} block, then variables, locals,
 * sources and builds, each group in the order given.
 *
 * <pre>{@code
 * PackerTemplate.requiring(">= 1.10.0")
 *     .plugin(new RequiredPlugin("proxmox", "1.2.4", "github.com/hashicorp/proxmox"))
 *     .variable(PackerVariable.secret("proxmox_token", "API token secret"))
 *     .source(debian)
 *     .build(PackerBuild.of("debian", debian).provision(...))
 * }</pre>
 *
 * @param requiredVersion the Packer version constraint, e.g. {@code >= 1.10.0}
 * @param plugins the required plugins
 * @param variables the input variables
 * @param locals the locals, written in one {@code locals} block
 * @param sources the sources
 * @param builds the builds
 */
public record PackerTemplate(String requiredVersion, List<RequiredPlugin> plugins, List<PackerVariable> variables,
    List<PackerLocal> locals, List<PackerSource> sources, List<PackerBuild> builds) implements Document {
  /**
   * Copies the lists and rejects two plugins, variables, locals or sources of the same name.
   *
   * @throws IllegalArgumentException on a duplicate name
   */
  public PackerTemplate {
    Objects.requireNonNull(requiredVersion, "requiredVersion");
    plugins = List.copyOf(plugins);
    variables = List.copyOf(variables);
    locals = List.copyOf(locals);
    sources = List.copyOf(sources);
    builds = List.copyOf(builds);
    requireUnique("plugin", plugins.stream().map(RequiredPlugin::name).toList());
    requireUnique("variable", variables.stream().map(PackerVariable::name).toList());
    requireUnique("local", locals.stream().map(PackerLocal::name).toList());
    requireUnique("source", sources.stream().map(PackerSource::reference).toList());
  }

  /** An empty template that requires Packer {@code requiredVersion}. */
  public static PackerTemplate requiring(String requiredVersion) {
    return new PackerTemplate(requiredVersion, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** This template with one more required plugin. */
  public PackerTemplate plugin(RequiredPlugin plugin) {
    return new PackerTemplate(requiredVersion, append(plugins, plugin), variables, locals, sources, builds);
  }

  /** This template with more variables. */
  public PackerTemplate variables(List<PackerVariable> more) {
    var next = new ArrayList<>(variables);
    next.addAll(more);
    return new PackerTemplate(requiredVersion, plugins, next, locals, sources, builds);
  }

  /** This template with one more variable. */
  public PackerTemplate variable(PackerVariable variable) {
    return variables(List.of(variable));
  }

  /** This template with one more local. */
  public PackerTemplate local(PackerLocal local) {
    return new PackerTemplate(requiredVersion, plugins, variables, append(locals, local), sources, builds);
  }

  /** This template with one more source. */
  public PackerTemplate source(PackerSource source) {
    return new PackerTemplate(requiredVersion, plugins, variables, locals, append(sources, source), builds);
  }

  /** This template with one more build. */
  public PackerTemplate build(PackerBuild build) {
    return new PackerTemplate(requiredVersion, plugins, variables, locals, sources, append(builds, build));
  }

  /** The template as an HCL file. */
  public HclFile toHcl() {
    var body = HclBody.builder().block(packerBlock());
    variables.forEach(v -> body.block(v.toBlock()));
    if (!locals.isEmpty()) {
      body.block("locals", b -> locals.forEach(l -> b.attribute(l.name(), l.value())));
    }
    sources.forEach(s -> body.block(s.toBlock()));
    builds.forEach(b -> body.block(b.toBlock()));
    return new HclFile(body.build());
  }

  @Override
  public String render(String header) {
    return toHcl().render(header);
  }

  private HclBody.Block packerBlock() {
    var body = HclBody.builder().attribute("required_version", requiredVersion);
    if (!plugins.isEmpty()) {
      body.block("required_plugins", b -> plugins.forEach(p -> {
        Map<String, HclExpr> entries = new LinkedHashMap<>();
        entries.put("version", HclExpr.str(p.version()));
        entries.put("source", HclExpr.str(p.source()));
        b.attribute(p.name(), HclExpr.object(entries));
      }));
    }
    return new HclBody.Block("packer", List.of(), body.build());
  }

  private static <T> List<T> append(List<T> list, T item) {
    var next = new ArrayList<>(list);
    next.add(Objects.requireNonNull(item));
    return next;
  }

  private static void requireUnique(String what, List<String> names) {
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (!seen.add(name)) {
        throw new IllegalArgumentException("two of the template's " + what + "s are called " + name);
      }
    }
  }
}
