package org.mrdmft.kernel;

/**
 * Gaussian averages of the nonlinearity phi that close the DMFT (MODEL.md section 2).
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

    /** Phi(D0, D) with dPhi/dD = C(D0, D0, D) and the normalisation of MODEL.md section 2 for erf. */
    double correlationAntiderivative(double d0, double d);

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
}
