package org.mrdmft.kernel;

/**
 * Closed-form Gaussian averages for phi(x) = erf(sqrt(pi) x / 2) (docs/MODEL.md section 2), c = 2/pi.
 *
 * <p>All formulas are arranged to avoid cancellation: the correlation uses
 * c atan2(D12, sqrt((D11 + c)(D22 + c) - D12^2)) with the determinant D11 D22 - D12^2 formed by an
 * fma-compensated difference of products, so that the Cauchy-Schwarz edge, tiny and huge variances
 * (1e-12 .. 1e8) keep full relative precision. {@link #correlationColumn} is the solver's hot loop and
 * uses the cheaper asin form with {@link FastAsin}; it agrees with {@link #correlation} to about
 * 1e-16 / sqrt(1 - r) absolute (r = the asin argument), i.e. 1e-14 or better for variances up to ~1e3.
 * Stateless and thread-safe.
 */
public final class ErfKernel implements GaussianKernel {

    /** c = 2/pi: the variance scale of the closed forms. */
    public static final double C = 2.0 / Math.PI;

    private static final double INV_C = Math.PI / 2.0;

    @Override
    public double gain(double variance) {
        return 1.0 / Math.sqrt(1.0 + variance * INV_C);
    }

    /** D = c (1 - psi)(1 + psi) / psi^2; throws IllegalArgumentException unless 0 &lt; gain &lt;= 1. */
    @Override
    public double varianceForGain(double gain) {
        if (!(gain > 0.0 && gain <= 1.0)) {
            throw new IllegalArgumentException("gain must lie in (0, 1], got " + gain);
        }
        return C * (1.0 - gain) * (1.0 + gain) / (gain * gain);
    }

    @Override
    public double meanSquareSlope(double variance) {
        return 1.0 / Math.sqrt(1.0 + Math.PI * variance);
    }

    @Override
    public double correlation(double d11, double d22, double d12) {
        double w = d12 * d12;
        double err = Math.fma(-d12, d12, w);            // w - d12^2, exactly
        double det = Math.fma(d11, d22, -w) + err;       // d11 d22 - d12^2
        double rest = Math.fma(C, d11 + d22 + C, det);   // (d11 + c)(d22 + c) - d12^2
        return C * Math.atan2(d12, Math.sqrt(rest));
    }

    /** 2 / sqrt((pi D0 + 2 - pi D12)(pi D0 + 2 + pi D12)), in the equivalent form c / sqrt(...). */
    @Override
    public double correlationSlope(double d0, double d12) {
        return C / Math.sqrt(((d0 - d12) + C) * ((d0 + d12) + C));
    }

    /**
     * Phi(D0, D) = c [ sqrt((D0 + c)^2 - D^2) + D asin(D / (D0 + c)) ], the docs/MODEL.md normalisation. It
     * equals E[F(x) F(y)] with F(x) = x phi(x) + c exp(-pi x^2 / 4), the even antiderivative of phi
     * with F(x) - |x| -&gt; 0 (Price's theorem); in particular Phi(D0, 0) = c (D0 + c).
     */
    @Override
    public double correlationAntiderivative(double d0, double d) {
        double s = Math.sqrt(((d0 - d) + C) * ((d0 + d) + C));
        return C * (s + d * Math.atan2(d, s));
    }

    /**
     * dC(D0, D0, D12)/dD0 = -c D12 / ((D0 + c)^2 sqrt(1 - (D12 / (D0 + c))^2)), written as
     * -c D12 / ((D0 + c) sqrt((D0 + c - D12)(D0 + c + D12))) to keep precision at the diagonal.
     */
    @Override
    public double correlationSlopeInVariance(double d0, double d12) {
        double s = d0 + C;
        return -C * d12 / (s * Math.sqrt(((d0 - d12) + C) * ((d0 + d12) + C)));
    }

    /** dPhi(D0, D)/dD0 = c sqrt((D0 + c)^2 - D^2) / (D0 + c). */
    @Override
    public double antiderivativeSlopeInVariance(double d0, double d) {
        return C * Math.sqrt(((d0 - d) + C) * ((d0 + d) + C)) / (d0 + C);
    }

    /** 1 / sqrt(D + c). */
    @Override
    public double rowAuxiliary(double variance) {
        return 1.0 / Math.sqrt(variance + C);
    }

    /**
     * out[i] = c asin(cross[i] aux[i] auxNew). No clamping: an argument beyond the Cauchy-Schwarz bound
     * by more than the c-margin yields NaN, which flags a broken caller rather than hiding it.
     */
    @Override
    public void correlationColumn(double[] diag, double[] aux, double dNew, double auxNew, double[] cross,
                                  int from, int to, double[] out) {
        // Solvers pass predicted covariances, which at large steps can overshoot the Cauchy-Schwarz bound
        // by a little; such a pair is treated as fully correlated instead of poisoning the solve with NaN.
        AsinColumn.fill(C, aux, auxNew, cross, from, to, out);
    }

    /** out[i] = scale c asin(cross[i] aux[i] auxNew), clamped as in {@link #correlationColumn}. */
    @Override
    public void scaledCorrelationColumn(double scale, double[] diag, double[] aux, double dNew, double auxNew,
                                        double[] cross, int from, int to, double[] out) {
        AsinColumn.fill(scale * C, aux, auxNew, cross, from, to, out);
    }

    /** {@link #scaledCorrelationColumn} without its clamp, NaN beyond the bound (see the interface). */
    @Override
    public void scaledCorrelationColumnOrNaN(double scale, double[] diag, double[] aux, double dNew, double auxNew,
                                             double[] cross, int from, int to, double[] out) {
        AsinColumn.fillUnclamped(scale * C, aux, auxNew, cross, from, to, out);
    }
}
