package dev.ingot.examples.bench;

import dev.ingot.core.Infra;
import dev.ingot.core.generate.ArtifactSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Workload (b): validate and emit N VMs as one Terraform JSON file, warm. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class ScaleBenchmark {
  /** The number of VMs. */
  @Param({"10", "100", "1000", "10000"})
  public int vms;

  private Infra site;

  /** Builds the model once; the benchmark measures validation and emission. */
  @Setup(Level.Trial)
  public void define() {
    site = new ScaleSite(vms).define();
  }

  /** Validates the site and renders every file. */
  @Benchmark
  public ArtifactSet emit() {
    return site.emit(ScaleSite.class.getName());
  }
}
