package org.mrdmft.stationary;

/**
 * The valid-covariance test for an even stationary two-time function on its half period:
 * Delta(0) &gt;= 0 and |Delta(tau)| &lt;= Delta(0) (Cauchy-Schwarz). Extrapolating solvers check their trial
 * iterates against it.
 */
final class CovarianceGuard {

    private CovarianceGuard() {
    }

    /** Whether {@code half} (Delta at lags 0..L/2) is a valid stationary covariance; NaN is invalid. */
    static boolean isValid(double[] half) {
        double d0 = half[0];
        if (!(d0 >= 0.0)) {
            return false;
        }
        for (double d : half) {
            if (!(Math.abs(d) <= d0)) {
                return false;
            }
        }
        return true;
    }
}
