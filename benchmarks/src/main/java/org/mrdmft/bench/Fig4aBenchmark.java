package org.mrdmft.bench;

import java.util.concurrent.TimeUnit;
import org.mrdmft.kernel.ErfKernel;
import org.mrdmft.stationary.RegionState;
import org.mrdmft.stationary.RegionStationarySolver;
import org.mrdmft.stationary.RoutingBranches;
import org.mrdmft.stationary.RoutingCurves;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole fig4a data set: a routing region pinned at psi = 1/b, 2,500 values of g in [0, 3] for each
 * b in {1.5, 2.0, 2.5} (static and chaotic branch). Target: under 1 s. A second benchmark times the
 * per-region call of a self-consistent Newton iteration, {@code stableState(g, A)}, over a sweep of A
 * that crosses the chaos onset (one call per operation, microseconds).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:LoopUnrollLimit=400"})
public class Fig4aBenchmark {

    private static final double[] PAIR_LOOPS = {1.5, 2.0, 2.5};

    private RoutingBranches branches;
    private RegionStationarySolver solver;
    private double[] disorder;
    private int next;

    @Setup
    public void setUp() {
        branches = new RoutingBranches(new ErfKernel());
        solver = new RegionStationarySolver(new ErfKernel());
        disorder = new double[2500];
        for (int i = 0; i < disorder.length; i++) {
            disorder[i] = 3.0 * i / (disorder.length - 1);
        }
    }

    @Benchmark
    public void fig4aDataSet(Blackhole sink) {
        for (double b : PAIR_LOOPS) {
            RoutingCurves curves = branches.curves(b, disorder);
            sink.consume(curves);
        }
    }

    /** stableState at g = 2 for A cycling over [0, 3): static above A_c ~ 2.02, chaotic below. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public RegionState stableStateCall() {
        next = (next + 1) % 300;
        return solver.stableState(2.0, 0.01 * next);
    }
}
