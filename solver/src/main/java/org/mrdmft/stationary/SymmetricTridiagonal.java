package org.mrdmft.stationary;

/**
 * A real symmetric tridiagonal matrix and its lowest eigenvalue by Sturm-sequence bisection: the
 * number of eigenvalues below x is the number of negative pivots of the LDL^T factorisation of
 * (matrix - x), so bisection on that count pins the lowest eigenvalue to rounding, with O(n) work per
 * step and no eigenvector. Used for the tangent operators of {@link StationaryLyapunov}.
 *
 * @param diagonal d_0..d_{n-1}
 * @param offDiagonal e_0..e_{n-2}, e_k coupling rows k and k+1
 */
record SymmetricTridiagonal(double[] diagonal, double[] offDiagonal) {

    SymmetricTridiagonal {
        if (diagonal.length < 1 || offDiagonal.length != diagonal.length - 1) {
            throw new IllegalArgumentException("need n >= 1 diagonal and n - 1 off-diagonal entries");
        }
    }

    /** How many eigenvalues lie strictly below x. */
    int countBelow(double x) {
        int count = 0;
        double q = diagonal[0] - x;
        double tiny = Double.MIN_NORMAL * 1e20;
        for (int k = 0; ; k++) {
            if (q == 0.0) {
                q = -tiny; // a zero pivot: nudge it, the count is then that of x slightly above
            }
            if (q < 0.0) {
                count++;
            }
            if (k + 1 == diagonal.length) {
                return count;
            }
            double e = offDiagonal[k];
            q = diagonal[k + 1] - x - e * e / q;
        }
    }

    /** The lowest eigenvalue, bisected inside the Gershgorin interval until the bracket stops shrinking. */
    double lowestEigenvalue() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < diagonal.length; k++) {
            double radius = (k > 0 ? Math.abs(offDiagonal[k - 1]) : 0.0)
                    + (k < offDiagonal.length ? Math.abs(offDiagonal[k]) : 0.0);
            lo = Math.min(lo, diagonal[k] - radius);
            hi = Math.max(hi, diagonal[k] + radius);
        }
        hi += 1e-12 * (1.0 + Math.abs(hi));
        for (int it = 0; it < 200; it++) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                break;
            }
            if (countBelow(mid) >= 1) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return 0.5 * (lo + hi);
    }
}
