package org.mrdmft.kernel;

import java.util.function.DoubleBinaryOperator;

/**
 * Gaussian averages of the nonlinearity phi that close the DMFT (docs/MODEL.md section 2).
 * All variances are TOTAL variances of the preactivation x. Implementations are stateless and
 * thread-safe.
 */
public interface GaussianKernel {

    /** psi(D) = &lt;phi'(x)&gt;, x ~ N(0, D). */
    double gain(double variance);

    /** The variance D whose gain psi(D) equals {@code gain} (0 &lt; gain &lt;= phi'(0)). */
    double varianceForGain(double gain);

    /** &lt;phi'(x)^2&gt;, x ~ N(0, D): the static branch is stable iff g^2 times this is below 1. */
    double meanSquareSlope(double variance);

    /**
     * C(D11, D22, D12) = &lt;phi(x) phi(y)&gt; for (x, y) jointly Gaussian with variances D11, D22 and
     * covariance D12 (|D12| &lt;= sqrt(D11 D22)).
     */
    double correlation(double d11, double d22, double d12);

    /** dC/dD12 at D11 = D22 = d0. */
    double correlationSlope(double d0, double d12);

    /** Phi(D0, D) with dPhi/dD = C(D0, D0, D) and the normalisation of docs/MODEL.md section 2 for erf. */
    double correlationAntiderivative(double d0, double d);

    /**
     * dC(D0, D0, D12)/dD0 at fixed D12: both variances move together, as when the stationary equations
     * are differentiated in the total variance. The default is a finite difference of
     * {@link #correlation} (central where D0 - h &gt;= |D12|, else one-sided second order), accurate to
     * about 1e-10 relative for a kernel exact to rounding; kernels with closed forms override it.
     */
    default double correlationSlopeInVariance(double d0, double d12) {
        return varianceDerivative(d0, d12, (v, d) -> correlation(v, v, d));
    }

    /**
     * dPhi(D0, D)/dD0 at fixed D (the explicit dependence of the antiderivative on the variance). Default:
     * the finite difference described at {@link #correlationSlopeInVariance}.
     */
    default double antiderivativeSlopeInVariance(double d0, double d) {
        return varianceDerivative(d0, d, this::correlationAntiderivative);
    }

    /**
     * d f(D0, D)/dD0 by finite differences that never leave the Cauchy-Schwarz domain |D| &lt;= D0:
     * central with step h ~ eps^(1/3) (1 + D0) where D0 - h &gt;= |D|, otherwise the one-sided
     * second-order formula (-3 f(D0) + 4 f(D0 + h) - f(D0 + 2h)) / (2h).
     */
    private static double varianceDerivative(double d0, double d, DoubleBinaryOperator f) {
        double h = 6e-6 * (1.0 + Math.abs(d0));
        if (d0 - h >= Math.abs(d)) {
            return (f.applyAsDouble(d0 + h, d) - f.applyAsDouble(d0 - h, d)) / (2.0 * h);
        }
        return (-3.0 * f.applyAsDouble(d0, d) + 4.0 * f.applyAsDouble(d0 + h, d)
                - f.applyAsDouble(d0 + 2.0 * h, d)) / (2.0 * h);
    }

    /**
     * Per-row auxiliary value precomputed once per time point for {@link #correlationColumn}
     * (for erf: 1 / sqrt(D + 2/pi)).
     */
    double rowAuxiliary(double variance);

    /**
     * Fills out[i] = C(diag[i], dNew, cross[i]) for from &lt;= i &lt; to, the hot loop of the two-time
     * solvers. aux[i] must hold {@link #rowAuxiliary}(diag[i]); auxNew = rowAuxiliary(dNew).
     */
    void correlationColumn(double[] diag, double[] aux, double dNew, double auxNew, double[] cross,
                           int from, int to, double[] out);

    /**
     * Fills out[i] = scale C(diag[i], dNew, cross[i]) for from &lt;= i &lt; to: the column times a disorder
     * weight, written in the same pass so that solvers need no separate scaling pass over the column. The
     * default scales {@link #correlationColumn}'s output; kernels with a closed form fold the factor in.
     */
    default void scaledCorrelationColumn(double scale, double[] diag, double[] aux, double dNew, double auxNew,
                                         double[] cross, int from, int to, double[] out) {
        correlationColumn(diag, aux, dNew, auxNew, cross, from, to, out);
        for (int i = from; i < to; i++) {
            out[i] *= scale;
        }
    }

    /**
     * {@link #scaledCorrelationColumn}, except that an element whose covariance lies beyond the Cauchy-Schwarz
     * bound (which solvers' predictions can overshoot slightly, and which scaledCorrelationColumn treats as full
     * correlation) may come out NaN: a kernel whose bound check costs time in its hot loop leaves it out here.
     * Every other element is bitwise that of scaledCorrelationColumn, so a caller that finds no NaN has its
     * result, and one that finds some redoes the range with scaledCorrelationColumn. The default is
     * scaledCorrelationColumn itself.
     */
    default void scaledCorrelationColumnOrNaN(double scale, double[] diag, double[] aux, double dNew,
                                              double auxNew, double[] cross, int from, int to, double[] out) {
        scaledCorrelationColumn(scale, diag, aux, dNew, auxNew, cross, from, to, out);
    }
}
