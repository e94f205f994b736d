package org.mrdmft.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.mrdmft.kernel.ErfKernel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The roofline of the transient engine's column step, per cell: the erf kernel's column loop alone (its
 * arithmetic: one sqrt, one division and about 40 other operations per cell) and a streaming pass of the
 * corrector's shape (three loads, one store) over columns of fig5's length, which sit in L1/L2 as in the
 * solve. docs/PERFORMANCE.md combines them with the engine's counts of passes and bytes per cell.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:LoopUnrollLimit=400"})
public class ColumnArithmeticBenchmark {
    /** Fig5's column length (Nt = 2500). */
    static final int N = 2500;

    private final ErfKernel kernel = new ErfKernel();
    private final double[] diag = new double[N];
    private final double[] aux = new double[N];
    private final double[] cross = new double[N];
    private final double[] out = new double[N];
    private final double[] b = new double[N];
    private final double[] c = new double[N];
    private final double[] d = new double[N];
    private double auxNew;

    @Setup
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(1);
        double dNew = 2.0;
        auxNew = kernel.rowAuxiliary(dNew);
        for (int i = 0; i < N; i++) {
            diag[i] = 1.0 + rnd.nextDouble();
            aux[i] = kernel.rowAuxiliary(diag[i]);
            cross[i] = (2.0 * rnd.nextDouble() - 1.0) * Math.sqrt(diag[i] * dNew);
            b[i] = rnd.nextDouble();
            c[i] = rnd.nextDouble();
            d[i] = rnd.nextDouble();
        }
    }

    /** The kernel's column loop: ns per cell. */
    @Benchmark
    @OperationsPerInvocation(N)
    public double[] kernelColumn() {
        kernel.scaledCorrelationColumn(2.25, diag, aux, 2.0, auxNew, cross, 0, N, out);
        return out;
    }

    /** out = e b + w0 c + w1 d: a vectorised pass moving 32 bytes per cell. */
    /** The same column without the clamp, as the engine's tiles run it (NaN beyond the bound, redone then). */
    @Benchmark
    @OperationsPerInvocation(N)
    public double[] kernelColumnUnclamped() {
        kernel.scaledCorrelationColumnOrNaN(2.25, diag, aux, 2.0, auxNew, cross, 0, N, out);
        return out;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] streamingPass() {
        double e = 0.951229424500714;
        double w0 = 0.0243852877496430;
        double w1 = 0.0243852877496430;
        for (int i = 0; i < N; i++) {
            out[i] = e * b[i] + w0 * c[i] + w1 * d[i];
        }
        return out;
    }
}
