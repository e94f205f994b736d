package org.mrdmft.stationary;

import org.jtransforms.fft.DoubleFFT_1D;
import org.mrdmft.kernel.GaussianKernel;

/**
 * F(Delta) = IFFT[ symbol(omega) FFT(g^2 C(D0, D0, Delta) + A) ] on the half period of an even function:
 * the stationary equation's fixed-point map. The constant A sits at omega = 0 where the symbol is 1, so
 * the static part maps to itself. Owns FFT work buffers: one instance per solve, not thread-safe.
 *
 * <p>Inside the map the covariance fed to C is clamped to the Cauchy-Schwarz interval [-D0, D0] (and D0
 * to &gt;= 0) so that a trial iterate slightly outside the valid set cannot produce NaN; at a valid fixed
 * point the clamp is inactive.
 */
final class FixedPointMap {

    private final double g2;
    private final double a;
    private final GaussianKernel kernel;
    private final int points;
    private final double[] symbol;
    private final double[] work;
    private final DoubleFFT_1D fft;

    FixedPointMap(StationaryCorrelationProblem problem, LagOperator operator) {
        this.g2 = problem.g() * problem.g();
        this.a = problem.a();
        this.kernel = problem.kernel();
        this.points = problem.points();
        this.symbol = new double[points / 2 + 1];
        for (int k = 0; k <= points / 2; k++) {
            symbol[k] = operator.symbol(k, points, problem.lagStep());
        }
        this.work = new double[points];
        this.fft = new DoubleFFT_1D(points);
    }

    /** Length of the half-period vectors this map reads and writes: M/2 + 1. */
    int size() {
        return points / 2 + 1;
    }

    /** out = F(half); half and out have {@link #size()} entries and may not alias. */
    void apply(double[] half, double[] out) {
        int h = points / 2;
        double d0 = Math.max(half[0], 0.0);
        for (int k = 0; k <= h; k++) {
            double d = Math.max(-d0, Math.min(d0, half[k]));
            work[k] = g2 * kernel.correlation(d0, d0, d) + a;
        }
        for (int k = 1; k < h; k++) {
            work[points - k] = work[k];
        }
        fft.realForward(work);
        work[0] *= symbol[0];
        work[1] *= symbol[h];
        for (int k = 1; k < h; k++) {
            work[2 * k] *= symbol[k];
            work[2 * k + 1] *= symbol[k];
        }
        fft.realInverse(work, true);
        System.arraycopy(work, 0, out, 0, h + 1);
    }
}
