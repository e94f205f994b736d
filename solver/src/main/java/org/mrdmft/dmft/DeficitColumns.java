package org.mrdmft.dmft;

import org.mrdmft.kernel.GaussianKernel;

/**
 * The replica deficit D^mu(t, t') = Delta^mu(t, t') - Delta^{12,mu}(t, t'), integrated column by column on top of
 * a solve of the default engine ({@link ColumnObserver}). D obeys the equation of the random part Q with the
 * source sum_nu (g^{mu nu})^2 [C^nu - C^{12,nu}] ({@link KernelDifference}) and no structured part (the inputs
 * and the structured vectors are shared by both replicas and cancel), so it is stepped with exactly the
 * engine's third-order scheme ({@link ExponentialTrapezoidSolver}): exponential integration of the leak,
 * three-point sources through G = (1 + d_t') D ({@link QuadraticWeights}; the rule through rows 0, 1, 2 at the
 * first row step of a column, trapezoidal where no third point exists), the three-step explicit predictor (two-step
 * in the last row, with G below the diagonal carried from earlier columns), one evaluation of the source per cell,
 * the corrector, and the diagonal from the exact cell recursion with three-point weights in both times, implicit in
 * its own corner. The deficit and Q share their discretisation errors, which largely cancel in the exponent.
 * Each cell's source reads the column's final Delta (the engine's own cells read its prediction); a switched
 * input's jump of the source is not integrated at its place as Q's is ({@link SwitchCorrection}).
 * D(t, 0) = e^{-t} D(0, 0): the initial separation is independent of the later noise, as Q's initial value.
 * Carrying D itself keeps its relative precision however small it is (no difference of two stored functions).
 */
final class DeficitColumns implements ColumnObserver {
    /** The most fixed-point passes of the implicit diagonal per step (they contract by about (5h/12)^2 each). */
    private static final int DIAGONAL_PASS_CAP = 50;

