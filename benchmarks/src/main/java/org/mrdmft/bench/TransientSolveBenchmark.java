package org.mrdmft.bench;

import java.util.concurrent.TimeUnit;
import org.mrdmft.dmft.DmftScheme;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.dmft.TransientProblem;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.dmft.TransientSolvers;
import org.mrdmft.model.InteractionTensors;
import org.mrdmft.model.NetworkModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One transient solve of the unit of the paper's phase diagram (fig5): R = 2, g = 1.5 in both regions,
 * random T with scale |lambda| = 2, Nt = 2500, dt = 0.05. Run single-threaded for the per-solve time and
 * with {@code -t 2} for the throughput of independent solves on both cores.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:LoopUnrollLimit=400"})
public class TransientSolveBenchmark {

    @Param({"exp-trapezoid", "reference-euler"})
    public String scheme;

    private TransientProblem problem;

    @Setup
    public void setUp() {
        NetworkModel model = NetworkModel.of(new double[] {1.5, 1.5}, InteractionTensors.random(2, 2.0, 7));
        DmftSettings settings = DmftSettings.defaults().withScheme(DmftScheme.fromConfig(scheme));
        problem = new TransientProblem(model, settings);
    }

    @Benchmark
    public TransientResult paperPhaseDiagramUnit() {
        return TransientSolvers.forProblem(problem).solve(problem);
    }
}
