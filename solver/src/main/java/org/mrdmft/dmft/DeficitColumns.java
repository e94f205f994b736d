package org.mrdmft.dmft;

import org.mrdmft.kernel.GaussianKernel;

/**
 * The replica deficit D^mu(t, t') = Delta^mu(t, t') - Delta^{12,mu}(t, t'), integrated column by column on top of
 * a solve of the default engine ({@link ColumnObserver}). D obeys the equation of the random part Q with the
 * source sum_nu (g^{mu nu})^2 [C^nu - C^{12,nu}] ({@link KernelDifference}), so it is stepped with the same
 * second-order scheme: exponential integration of the leak, trapezoidal sources through G = (1 + d_t') D,
 * an explicit predictor, one evaluation of the source per cell, the trapezoidal corrector, and the implicit
 * diagonal. D(t, 0) = e^{-t} D(0, 0): the initial separation is independent of the later noise, as Q's initial
 * value. Carrying D itself keeps its relative precision however small it is (no difference of two stored
 * functions).
 */
final class DeficitColumns implements ColumnObserver {
    /** The most fixed-point passes of the implicit diagonal per step (they contract by about h^2/4 each). */
    private static final int DIAGONAL_PASS_CAP = 50;

    private final int r;
    private final double e;
    private final double e2;
    private final double w0;
    private final double w1;
    private final double predNew;
    private final double predOld;
    private final double[][] weights;
    private final KernelDifference difference;
    private final double separation;
    /** D^mu(t_k, t_k) as [Nt][R]. */
    final double[][] diagonal;
    private double[][] dPrev;
    private double[][] dCur;
    private double[][] gPrev;
    private double[][] gPrev2;
    private double[][] gCur;
    private double[][] fPrev;
    private double[][] fCur;
    private final double[][] source;
    private final GaussianKernel kernel;
    /** The kernel's row auxiliary of Delta^mu(t_i, t_i), and the column Delta^mu(t_i, t_n). */
    private final double[][] aux;
    private final double[] cross;
    private final double[] gLow;
    private int cappedSteps;

    /**
     * @param setup the solve this deficit follows
     * @param separation D^mu(0, 0) relative to Delta^mu(0, 0) (absolute where that is 0): the replicas start
     *     at the squared distance 2 D(0, 0)
     */
    DeficitColumns(TransientSetup setup, double separation) {
        this.r = setup.regions();
        int nt = setup.steps();
        ExponentialWeights ew = ExponentialWeights.of(setup.dt());
        this.e = ew.e();
        this.e2 = e * e;
        this.w0 = ew.w0();
        this.w1 = ew.w1();
        this.predNew = ew.predNew();
        this.predOld = ew.predOld();
        this.weights = setup.disorderWeights();
        this.difference = KernelDifference.of(setup.model().nonlinearity(), setup.kernel());
        this.separation = separation;
        this.diagonal = new double[nt][r];
        this.dPrev = new double[r][nt];
        this.dCur = new double[r][nt];
        this.gPrev = new double[r][nt];
        this.gPrev2 = new double[r][nt];
        this.gCur = new double[r][nt];
        this.fPrev = new double[r][nt];
        this.fCur = new double[r][nt];
        this.source = new double[r][nt];
        this.kernel = setup.kernel();
        this.aux = new double[r][nt];
        this.cross = new double[nt];
        this.gLow = new double[r];
    }

    /** Steps at which the implicit diagonal stopped at its cap without meeting its tolerance. */
    int cappedSteps() {
        return cappedSteps;
    }

    @Override
    public void column(int n, int lo, double[][] structured, double[][] random, double[][] diag) {
        for (int mu = 0; mu < r; mu++) {
            aux[mu][n] = kernel.rowAuxiliary(diag[mu][n]);
        }
        if (n == 0) {
            for (int mu = 0; mu < r; mu++) {
                double d0 = diag[mu][0];
                double initial = separation * (d0 > 0.0 ? d0 : 1.0);
                source[mu][0] = difference.of(d0, d0, d0, initial);
                dPrev[mu][0] = initial;
                diagonal[0][mu] = initial;
            }
            for (int mu = 0; mu < r; mu++) {
                fPrev[mu][0] = weighted(mu, 0);
                gPrev[mu][0] = 0.0;
                gPrev2[mu][0] = 0.0;
                gLow[mu] = 0.0;
            }
            return;
        }
        for (int mu = 0; mu < r; mu++) {
            predict(mu, n, lo);
        }
        for (int mu = 0; mu < r; mu++) {
            double[] a = structured[mu];
            double[] q = random[mu];
            double[] dg = diag[mu];
            for (int i = lo; i < n; i++) {
                cross[i] = a[i] + q[i];
            }
            difference.column(dg, aux[mu], dg[n], aux[mu][n], cross, dCur[mu], lo, n, source[mu]);
        }
        for (int mu = 0; mu < r; mu++) {
            double[] f = fCur[mu];
            for (int i = lo; i < n; i++) {
                f[i] = weighted(mu, i);
            }
        }
        for (int mu = 0; mu < r; mu++) {
            correct(mu, n, lo);
        }
        diagonal(n, diag);
        rotate();
    }

