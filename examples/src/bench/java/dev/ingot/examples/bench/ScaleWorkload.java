package dev.ingot.examples.bench;

import dev.ingot.core.Infra;
import dev.ingot.core.InfraDefinition;
import dev.ingot.core.generate.ArtifactSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * A site of N VMs, validated and emitted warm, for N in 10, 100, 1,000 and 10,000. Each subclass
 * is one JMH benchmark (named after it) and says which site it measures; JMH inherits the
 * benchmark method, the parameter and the settings of {@link WarmBenchmark}.
 */
public abstract class ScaleWorkload extends WarmBenchmark {
  /** The number of VMs. */
  @Param({"10", "100", "1000", "10000"})
  public int vms;

  private Infra site;
  private String definition;

  /** The site with {@code vms} VMs. */
  protected abstract InfraDefinition site(int vms);

  /** Builds the model once; the benchmark measures validation and emission. */
  @Setup(Level.Trial)
  public void define() {
    InfraDefinition def = site(vms);
    site = def.define();
    definition = def.getClass().getName();
  }

  /** Validates the site and renders every file. */
  @Benchmark
  public ArtifactSet emit() {
    return site.emit(definition);
  }
}
