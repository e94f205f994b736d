package org.mrdmft.dmft;

import org.mrdmft.kernel.GaussianKernel;

/**
 * The two-time part of the default engine's treatment of switched inputs ({@link InputSwitch}). The source
 * F(s, s') of the random part jumps along the lines s = tau and s' = tau (the input enters every variance and
 * two-time function through I(s) I(s')), and so does G(t, s') across s' = tau. Each jump is integrated at its
 * place by adding to the quadrature of the step containing it (omega - end) times the jump, and to the next
 * step back times the jump (its three-point rule reaches back across the switch). The jumps are measured at the
 * grid point t_k after the switch, as the difference between the sources with the input after and before it;
 * that costs one extra kernel column at the switch and one extra cell per later column. The diagonal cells of
 * steps k and k+1, whose three-point rules meet the switch in both times, get the same corrections in both
 * directions at once.
 */
final class SwitchCorrection {
    private final int r;
    private final GaussianKernel kernel;
    private final double[][] weights;
    private final double[][] inputs;
    private final double e;
    private final double w0;
    private final double w1;
    private final double back;
    private final double end;
    /** The latest switch, and its step k (-1 before the first). */
    private InputSwitch active;
    private int k = -1;
    /** Every switch so far: each one's row jump is corrected in all later columns. */
    private final java.util.List<InputSwitch> past = new java.util.ArrayList<>();
    /** Per region, the jump of G(i, .) across the switch, for rows i &lt;= k (set at column k). */
    private final double[][] jumpG;
    /** Per region, F(k+, k+) - F(k-, k+): the jump of the diagonal source across the switch. */
    private final double[] jumpDiagonal;
    /** Per region, F(k, n) - F(k-, n) in the current column n &gt; k. */
    private final double[] jumpRow;
    /** Per region, F(i, k) - F(i, k-) for rows i &lt; k of column k. */
    private final double[][] jumpColumn;
    private final double[] cBefore;
    /** Per region, F(k+, k+) - F(k-, k-) at the switch, for the diagonal cell of step k+1. */
    private final double[] jumpBoth;
    private final double mid;

    SwitchCorrection(TransientSetup setup, double[][] weights, ExponentialWeights ew, QuadraticWeights qw) {
        this.r = setup.regions();
        this.kernel = setup.kernel();
        this.weights = weights;
        this.inputs = setup.inputs();
        this.e = ew.e();
        this.w0 = ew.w0();
        this.w1 = ew.w1();
        this.back = qw.back();
        this.end = qw.end();
        int nt = setup.steps();
        this.jumpG = new double[r][nt];
        this.jumpColumn = new double[r][nt];
        this.jumpDiagonal = new double[r];
        this.jumpRow = new double[r];
        this.cBefore = new double[r];
        this.jumpBoth = new double[r];
        this.mid = qw.mid();
    }

    /**
     * After the corrector of column n (rows lo..n-1 of q and g final but for these jumps): the column's own
     * switch (Q(i, k) across s' = tau), the step after it, and the row jump at s = tau in later columns.
     *
     * @param atN the switch inside step n, or null
     * @param c per region, the kernel column C(i, n) the corrector used
     * @param diag per region, Delta(i, i)
     * @param d per region, the predicted Delta(i, n)
     * @param dNew per region, the predicted Delta(n, n)
     */
    void column(int n, int lo, InputSwitch atN, double[][] c, double[][] diag, double[][] d, double[] dNew,
            double[][] q, double[][] g) {
        if (atN != null) {
            active = atN;
            k = n;
            switchColumn(n, lo, c, diag, d, dNew, q);
        } else if (active != null && n == k + 1 && lo <= k) {
            for (int mu = 0; mu < r; mu++) {
                double[] qm = q[mu];
                double[] jg = jumpG[mu];
                for (int i = lo; i <= k; i++) {
                    qm[i] += back * jg[i];
                }
            }
        }
        for (InputSwitch sw : past) {
            if (sw.step() >= lo) {
                rowJump(sw, n, c, diag, d, dNew, q, g);
            }
        }
        if (atN != null) {
            past.add(atN);
        }
    }

    /**
     * The row jump at s = tau of one switch in column n &gt; its step: F(k, n) with the input before the switch
     * at row k; the corrections of rows k and k+1 run down the column through the G recursion.
     */
    private void rowJump(InputSwitch sw, int n, double[][] c, double[][] diag, double[][] d, double[] dNew,
            double[][] q, double[][] g) {
        int k = sw.step();
        double[] before = sw.before();
        for (int nu = 0; nu < r; nu++) {
            double in = inputs[k][nu];
            double b = before[nu];
            double dk = diag[nu][k] - in * in + b * b;
            double dkn = d[nu][k] - (in - b) * inputs[n][nu];
            cBefore[nu] = c[nu][k] - kernel.correlation(dk, dNew[nu], dkn);
        }
        double first = sw.omega() - end;
        for (int mu = 0; mu < r; mu++) {
            double jump = 0.0;
            for (int nu = 0; nu < r; nu++) {
                jump += weights[mu][nu] * cBefore[nu];
            }
            if (sw == active) {
                jumpRow[mu] = jump;
            }
            double[] gm = g[mu];
            double[] qm = q[mu];
            double dg = first * jump;
            for (int i = k; i < n; i++) {
                if (i == k + 1) {
                    dg += back * jump;
                }
                gm[i] += dg;
                qm[i] += end * dg;
                dg *= e;
            }
        }
    }

