package dev.ingot.examples.bench;

import dev.ingot.core.Infra;
import dev.ingot.core.generate.ArtifactSet;
import dev.ingot.examples.Homelab;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Workload (a): validate and render the whole reference site in memory, warm. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class ReferenceSiteBenchmark {
  private final Infra site = new Homelab().define();

  /** Defines, validates and renders every file of the reference site. */
  @Benchmark
  public ArtifactSet referenceSite() {
    return site.emit(Homelab.class.getName());
  }
}
