package org.mrdmft.bench;

import java.util.concurrent.TimeUnit;
import org.mrdmft.kernel.ErfKernel;
import org.mrdmft.stationary.StationaryCorrelation;
import org.mrdmft.stationary.StationaryCorrelationProblem;
import org.mrdmft.stationary.StationaryCorrelationSolver;
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
 * One stationary SCS solve (erf, g = 2, A = 0) by the FFT route to tolerance 1e-10 on dtau = 0.2,
 * M = 2048 (the grid that gives D0 to 1e-13): Anderson mixing against plain damped iteration (beta = 1).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:LoopUnrollLimit=400"})
public class StationaryFftBenchmark {

    @Param({"anderson", "damped"})
    public String method;

    private StationaryCorrelationProblem problem;
    private StationaryCorrelationSolver solver;

    @Setup
    public void setUp() {
        problem = new StationaryCorrelationProblem(2.0, 0.0, new ErfKernel(), 0.2, 2048);
        solver = StationaryCorrelationSolver.defaults().withTolerance(1e-10);
    }

    @Benchmark
    public StationaryCorrelation scsSolve() {
        return "anderson".equals(method) ? solver.solveAnderson(problem) : solver.solveDamped(problem);
    }
}