    /** The explicit predictor D(i, n), lo &lt;= i &lt; n, from the two previous columns. */
    private void predict(int mu, int n, int lo) {
        double[] dp = dPrev[mu];
        double[] gp = gPrev[mu];
        double[] gp2 = gPrev2[mu];
        double[] d = dCur[mu];
        int last = n - 1;
        for (int i = lo; i < last; i++) {
            d[i] = e * dp[i] + predNew * gp[i] + predOld * gp2[i];
        }
        double old = n == 1 ? gp[last] : gLow[mu];
        d[last] = e * dp[last] + predNew * gp[last] + predOld * old;
    }

    /** G recursion down the column, then the trapezoidal corrector for D(i, n), lo &lt;= i &lt; n. */
    private void correct(int mu, int n, int lo) {
        double[] f = fCur[mu];
        double[] g = gCur[mu];
        double[] gp = gPrev[mu];
        double[] fp = fPrev[mu];
        double[] dp = dPrev[mu];
        double[] d = dCur[mu];
        double gi = lo == 0 ? 0.0 : e * gp[lo - 1] + w0 * fp[lo - 1] + w1 * f[lo];
        g[lo] = gi;
        d[lo] = e * dp[lo] + w0 * gp[lo] + w1 * gi;
        for (int i = lo + 1; i < n; i++) {
            gi = e * gi + w0 * f[i - 1] + w1 * f[i];
            g[i] = gi;
            d[i] = e * dp[i] + w0 * gp[i] + w1 * gi;
        }
    }

    /** D(n, n) from the exact cell recursion, implicit in its own source; then G(n, n) and G(n, n - 1). */
    private void diagonal(int n, double[][] diag) {
        double[] base = new double[r];
        double[] dn = new double[r];
        for (int mu = 0; mu < r; mu++) {
            base[mu] = 2.0 * e * dCur[mu][n - 1] - e2 * dPrev[mu][n - 1]
                    + w0 * w0 * fPrev[mu][n - 1] + 2.0 * w0 * w1 * fCur[mu][n - 1];
            dn[mu] = base[mu] + w1 * w1 * fPrev[mu][n - 1];
        }
        boolean met = false;
        for (int pass = 0; pass < DIAGONAL_PASS_CAP && !met; pass++) {
            evaluateDiagonal(n, diag, dn);
            met = true;
            for (int mu = 0; mu < r; mu++) {
                double next = base[mu] + w1 * w1 * weighted(mu, n);
                met &= Math.abs(next - dn[mu]) <= 1e-15 * Math.abs(next);
                dn[mu] = next;
            }
        }
        if (!met) {
            cappedSteps++;
        }
        evaluateDiagonal(n, diag, dn);
        for (int mu = 0; mu < r; mu++) {
            dCur[mu][n] = dn[mu];
            diagonal[n][mu] = dn[mu];
            fCur[mu][n] = weighted(mu, n);
            gCur[mu][n] = e * gCur[mu][n - 1] + w0 * fCur[mu][n - 1] + w1 * fCur[mu][n];
            gLow[mu] = e * gPrev[mu][n - 1] + w0 * fPrev[mu][n - 1] + w1 * fCur[mu][n - 1];
        }
    }

    private void evaluateDiagonal(int n, double[][] diag, double[] dn) {
        for (int mu = 0; mu < r; mu++) {
            double d = diag[mu][n];
            source[mu][n] = difference.of(d, d, d, dn[mu]);
        }
    }

    /** sum_nu (g^{mu nu})^2 times the kernel difference of region nu at row i. */
    private double weighted(int mu, int i) {
        double acc = 0.0;
        for (int nu = 0; nu < r; nu++) {
            double w = weights[mu][nu];
            if (w != 0.0) {
                acc += w * source[nu][i];
            }
        }
        return acc;
    }

    private void rotate() {
        double[][] t = gPrev2;
        gPrev2 = gPrev;
        gPrev = gCur;
        gCur = t;
        t = dPrev;
        dPrev = dCur;
        dCur = t;
        t = fPrev;
        fPrev = fCur;
        fCur = t;
    }
}