    private final int r;
    private final double e;
    private final double w0;
    private final double w1;
    private final double predNew;
    private final double predOld;
    // three-point weights as the engine's: back, mid, end; first step of a column; the three-step predictor
    /** The diagonal corner's rules, the engine's own. */
    private final DiagonalRules diagonalRules;
    private final double qb;
    private final double qm;
    private final double qe;
    private final double q0;
    private final double q1;
    private final double q2;
    private final double p0;
    private final double p1;
    private final double p2;
    private final double[][] weights;
    private final KernelDifference difference;
    private final double separation;
    /** D^mu(t_k, t_k) as [Nt][R]. */
    final double[][] diagonal;
    private double[][] dPrev;
    private double[][] dCur;
    private double[][] gPrev;
    private double[][] gPrev2;
    private double[][] gPrev3;
    private double[][] gCur;
    private double[][] fPrev;
    private double[][] fCur;
    /** Per region, the part of the corrector of D(i, n) known before the column's sources. */
    private final double[][] base;
    private final double[][] source;
    private final GaussianKernel kernel;
    /** The kernel's row auxiliary of Delta^mu(t_i, t_i), and the column Delta^mu(t_i, t_n). */
    private final double[][] aux;
    private final double[] cross;
    /** G(n-1, n-2) per region when column n is computed, and G(n-2, n-3) (below the diagonal). */
    private final double[] gLow;
    private final double[] gLowOld;
    /** F(n-2, n-2) per region when column n is computed: the corner the diagonal's three-point cell needs. */
    private final double[] fDiagOld;
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
        this.w0 = ew.w0();
        this.w1 = ew.w1();
        this.predNew = ew.predNew();
        this.predOld = ew.predOld();
        this.diagonalRules = new DiagonalRules(setup.dt());
        QuadraticWeights qw = QuadraticWeights.of(setup.dt());
        this.qb = qw.back();
        this.qm = qw.mid();
        this.qe = qw.end();
        this.q0 = qw.first0();
        this.q1 = qw.first1();
        this.q2 = qw.first2();
        this.p0 = qw.ahead0();
        this.p1 = qw.ahead1();
        this.p2 = qw.ahead2();
        this.weights = setup.disorderWeights();
        this.difference = KernelDifference.of(setup.model().nonlinearity(), setup.kernel());
        this.separation = separation;
        this.diagonal = new double[nt][r];
        this.dPrev = new double[r][nt];
        this.dCur = new double[r][nt];
        this.gPrev = new double[r][nt];
        this.gPrev2 = new double[r][nt];
        this.gPrev3 = new double[r][nt];
        this.gCur = new double[r][nt];
        this.fPrev = new double[r][nt];
        this.fCur = new double[r][nt];
        this.base = new double[r][nt];
        this.source = new double[r][nt];
        this.kernel = setup.kernel();
        this.aux = new double[r][nt];
        this.cross = new double[nt];
        this.gLow = new double[r];
        this.gLowOld = new double[r];
        this.fDiagOld = new double[r];
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
                // no column before t = 0: the predictor of column 1 extrapolates with a zero slope
                gPrev2[mu][0] = 0.0;
                gLow[mu] = 0.0;
            }
            return;
        }
        if (n >= 2) {
            // below the diagonal, where the older columns have no row: G(n-1, n-2) and G(n-2, n-3)
            for (int mu = 0; mu < r; mu++) {
                gPrev2[mu][n - 1] = gLow[mu];
                gPrev3[mu][n - 2] = gLowOld[mu];
            }
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
        diagonal(n, lo, diag);
        rotate();
    }

    /**
     * The explicit predictor D(i, n), lo &lt;= i &lt; n: three-step where column n-3 holds row i, two-step in the last
     * row (whose G(n-1, n-2) lies below the diagonal); and the corrector's terms from the older columns.
     */
    private void predict(int mu, int n, int lo) {
        double[] dp = dPrev[mu];
        double[] gp = gPrev[mu];
        double[] gp2 = gPrev2[mu];
        double[] gp3 = gPrev3[mu];
        double[] b = base[mu];
        double[] d = dCur[mu];
        int last = n - 1;
        int threeEnd = n >= 3 ? last : lo;
        for (int i = lo; i < threeEnd; i++) {
            double leak = e * dp[i];
            d[i] = leak + p0 * gp[i] + p1 * gp2[i] + p2 * gp3[i];
            b[i] = leak + qb * gp2[i] + qm * gp[i];
        }
        for (int i = threeEnd; i < last; i++) {
            double leak = e * dp[i];
            d[i] = leak + predNew * gp[i] + predOld * gp2[i];
            b[i] = leak + qb * gp2[i] + qm * gp[i];
        }
        double old = n == 1 ? gp[last] : gLow[mu];
        double leak = e * dp[last];
        d[last] = leak + predNew * gp[last] + predOld * old;
        b[last] = leak + qb * gp2[last] + qm * gp[last];
    }

    /**
     * G down the column, G(i, n) = e G(i-1, n) + qb F(i-2, n) + qm F(i-1, n) + qe F(i, n) (the first row step
     * through rows 0, 1, 2, or trapezoidal where row 2 is not yet known or at a window edge), then the corrector
     * D(i, n) = e D(i, n-1) + qb G(i, n-2) + qm G(i, n-1) + qe G(i, n), lo &lt;= i &lt; n.
     */
    private void correct(int mu, int n, int lo) {
        double[] f = fCur[mu];
        double[] g = gCur[mu];
        double[] gp = gPrev[mu];
        double[] fp = fPrev[mu];
        double[] b = base[mu];
        double[] d = dCur[mu];
        double gi = lo == 0 ? 0.0 : e * gp[lo - 1] + w0 * fp[lo - 1] + w1 * f[lo];
        g[lo] = gi;
        d[lo] = b[lo] + qe * gi;
        int i = lo + 1;
        if (i >= n) {
            return;
        }
        gi = e * gi + (lo == 0 && n >= 3 ? q0 * f[0] + q1 * f[1] + q2 * f[2] : w0 * f[lo] + w1 * f[i]);
        g[i] = gi;
        d[i] = b[i] + qe * gi;
        for (i++; i < n; i++) {
            gi = e * gi + qb * f[i - 2] + qm * f[i - 1] + qe * f[i];
            g[i] = gi;
            d[i] = b[i] + qe * gi;
        }
    }

    /**
     * D(n, n) from the exact cell recursion D(n, n) = 2 e D(n-1, n) - e^2 D(n-1, n-1) + the cell's integral of F
     * (three-point weights in both times, or trapezoidal where row n-2 is missing), implicit in its corner F(n, n);
     * then G(n, n) and the sub-diagonal G(n, n-1).
     */
    private void diagonal(int n, int lo, double[][] diag) {
        boolean three = DiagonalRules.threePoint(n, lo);
        double wn = diagonalRules.cornerWeight(three);
        double[] cellBase = new double[r];
        double[] dn = new double[r];
        for (int mu = 0; mu < r; mu++) {
            double[] fp = fPrev[mu];
            cellBase[mu] = diagonalRules.cornerBase(three, dCur[mu][n - 1], dPrev[mu][n - 1], fCur[mu], fp,
                    fDiagOld[mu], n);
            dn[mu] = cellBase[mu] + wn * wn * fp[n - 1];
        }
        boolean met = false;
        for (int pass = 0; pass < DIAGONAL_PASS_CAP && !met; pass++) {
            evaluateDiagonal(n, diag, dn);
            met = true;
            for (int mu = 0; mu < r; mu++) {
                double next = cellBase[mu] + wn * wn * weighted(mu, n);
                met &= Math.abs(next - dn[mu]) <= 1e-15 * Math.abs(next);
                dn[mu] = next;
            }
        }
        if (!met) {
            cappedSteps++;
        }
        evaluateDiagonal(n, diag, dn);
        for (int mu = 0; mu < r; mu++) {
            double[] fc = fCur[mu];
            double[] fp = fPrev[mu];
            dCur[mu][n] = dn[mu];
            diagonal[n][mu] = dn[mu];
            fc[n] = weighted(mu, n);
            gCur[mu][n] = diagonalRules.diagonalG(three, gCur[mu][n - 1], fc, n);
            gLowOld[mu] = gLow[mu];
            gLow[mu] = diagonalRules.subDiagonalG(n, gPrev[mu][n - 1], fp, fc);
            fDiagOld[mu] = fp[n - 1];
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
        double[][] t = gPrev3;
        gPrev3 = gPrev2;
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
