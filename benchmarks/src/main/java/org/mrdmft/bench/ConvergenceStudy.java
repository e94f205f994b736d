package org.mrdmft.bench;

import org.mrdmft.dmft.DmftScheme;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.dmft.TransientProblem;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.dmft.TransientSolvers;
import org.mrdmft.model.NetworkModel;

/**
 * Prints the evidence behind docs/NUMERICS.md: the late variance of one random region (g = 2, SCS value
 * 2.0640800187543) for both schemes over a ladder of steps, the self-convergence order at t = 10, and the
 * effect of the lag window. Run: {@code java -cp benchmarks/target/benchmarks.jar org.mrdmft.bench.ConvergenceStudy}.
 */
public final class ConvergenceStudy {
    private static final double SCS_G2 = 2.0640800187543;

    private ConvergenceStudy() {
    }

    private static TransientResult solve(DmftScheme scheme, double dt, double duration, int window) {
        NetworkModel m = NetworkModel.of(new double[] {2.0}, new double[1][1][1]);
        DmftSettings s = DmftSettings.defaults().withScheme(scheme)
                .withDt(dt, (int) Math.round(duration / dt) + 1).withInitialCurrents(new double[][] {{0.0}})
                .withWindow(window);
        TransientProblem p = new TransientProblem(m, s);
        return TransientSolvers.forProblem(p).solve(p);
    }

    private static double last(TransientResult r) {
        return r.variance()[r.steps() - 1][0];
    }

    public static void main(String[] args) {
        System.out.println("# late variance Delta(T,T), one region, g = 2, T = 125 (exact SCS 2.0640800188)");
        System.out.println("scheme, dt, variance, error, seconds");
        for (DmftScheme scheme : DmftScheme.values()) {
            for (double dt : new double[] {0.2, 0.1, 0.05, 0.025}) {
                TransientResult r = solve(scheme, dt, 125.0, 0);
                System.out.printf("%s, %.4f, %.10f, %+.3e, %.3f%n", scheme.configName(), dt, last(r), last(r) - SCS_G2,
                        r.wallSeconds());
            }
        }
        System.out.println();
        System.out.println("# self-convergence at t = 10: order p = log2((v(h) - v(h/2)) / (v(h/2) - v(h/4)))");
        System.out.println("scheme, h, v(h), v(h/2), v(h/4), order");
        for (DmftScheme scheme : DmftScheme.values()) {
            for (double h : new double[] {0.2, 0.1}) {
                double[] v = new double[3];
                for (int k = 0; k < 3; k++) {
                    v[k] = last(solve(scheme, h / (1 << k), 10.0, 0));
                }
                double p = Math.log(Math.abs((v[0] - v[1]) / (v[1] - v[2]))) / Math.log(2.0);
                System.out.printf("%s, %.3f, %.10f, %.10f, %.10f, %.2f%n", scheme.configName(), h, v[0], v[1], v[2], p);
            }
        }
        System.out.println();
        System.out.println("# lag window (exp-trapezoid, dt = 0.05, T = 125): late variance against the full solve");
        System.out.println("window lags, window time, variance, difference to full");
        double full = last(solve(DmftScheme.EXP_TRAPEZOID, 0.05, 125.0, 0));
        for (int w : new int[] {50, 100, 200, 400, 800}) {
            double v = last(solve(DmftScheme.EXP_TRAPEZOID, 0.05, 125.0, w));
            System.out.printf("%d, %.1f, %.10f, %+.3e%n", w, w * 0.05, v, v - full);
        }
    }
}
