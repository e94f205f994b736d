package org.mrdmft.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.mrdmft.dmft.DmftScheme;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.dmft.TransientProblem;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.dmft.TransientSolvers;
import org.mrdmft.model.InteractionTensors;
import org.mrdmft.model.NetworkModel;

/**
 * {@link TransientSolveBenchmark}'s warm solve timed in the solving thread's CPU time, for machines too loaded
 * for JMH's wall clock: solves the same problem repeatedly and prints the minimum and median of the second half
 * (the first half warms the JIT), and a checksum of every variance so that engines can be compared for
 * identical results. Compare builds by running them alternately, A B A B, in the same minutes.
 *
 * <p>Usage: {@code java -XX:LoopUnrollLimit=400 -cp benchmarks/target/benchmarks.jar
 * org.mrdmft.bench.WarmSolveCpuTime [solves, default 60] [label]}
 */
public final class WarmSolveCpuTime {

    private WarmSolveCpuTime() {
    }

    public static void main(String[] args) {
        int solves = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        String label = args.length > 1 ? args[1] : "exp-trapezoid";
        if (solves < 2) {
            throw new IllegalArgumentException("solves must be >= 2");
        }
        NetworkModel model = NetworkModel.of(new double[] {1.5, 1.5}, InteractionTensors.random(2, 2.0, 7));
        DmftSettings settings = DmftSettings.defaults().withScheme(DmftScheme.fromConfig("exp-trapezoid"));
        TransientProblem problem = new TransientProblem(model, settings);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[solves];
        double checksum = 0.0;
        for (int k = 0; k < solves; k++) {
            long start = threads.getCurrentThreadCpuTime();
            TransientResult result = TransientSolvers.forProblem(problem).solve(problem);
            ms[k] = (threads.getCurrentThreadCpuTime() - start) * 1e-6;
            checksum = 0.0;
            for (double[] row : result.variance()) {
                for (double v : row) {
                    checksum += v;
                }
            }
        }
        double[] late = Arrays.copyOfRange(ms, solves / 2, solves);
        Arrays.sort(late);
        System.out.printf(Locale.ROOT, "%s: thread CPU per solve min %.2f ms, median %.2f ms (last %d of %d);"
                + " sum of variances %.17g%n", label, late[0], late[late.length / 2], late.length, solves, checksum);
    }
}
