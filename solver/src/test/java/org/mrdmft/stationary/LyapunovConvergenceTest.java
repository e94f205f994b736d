package org.mrdmft.stationary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mrdmft.kernel.ErfKernel;
import org.mrdmft.kernel.GaussianKernel;

/**
 * The convergence tables of docs/NUMERICS.md section 8 (printed): the SCS exponent at g = 1.5, 2, 3 against the
 * lag step (plain second-order and Richardson values) and against the lag window.
 */
@Tag("slow")
class LyapunovConvergenceTest {
    private static final GaussianKernel ERF = new ErfKernel();

    @Test
    void lagStepAndWindowTables() {
        RegionStationarySolver states = new RegionStationarySolver(ERF);
        StationaryLyapunov base = new StationaryLyapunov(ERF);
        for (double g : new double[] {1.5, 2.0, 3.0}) {
            RegionState s = states.scs(g);
            double l = base.solve(s).window();
            double[] hs = {0.16, 0.08, 0.04, 0.02, 0.01};
            double[] plain = new double[hs.length];
            double[] richardson = new double[hs.length];
            for (int k = 0; k < hs.length; k++) {
                double h = hs[k];
                int m = (int) Math.ceil(l / h - 1e-9);
                double[] v = base.potential(s, m * h, m + 1);
                plain[k] = RegionLyapunov.exponentOf(StationaryLyapunov.evenGround(v, 1, m, h));
                richardson[k] = new StationaryLyapunov(ERF, LyapunovSettings.defaults().withLagStep(h)
                        .withFixedWindow(m * h)).solve(s).exponent();
                System.out.printf(Locale.ROOT, "g = %.1f, L = %.2f, h = %.2f: plain %.10f, Richardson %.10f%n",
                        g, m * h, h, plain[k], richardson[k]);
            }
            for (int k = 2; k < hs.length; k++) {
                double p = Math.log((plain[k - 2] - plain[k - 1]) / (plain[k - 1] - plain[k])) / Math.log(2.0);
                assertThat(p).as("order at g = %s, h = %s", g, hs[k]).isBetween(1.9, 2.1);
                assertThat(richardson[k]).isCloseTo(richardson[hs.length - 1], within(1e-9));
            }
            double[] windows = {5, 10, 15, 20, 30, 40};
            double[] byWindow = new double[windows.length];
            for (int k = 0; k < windows.length; k++) {
                byWindow[k] = new StationaryLyapunov(ERF, LyapunovSettings.defaults().withFixedWindow(windows[k]))
                        .solve(s).exponent();
                System.out.printf(Locale.ROOT, "g = %.1f, h = 0.04, L = %.0f: %.10f%n", g, windows[k], byWindow[k]);
            }
            // the Dirichlet end can only raise E0: lambda grows towards its limit as L grows
            for (int k = 1; k < windows.length; k++) {
                assertThat(byWindow[k]).isGreaterThanOrEqualTo(byWindow[k - 1] - 1e-12);
            }
            assertThat(byWindow[windows.length - 1]).isCloseTo(base.solve(s).exponent(), within(1e-9));
        }
    }
}
