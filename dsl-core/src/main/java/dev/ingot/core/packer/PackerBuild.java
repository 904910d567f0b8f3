package dev.ingot.core.packer;

import dev.ingot.core.hcl.HclBody;
import dev.ingot.core.hcl.HclExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@code build {}} block: which sources to build and the provisioners and post-processors that run
 * on each, in order.
 *
 * @param name the build name
 * @param sources the sources it builds, by reference
 * @param provisioners the provisioners, in the order they run
 * @param postProcessors the post-processors, in the order they run
 */
public record PackerBuild(String name, List<PackerSource> sources, List<Provisioner> provisioners,
    List<PostProcessor> postProcessors) {
  /** Checks for null and copies the lists. */
  public PackerBuild {
    Objects.requireNonNull(name, "name");
    sources = List.copyOf(sources);
    provisioners = List.copyOf(provisioners);
    postProcessors = List.copyOf(postProcessors);
  }

  /** A build called {@code name} of {@code sources}, with nothing to run yet. */
  public static PackerBuild of(String name, PackerSource... sources) {
    return new PackerBuild(name, List.of(sources), List.of(), List.of());
  }

  /** This build with more provisioners after its own. */
  public PackerBuild provision(List<Provisioner> more) {
    var next = new ArrayList<>(provisioners);
    next.addAll(more);
    return new PackerBuild(name, sources, next, postProcessors);
  }

  /** This build with more provisioners after its own. */
  public PackerBuild provision(Provisioner... more) {
    return provision(List.of(more));
  }

  /** This build with more post-processors after its own. */
  public PackerBuild postProcess(PostProcessor... more) {
    var next = new ArrayList<>(postProcessors);
    next.addAll(List.of(more));
    return new PackerBuild(name, sources, provisioners, next);
  }

  HclBody.Block toBlock() {
    var body = HclBody.builder()
        .attribute("name", name)
        .attribute("sources", HclExpr.strings(sources.stream().map(PackerSource::reference).toList()));
    provisioners.forEach(p -> body.block(p.toBlock()));
    postProcessors.forEach(p -> body.block(p.toBlock()));
    return new HclBody.Block("build", List.of(), body.build());
  }
}
