package org.mrdmft.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.mrdmft.sweep.SweepPlan;
import org.mrdmft.sweep.SweepRow;
import org.mrdmft.sweep.SweepSpecReader;
import org.mrdmft.sweep.TransientRowSolver;
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
 * One row of the full fig5 sweep (examples/sweeps/fig5.yaml: 40 x 40 targets, 50 draws, Nt = 2500): the
 * rejection-sampled T, the transient solve and the classification, cycling through rows spread over the
 * whole grid so the average covers easy and hard targets. 80,000 rows x this time / cores is the projected
 * wall time of the full sweep.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:LoopUnrollLimit=400"})
public class Fig5RowBenchmark {
    static final String SWEEP = """
            name: fig5
            base:
              regions: 2
              disorder: 1.5
              interactions: {random: {scale: 1.0, seed: 0}}
              dmft: {mode: transient, dt: 0.05, steps: 2500, classifier: paper}
            axes:
              - key: interactions
                leadingEigenvalue:
                  re: {linspace: [1.0, 2.5, 40]}
                  im: {linspace: [0.0, 1.5, 40]}
                  tolerance: 0.01875
            draws: 50
            seed: 0
            """;
    /** A stride coprime to 80,000 that walks the grid evenly. */
    private static final int STRIDE = 7919;

    private SweepPlan plan;
    private final TransientRowSolver solver = new TransientRowSolver();
    private int next;

    @Setup
    public void setUp() throws Exception {
        ObjectNode tree = (ObjectNode) new ObjectMapper(new YAMLFactory()).readTree(SWEEP);
        plan = SweepSpecReader.parsePlan(tree, Path.of("."), "fig5");
    }

    @Benchmark
    public SweepRow fig5Row() {
        int rows = plan.points() * plan.spec().draws();
        int row = next;
        next = (next + STRIDE) % rows;
        return solver.solve(plan, row / plan.spec().draws(), row % plan.spec().draws());
    }
}
