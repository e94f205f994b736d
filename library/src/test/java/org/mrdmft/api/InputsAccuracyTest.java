package org.mrdmft.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mrdmft.dmft.DmftScheme;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.model.NetworkModel;

/**
 * Issue 13 item 5: the default scheme's accuracy with a constant input, on the R = 4 network of the issue (random
 * T, g = [0.5, 1.2, 2, 0], non-identity overlaps U and V, gain-scaled input [1, 0, 0.5, 0.3]) beside the same
 * network without the input and with cross-region disorder instead. Errors at dt = 0.05 and 0.025 against the
 * (third-order) Richardson extrapolation of dt = 0.025 and 0.0125, on the variances and currents at every
 * t_k = 0.5 k up to t = 30, after the initial transient (t &gt;= 10) and at t = 30 alone. Prints the rows of
 * docs/NUMERICS.md section 1 (inputs).
 */
class InputsAccuracyTest {
    private static final double DURATION = 30.0;

    /** The issue's input overlaps V (non-identity). */
    static final double[][] INPUT_OVERLAPS = {{1, 0.3, 0, 0}, {0.2, 1, 0.1, 0}, {0, 0.5, 1, 0.2}, {0.1, 0, 0.3, 1}};

    /** The issue's R = 4 network without inputs: random T (seed 1), g = [0.5, 1.2, 2, 0], non-identity U. */
    static Network base() {
        double[][][] u = new double[4][4][4];
        for (int mu = 0; mu < 4; mu++) {
            for (int k = 0; k < 4; k++) {
                u[mu][k][k] = 1.0;
            }
            u[mu][0][1] = u[mu][1][0] = 0.4;
            u[mu][2][3] = u[mu][3][2] = -0.3;
        }
        return Network.regions(4).disorder(0.5, 1.2, 2.0, 0.0).random(1.0, 1).overlaps(u);
    }

    private static Network withInput() {
        return base().inputOverlaps(INPUT_OVERLAPS).constantInput(1.0, 0.0, 0.5, 0.3);
    }

    /** Variances and currents at t = 0, 0.5, 1, ..., DURATION, flattened. */
    private static double[] sample(NetworkModel m, double dt, DmftScheme scheme) {
        int steps = (int) Math.round(DURATION / dt) + 1;
        TransientResult r = Mrdmft.solve(m, DmftSettings.defaults().withDt(dt, steps).withScheme(scheme));
        int stride = (int) Math.round(0.5 / dt);
        int points = (steps - 1) / stride + 1;
        double[] out = new double[points * 20];
        for (int j = 0; j < points; j++) {
            for (int mu = 0; mu < 4; mu++) {
                out[20 * j + mu] = r.variance()[j * stride][mu];
                for (int nu = 0; nu < 4; nu++) {
                    out[20 * j + 4 + 4 * mu + nu] = r.currents()[j * stride][mu][nu];
                }
            }
        }
        return out;
    }

    /**
     * {max error over the run, max over t &gt;= 10 (after the initial transient), error at the end} of run k
     * against the Richardson value of runs 1 and 2.
     */
    private static double[] errors(double[][] v, int k) {
        double all = 0.0;
        double late = 0.0;
        double end = 0.0;
        int n = v[0].length;
        for (int i = 0; i < n; i++) {
            double reference = v[2][i] + (v[2][i] - v[1][i]) / 7.0;
            double e = Math.abs(v[k][i] - reference);
            all = Math.max(all, e);
            if (i >= 20 * 20) { // t >= 10
                late = Math.max(late, e);
            }
            if (i >= n - 20) {
                end = Math.max(end, e);
            }
        }
        return new double[] {all, late, end};
    }

    private static double[][] measure(String name, NetworkModel m, DmftScheme scheme) {
        double[][] v = new double[3][];
        double[] dts = {0.05, 0.025, 0.0125};
        for (int k = 0; k < 3; k++) {
            v[k] = sample(m, dts[k], scheme);
        }
        double[][] e = {errors(v, 0), errors(v, 1)};
        System.out.printf(Locale.ROOT, "%s, %s: dt = 0.05: max %.1e, t >= 10 %.1e, end %.1e; "
                        + "dt = 0.025: max %.1e, t >= 10 %.1e, end %.1e%n",
                name, scheme.name(), e[0][0], e[0][1], e[0][2], e[1][0], e[1][1], e[1][2]);
        return e;
    }

    @Test
    void constantInputWithinTheIssuesBoundAtTheDefaultStep() {
        double[][] in = measure("input", withInput().build(), DmftScheme.EXP_TRAPEZOID);
        double[][] none = measure("no input", base().build(), DmftScheme.EXP_TRAPEZOID);
        // the issue asks for 1e-4 at dt = 0.05 over the whole run: 8.4e-6 (3.0e-4 with the second-order start)
        assertThat(in[0][0]).isLessThan(1.5e-5);
        // after the initial transient and at the end (2.1e-7 and 1.8e-8)
        assertThat(in[0][1]).isLessThan(5e-7);
        assertThat(in[0][2]).isLessThan(5e-8);
        // third order over the whole run: halving dt divides the largest error by 8 or more (4.5 when it was
        // second order)
        assertThat(in[0][0] / in[1][0]).isBetween(6.5, 20.0);
        // the input costs no accuracy (the issue reported 100 times the error without it)
        for (int k = 0; k < 3; k++) {
            assertThat(in[0][k]).as("measure %d", k).isLessThan(2.0 * none[0][k]);
        }
    }

    @Test
    @Tag("slow")
    void tableWithCrossRegionDisorderAndEuler() {
        double[][] cross = new double[4][4];
        cross[0][1] = 0.8;
        cross[1][2] = 0.6;
        cross[2][3] = 0.7;
        cross[3][0] = 0.5;
        double[][] in = measure("input", withInput().build(), DmftScheme.EXP_TRAPEZOID);
        double[][] both = measure("input and cross-region disorder", withInput().crossDisorder(cross).build(),
                DmftScheme.EXP_TRAPEZOID);
        double[][] cr = measure("cross-region disorder", base().crossDisorder(cross).build(), DmftScheme.EXP_TRAPEZOID);
        double[][] euler = measure("input", withInput().build(), DmftScheme.REFERENCE_EULER);
        double[][] eulerNone = measure("no input", base().build(), DmftScheme.REFERENCE_EULER);
        assertThat(both[0][0]).isLessThan(1.5e-5);
        assertThat(cr[0][0]).isLessThan(1.5e-5);
        assertThat(both[0][2]).isLessThan(1e-7);
        assertThat(cr[0][2]).isLessThan(1e-7);
        // forward Euler, first order, is far off at the same step, with or without the input
        assertThat(euler[0][0]).isGreaterThan(1000.0 * in[0][0]);
        assertThat(euler[0][0] / eulerNone[0][0]).isBetween(0.2, 5.0);
    }
}
