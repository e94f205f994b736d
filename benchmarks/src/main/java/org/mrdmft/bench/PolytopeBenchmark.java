package org.mrdmft.bench;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.mrdmft.stationary.FixedPointPolytope;
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
 * Vertex enumeration of the reciprocal fixed-point polytope (docs/FIGURES.md (polytope)) for R = 5, 6, 7: all
 * C(R(R-1)/2, R) bases (252, 5,005, 116,280), one LU each. b is the first feasible seeded draw of
 * U(1, 3), sorted, so the cost includes deduplicating a realistic vertex set.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:LoopUnrollLimit=400"})
public class PolytopeBenchmark {

    @Param({"5", "6", "7"})
    public int regions;

    private FixedPointPolytope polytope;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(11);
        do {
            double[] b = new double[regions];
            for (int mu = 0; mu < regions; mu++) {
                b[mu] = random.nextDouble(1.0, 3.0);
            }
            Arrays.sort(b);
            polytope = new FixedPointPolytope(b);
        } while (!polytope.feasible());
    }

    @Benchmark
    public List<double[]> enumerateVertices() {
        return polytope.vertices();
    }
}
