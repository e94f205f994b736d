package org.mrdmft.bench;

import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A long bounded-memory solve: R = 5, Nt = 10,000, a 1,000-lag window, in a JVM capped at 1 GiB of heap
 * (the run itself is the proof that it fits).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:LoopUnrollLimit=400"})
public class WindowedSolveBenchmark {

    private TransientProblem problem;

    @Setup
    public void setUp() {
        double[] g = {1.5, 1.5, 1.5, 1.5, 1.5};
        NetworkModel model = NetworkModel.of(g, InteractionTensors.random(5, 2.0, 3));
        DmftSettings settings = DmftSettings.defaults().withDt(0.05, 10_000).withWindow(1000);
        problem = new TransientProblem(model, settings);
    }

    @Benchmark
    public TransientResult tenThousandStepsFiveRegions() {
        return TransientSolvers.forProblem(problem).solve(problem);
    }
}
