package dev.ingot.examples.bench;

import dev.ingot.core.Infra;
import dev.ingot.core.generate.ArtifactSet;
import dev.ingot.examples.Homelab;
import org.openjdk.jmh.annotations.Benchmark;

/** Workload (a): validate and render the whole reference site in memory, warm. */
public class ReferenceSiteBenchmark extends WarmBenchmark {
  private final Infra site = new Homelab().define();

  /** Validates and renders every file of the reference site, defined once. */
  @Benchmark
  public ArtifactSet referenceSite() {
    return site.emit(Homelab.class.getName());
  }
}
