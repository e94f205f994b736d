package org.mrdmft.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.model.NetworkModel;

/**
 * Switched inputs ({@code inputs.schedule}) converge with order 2 whether the switch lies on the grid or inside a
 * step. Off the grid the error's constant depends on where in its step the switch falls, so the steps
 * h = 0.16, 0.04, 0.01 (ratio 4) keep that place fixed: a switch at (30 + 1/3) h sits a third into its step for
 * all three, one at (35 + 2/3) h two thirds. Self-convergence of the currents, the variances and the two-time
 * function on the grid t = 0.16 k from 3.52 (after the start-up transient, whose third-order error would
 * otherwise dominate at h = 0.16) to 6.4, p = log4(|v(h) - v(h/4)| / |v(h/4) - v(h/16)|): order 1 gives p = 1
 * (what sampling the input on the grid gave: 0.97 to 1.04), order 2 gives p = 2.
 */
class SwitchedInputOrderTest {
    private static final double[] AMPLITUDE = {1.0, 0.0, 0.5, 0.3};
    private static final double H = 0.16;
    private static final int FIRST = 22;
    private static final int LAST = 40;

    /** The network of {@link InputsAccuracyTest} with its input overlaps; the schedules set the input. */
    private static Network network() {
        return InputsAccuracyTest.base().inputOverlaps(InputsAccuracyTest.INPUT_OVERLAPS);
    }

    /** S, Delta(t,t) and Delta(t,t') on the grid t = H k, FIRST &lt;= k &lt;= LAST, flattened. */
    private static double[] sample(NetworkModel m, double dt) {
        int stride = (int) Math.round(H / dt);
        int steps = LAST * stride + 1;
        TransientResult r = Mrdmft.solve(m, DmftSettings.defaults().withDt(dt, steps));
        assertThat(r.twoTime().indices().length).isEqualTo(steps);
        double[][][] two = r.twoTime().values();
        int points = LAST - FIRST + 1;
        double[] out = new double[points * 20 + 4 * points * points];
        for (int j = 0; j < points; j++) {
            int tj = (j + FIRST) * stride;
            for (int mu = 0; mu < 4; mu++) {
                out[20 * j + mu] = r.variance()[tj][mu];
                for (int nu = 0; nu < 4; nu++) {
                    out[20 * j + 4 + 4 * mu + nu] = r.currents()[tj][mu][nu];
                }
                for (int b = 0; b < points; b++) {
                    out[20 * points + (mu * points + j) * points + b] = two[mu][tj][(b + FIRST) * stride];
                }
            }
        }
        return out;
    }

    private static double order(String name, NetworkModel m) {
        double[] a = sample(m, H);
        double[] b = sample(m, H / 4);
        double[] c = sample(m, H / 16);
        double d1 = 0.0;
        double d2 = 0.0;
        for (int i = 0; i < a.length; i++) {
            d1 = Math.max(d1, Math.abs(a[i] - b[i]));
            d2 = Math.max(d2, Math.abs(b[i] - c[i]));
        }
        double p = Math.log(d1 / d2) / Math.log(4.0);
        System.out.printf(Locale.ROOT, "%s: |v(h) - v(h/4)| %.2e, |v(h/4) - v(h/16)| %.2e, p = %.2f%n", name, d1, d2, p);
        return p;
    }

    @Test
    void switchesOnAndOffTheGridAreSecondOrder() {
        double third = H * (30 + 1.0 / 3);
        double twoThirds = H * (35 + 2.0 / 3);
        assertThat(order("on the grid, 30 h", network().inputPhase(30 * H, 1000, AMPLITUDE).build()))
                .isGreaterThan(1.8);
        assertThat(order("a third into a step", network().inputPhase(third, 1000, AMPLITUDE).build()))
                .isGreaterThan(1.8);
        assertThat(order("pulse, on a third and off two thirds into a step",
                network().inputPhase(third, twoThirds, AMPLITUDE).build())).isGreaterThan(1.8);
    }
}
