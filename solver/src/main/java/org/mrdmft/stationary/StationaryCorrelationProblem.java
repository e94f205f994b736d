package org.mrdmft.stationary;

import org.mrdmft.kernel.GaussianKernel;

/**
 * One region's stationary two-time function on a periodic lag grid: find the even Delta(tau) with
 * (1 - d^2/dtau^2) Delta = g^2 C(D0, D0, Delta) + A, D0 = Delta(0) (docs/MODEL.md section 3), on
 * tau_k = k dtau, k = 0..M-1, period L = M dtau. The grid must be long enough for Delta to settle
 * at Dinf well before L/2; the solver checks this.
 *
 * @param g disorder strength (&gt;= 0)
 * @param a structured variance A (&gt;= 0)
 * @param kernel Gaussian averages of the nonlinearity
 * @param lagStep dtau (&gt; 0)
 * @param points M, even and at least 16
 */
public record StationaryCorrelationProblem(double g, double a, GaussianKernel kernel, double lagStep,
                                           int points) {

    /** Validates the parameters. */
    public StationaryCorrelationProblem {
        if (!(g >= 0.0 && Double.isFinite(g))) {
            throw new IllegalArgumentException("g must be finite and >= 0, got " + g);
        }
        if (!(a >= 0.0 && Double.isFinite(a))) {
            throw new IllegalArgumentException("A must be finite and >= 0, got " + a);
        }
        if (kernel == null) {
            throw new IllegalArgumentException("kernel must not be null");
        }
        if (!(lagStep > 0.0 && Double.isFinite(lagStep))) {
            throw new IllegalArgumentException("lagStep must be finite and > 0, got " + lagStep);
        }
        if (points < 16 || points % 2 != 0) {
            throw new IllegalArgumentException("points must be even and >= 16, got " + points);
        }
    }

    /**
     * The problem whose grid of step {@code lagStep} reaches at least {@code maxLag} at half the period
     * (M = 2 ceil(maxLag / dtau), rounded up to even).
     *
     * @param g disorder strength
     * @param a structured variance
     * @param kernel kernel
     * @param lagStep dtau
     * @param maxLag the largest lag the caller needs, L/2 &gt;= maxLag
     * @return the problem
     */
    public static StationaryCorrelationProblem withMaxLag(double g, double a, GaussianKernel kernel,
                                                          double lagStep, double maxLag) {
        int half = (int) Math.ceil(maxLag / lagStep - 1e-9);
        return new StationaryCorrelationProblem(g, a, kernel, lagStep, Math.max(16, 2 * half));
    }

    /** L = M dtau. */
    public double period() {
        return points * lagStep;
    }
}
