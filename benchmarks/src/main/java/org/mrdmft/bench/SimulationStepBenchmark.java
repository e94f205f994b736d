package org.mrdmft.bench;

import java.util.concurrent.TimeUnit;
import org.mrdmft.simulation.CouplingPrecision;
import org.mrdmft.simulation.SimulationScheme;
import org.mrdmft.model.InteractionTensors;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.simulation.NetworkIntegration;
import org.mrdmft.simulation.NetworkSampler;
import org.mrdmft.simulation.SampledNetwork;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One time step of the finite-N network simulation at R = 5, N = 4000 per region, g = 1.5 in every region
 * (five dense 4000 x 4000 blocks: 640 MB in double, 320 MB in single precision), random T: the dense mat-vecs
 * dominate. Throughput in GFLOP/s is stages * R * 2 N^2 / (time per step): 4 stages for RK4, 1 for Euler, i.e.
 * 0.64 GFLOP per RK4 step; bandwidth is stages * (bytes of the blocks) / (time per step). The fork runs with
 * the Vector API module, as the SIMD kernel needs (docs/PERFORMANCE.md, "Simulation").
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:LoopUnrollLimit=400", "--add-modules=jdk.incubator.vector"})
public class SimulationStepBenchmark {
    private static final int REGIONS = 5;
    private static final int NEURONS = 4000;

    @Param({"1", "2"})
    public int threads;

    @Param({"rk4", "euler"})
    public String scheme;

    @Param({"double", "single"})
    public String precision;

    private NetworkIntegration integration;

    @Setup(Level.Trial)
    public void setUp() {
        double[] g = new double[REGIONS];
        java.util.Arrays.fill(g, 1.5);
        NetworkModel model = NetworkModel.of(g, InteractionTensors.random(REGIONS, 1.5, 3));
        SampledNetwork net = new NetworkSampler(model, NEURONS, false,
                CouplingPrecision.fromConfig(precision)).sample(1, 0);
        integration = new NetworkIntegration(model, net, SimulationScheme.fromConfig(scheme), 0.05, threads);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        integration.close();
    }

    @Benchmark
    public double step() {
        integration.step(null);
        return integration.time();
    }
}