    /** Column k: Q(i, k) += (omega - end) [G(i, k) - G(i, k-)] for lo &lt;= i &lt; k. */
    private void switchColumn(int n, int lo, double[][] c, double[][] diag, double[][] d, double[] dNew,
            double[][] q) {
        double[] before = active.before();
        double first = active.omega() - end;
        for (int mu = 0; mu < r; mu++) {
            java.util.Arrays.fill(jumpColumn[mu], lo, n, 0.0);
        }
        for (int nu = 0; nu < r; nu++) {
            double in = inputs[n][nu];
            double b = before[nu];
            double dn = dNew[nu] - in * in + b * b;
            for (int i = lo; i < n; i++) {
                double jump = c[nu][i] - kernel.correlation(diag[nu][i], dn, d[nu][i] - inputs[i][nu] * (in - b));
                for (int mu = 0; mu < r; mu++) {
                    jumpColumn[mu][i] += weights[mu][nu] * jump;
                }
            }
        }
        for (int mu = 0; mu < r; mu++) {
            double[] f = jumpColumn[mu];
            double[] jg = jumpG[mu];
            double[] qm = q[mu];
            double dg = 0.0;
            jg[lo] = 0.0;
            for (int i = lo + 1; i < n; i++) {
                dg = e * dg + w0 * f[i - 1] + w1 * f[i];
                jg[i] = dg;
                qm[i] += first * dg;
            }
        }
    }

    /**
     * The correction to Q(n, n) of the diagonal cells of steps k and k+1, added to qn once its fixed point is
     * solved (the correction depends on Q(n, n) only through O(h^2)-weighted terms).
     *
     * @param a per region, the structured part of Delta(n, n)
     */
    void cornerCell(int n, double[] a, double[] qn) {
        if (active == null || (n != k && n != k + 1)) {
            return;
        }
        if (n == k) {
            double[] before = active.before();
            double om = active.omega();
            double rest = end - om;
            double[] cpp = new double[r];
            double[] cpm = new double[r];
            double[] cmm = new double[r];
            for (int nu = 0; nu < r; nu++) {
                double in = inputs[n][nu];
                double b = before[nu];
                double d = a[nu] + qn[nu];
                double dm = d - in * in + b * b;
                cpp[nu] = kernel.correlation(d, d, d);
                cpm[nu] = kernel.correlation(d, dm, d - in * in + in * b);
                cmm[nu] = kernel.correlation(dm, dm, dm);
            }
            for (int mu = 0; mu < r; mu++) {
                double fpp = 0.0;
                double fpm = 0.0;
                double fmm = 0.0;
                for (int nu = 0; nu < r; nu++) {
                    double w = weights[mu][nu];
                    fpp += w * cpp[nu];
                    fpm += w * cpm[nu];
                    fmm += w * cmm[nu];
                }
                jumpBoth[mu] = fpp - fmm;
                qn[mu] += 2.0 * (om - end) * (mid * jumpColumn[mu][n - 1] + back * jumpColumn[mu][n - 2])
                        + om * om * fpp + 2.0 * om * rest * fpm + rest * rest * fmm - end * end * fpp;
            }
        } else {
            for (int mu = 0; mu < r; mu++) {
                qn[mu] += 2.0 * back * (mid * jumpDiagonal[mu] + end * jumpRow[mu]) + back * back * jumpBoth[mu];
            }
        }
    }

    /**
     * At the diagonal of column n, once Q(n, n) is final: the corrections to G(n, n) and to the sub-diagonal
     * G(n, n-1), added to gDiag and gLow.
     *
     * @param dNew per region, the final Delta(n, n)
     */
    void diagonal(int n, double[] dNew, double[] gDiag, double[] gLow) {
        if (active == null) {
            return;
        }
        if (n == k) {
            double[] before = active.before();
            for (int nu = 0; nu < r; nu++) {
                double in = inputs[n][nu];
                double b = before[nu];
                double d = dNew[nu];
                double dm = d - in * in + b * b;
                cBefore[nu] = kernel.correlation(d, d, d) - kernel.correlation(d, dm, d - in * in + in * b);
            }
            double first = active.omega() - end;
            for (int mu = 0; mu < r; mu++) {
                double jump = 0.0;
                for (int nu = 0; nu < r; nu++) {
                    jump += weights[mu][nu] * cBefore[nu];
                }
                jumpDiagonal[mu] = jump;
                gDiag[mu] += first * jump;
                gLow[mu] += first * jumpColumn[mu][n - 1];
                jumpG[mu][n] = e * jumpG[mu][n - 1] + w0 * jumpColumn[mu][n - 1] + w1 * jump;
            }
        } else if (n == k + 1) {
            for (int mu = 0; mu < r; mu++) {
                gDiag[mu] += back * jumpRow[mu];
                gLow[mu] += back * jumpDiagonal[mu];
            }
        }
    }
}
