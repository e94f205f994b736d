package org.mrdmft.dmft;

/**
 * The rules of one step's diagonal corner, shared by the transient engine ({@link ExponentialTrapezoidSolver})
 * and the replica deficit ({@link DeficitColumns}), which must integrate by the same rules for their
 * discretisation errors to cancel: the known part of the implicit cell [t_{n-1}, t_n]^2 of the two-time
 * integral, the weight of the unknown corner F(n, n), and the steps of G to the diagonal G(n, n) and to the
 * sub-diagonal G(n, n-1). Three-point (quadratic) weights in both times where the row before the step exists,
 * the trapezoidal ones where it does not (n = 1, or a window of one lag); docs/NUMERICS.md section 1.
 */
final class DiagonalRules {
    private final double e;
    private final double e2;
    private final double w0;
    private final double w1;
    private final double qb;
    private final double qm;
    private final double qe;

    DiagonalRules(double dt) {
        ExponentialWeights ew = ExponentialWeights.of(dt);
        QuadraticWeights qw = QuadraticWeights.of(dt);
        this.e = ew.e();
        this.e2 = e * e;
        this.w0 = ew.w0();
        this.w1 = ew.w1();
        this.qb = qw.back();
        this.qm = qw.mid();
        this.qe = qw.end();
    }

    /** Whether step n uses the three-point weights: rows n-2, n-1 and n all lie in the column's window. */
    static boolean threePoint(int n, int lo) {
        return n >= 2 && lo <= n - 2;
    }

    /** The weight of F(n, n) in the cell is the square of this one. */
    double cornerWeight(boolean three) {
        return three ? qe : w1;
    }

    /**
     * The corner's value without the term of F(n, n): 2 e X(n-1, n) - e^2 X(n-1, n-1) plus the cell's known
     * sources, X being the integrated function (Q, or the deficit D).
     *
     * @param upper X(n-1, n), from the current column
     * @param corner X(n-1, n-1), from the previous column
     * @param fc the current column's sources F(., n)
     * @param fp the previous column's sources F(., n-1)
     * @param fDiagOld F(n-2, n-2)
     */
    double cornerBase(boolean three, double upper, double corner, double[] fc, double[] fp, double fDiagOld,
                      int n) {
        double cell;
        if (three) {
            cell = qm * qm * fp[n - 1] + 2.0 * qb * qm * fp[n - 2] + qb * qb * fDiagOld
                    + 2.0 * qe * (qm * fc[n - 1] + qb * fc[n - 2]);
        } else {
            cell = w0 * w0 * fp[n - 1] + 2.0 * w0 * w1 * fc[n - 1];
        }
        return 2.0 * e * upper - e2 * corner + cell;
    }

    /** G(n, n) from G(n-1, n) and the current column's sources down to F(n, n). */
    double diagonalG(boolean three, double gUpper, double[] fc, int n) {
        return three ? e * gUpper + qb * fc[n - 2] + qm * fc[n - 1] + qe * fc[n]
                : e * gUpper + w0 * fc[n - 1] + w1 * fc[n];
    }

    /**
     * G(n, n-1), below the diagonal, from G(n-1, n-1), the previous column's sources F(n-2, n-1) and F(n-1, n-1)
     * and the current column's F(n-1, n).
     */
    double subDiagonalG(int n, double gCorner, double[] fp, double[] fc) {
        return n >= 2 ? e * gCorner + qb * fp[n - 2] + qm * fp[n - 1] + qe * fc[n - 1]
                : e * gCorner + w0 * fp[n - 1] + w1 * fc[n - 1];
    }
}
