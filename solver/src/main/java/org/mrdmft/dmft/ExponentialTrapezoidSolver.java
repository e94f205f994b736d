package org.mrdmft.dmft;

import org.mrdmft.dmft.DmftScheme;
import org.mrdmft.kernel.GaussianKernel;

/**
 * The default transient engine: third order in dt (second order where a switched input jumps).
 *
 * <p>The total two-time function is split exactly into its structured and random parts,
 * Delta^mu(t,t') = sum U^{mu rho rho'} S^{mu rho}(t) S^{mu rho'}(t') + I^mu(t) I^mu(t') + Q^mu(t,t'),
 * so that only Q needs two-time integration: (1 + d_t)(1 + d_t') Q^mu = sum_nu (g^{mu nu})^2 C^nu, with
 * Q(t, 0) = e^{-t} Q(0,0) (initial random part independent of later noise). The leak is integrated
 * exactly (exponential integrator) and the sources by three-point rules in both arguments
 * ({@link QuadraticWeights}: quadratic interpolation, third order), through the auxiliary
 * G(t,t') = (1 + d_t') Q(t,t'), which obeys (1 + d_t) G = F. Column n is computed from the three columns
 * before it with an explicit third-order predictor for Q, one evaluation of the Gaussian kernel per cell,
 * then the corrector; the diagonal uses the exact cell recursion
 * Q(n,n) = 2 e^{-h} Q(n-1,n) - e^{-2h} Q(n-1,n-1) + quadrature, solved implicitly; the same recursion, with
 * predicted terms, predicts Q(n,n) for the gain and the kernel column beforehand. Currents use the
 * three-point exponential corrector ({@link CurrentStep}); input switches are integrated at their place
 * ({@link SwitchCorrection}). See docs/NUMERICS.md for the error analysis and measurements.
 */
public final class ExponentialTrapezoidSolver implements TransientSolver {

    /**
     * Rows per tile of {@link Run#tiledColumn}, a multiple of four: the eight arrays a tile touches take 64 kB,
     * within reach of the first two cache levels however long the columns.
     */
    static final int TILE = 1024;

    /** The most fixed-point passes of the implicit diagonal per step, unless told otherwise. */
    public static final int DIAGONAL_PASS_CAP = 50;

    private final int corrections;
    private final int diagonalPassCap;
    private final int tile;
    /** The kernel to use instead of the model's, or null (tests substitute one). */
    private final GaussianKernel kernelOverride;

    /** The default: one kernel evaluation per cell (predict, evaluate, correct). */
    public ExponentialTrapezoidSolver() {
        this(0);
    }

    /**
     * @param corrections extra evaluate-correct passes per column (0 = default); each costs one more
     *     kernel evaluation per cell and only changes the result at third order
     */
    public ExponentialTrapezoidSolver(int corrections) {
        this(corrections, DIAGONAL_PASS_CAP);
    }

    /**
     * @param corrections extra evaluate-correct passes per column (0 = default)
     * @param diagonalPassCap the most fixed-point passes of the implicit diagonal per step (&gt;= 1); a step
     *     that reaches it without meeting the tolerance is counted in the result's diagnostics
     */
    public ExponentialTrapezoidSolver(int corrections, int diagonalPassCap) {
        this(corrections, diagonalPassCap, TILE, null);
    }

    /**
     * @param tile rows per tile of the column loops (a positive multiple of four), or 0 for whole-column passes:
     *     the results are bitwise the same (tests compare them)
     * @param kernel the Gaussian kernel to use instead of the model's, or null for the model's
     */
    ExponentialTrapezoidSolver(int corrections, int diagonalPassCap, int tile, GaussianKernel kernel) {
        if (corrections < 0) {
            throw new IllegalArgumentException("corrections must be >= 0");
        }
        if (diagonalPassCap < 1) {
            throw new IllegalArgumentException("diagonalPassCap must be >= 1");
        }
        if (tile < 0 || tile % 4 != 0) {
            throw new IllegalArgumentException("tile must be 0 or a positive multiple of 4");
        }
        this.corrections = corrections;
        this.diagonalPassCap = diagonalPassCap;
        this.tile = tile;
        this.kernelOverride = kernel;
    }

    @Override
    public TransientResult solve(TransientProblem problem, ProgressListener progress) {
        return solve(problem, progress, ColumnObserver.NONE);
    }

    /** {@link #solve}, handing every finished column of the two-time function to {@code observer}. */
    TransientResult solve(TransientProblem problem, ProgressListener progress, ColumnObserver observer) {
        long start = System.nanoTime();
        TransientSetup setup = TransientSetup.of(problem, TransientSetup.ownDisorderSquared(problem.model()));
        if (kernelOverride != null) {
            setup = setup.withKernel(kernelOverride);
        }
        Run run = new Run(setup, corrections, diagonalPassCap, tile, observer);
        run.integrate(progress);
        return run.result(DmftScheme.EXP_TRAPEZOID, (System.nanoTime() - start) * 1e-9);
    }

    /** The mutable state of one solve. */
    private static final class Run {
        private final TransientSetup setup;
        private final int corrections;
        private final int r;
        private final int nt;
        private final double h;
        private final double e;
        private final double e2;
        private final double e3;
        private final double e4;
        private final double w0;
        private final double w1;
        private final double predNew;
        private final double predOld;
        // three-point weights of the two-time integrals (third order): back, mid, end; first step of a column
        /** The diagonal corner's rules, shared with the replica deficit. */
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
        private final GaussianKernel kernel;
        private final double[][] weights;
        private final boolean cross;
        private final CurrentField field;
        private final double[][] inputs;
        private final boolean hasInput;
        private final double[][][] u;

        private final Trajectory traj;
        /** sCols[mu][k][i] = S^{mu k}(t_i): one array per component, so column loops run at unit stride. */
        private final double[][][] sCols;
        // per region, indexed by time: diag, row auxiliaries, Q(k,k)
        private final double[][] diag;
        private final double[][] aux;
        private final double[][] qDiag;
        // per region column buffers
        private double[][] qPrev;
        private double[][] qCur;
        private double[][] gPrev;
        private double[][] gPrev2;
        private double[][] gPrev3;
        private double[][] gCur;
        private double[][] fPrev;
        private double[][] fCur;
        private final double[][] cCol;
        /**
         * Whether C^mu enters some region's source ((g^{nu mu})^2 &gt; 0 for some nu): the kernel column of a
         * region that feeds no source (no disorder reads it) is not evaluated, and its zero cCol is exact.
         */
        private final boolean[] feedsSource;
        private final double[][] dCol;
        private final double[][] aCol;
        private final double[] gLow;
        /** G(n-2, n-3) per region when column n is computed: the previous column's gLow. */
        private final double[] gLowOld;
        /** F(n-2, n-2) per region when column n is computed: the corner the diagonal's three-point cell needs. */
        private final double[] fDiagOld;
        /** F(n-3, n-3) per region when column n is computed. */
        private final double[] fDiagOlder;
        /** The random diagonal Q(n, n) predicted from the cell recursion ({@link #predictDiagonal}). */
        private final double[] qDiagPred;
        /**
         * e qe + qm: the weight of f_{i-1} in the recursion of h_i = g_i - qe f_i (see {@link #correctColumn}).
         */
        private final double hSource;
        /**
         * Whether the kernel writes the weighted source directly ({@link #ownSources}): no region is driven by
         * another's disorder, and no input switch needs the kernel column itself ({@link SwitchCorrection}).
         */
        private final boolean direct;
        /**
         * Whether each region's column is computed tile by tile ({@link #tiledColumn}): with direct sources and
         * no extra passes, every pass of a column depends only on its own region and on rows above.
         */
        private final boolean tiled;
        private final int tile;
        /** Per region, h_i = G(i, n) - qe F(i, n) down the current column (see {@link #correctColumn}). */
        private final double[][] hCol;
        /**
         * Per region, e Q(i, n-1) + qb G(i, n-2) + qm G(i, n-1): the corrector of Q(i, n) less its qe G(i, n)
         * term, formed in the predictor's pass, which loads the same arrays.
         */
        private final double[][] bCol;
        private final TwoTimeRecorder recorder;
        /** The input's switches, or null when it has none ({@link SwitchCorrection}). */
        private final SwitchCorrection switchCorrection;
        private final InputSwitch[] switches;
        private long cells;
        private final int passCap;
        private final ColumnObserver observer;
        // diagnostics of the implicit diagonal
        private int maxPasses;
        private int cappedSteps;
        private double maxCappedResidual;

        Run(TransientSetup setup, int corrections, int passCap, int tile, ColumnObserver observer) {
            this.setup = setup;
            this.observer = observer;
            this.corrections = corrections;
            this.passCap = passCap;
            this.r = setup.regions();
            this.nt = setup.steps();
            this.h = setup.dt();
            ExponentialWeights ew = ExponentialWeights.of(h);
            this.e = ew.e();
            this.e2 = e * e;
            this.e3 = e2 * e;
            this.e4 = e2 * e2;
            this.w1 = ew.w1();
            this.w0 = ew.w0();
            this.predNew = ew.predNew();
            this.predOld = ew.predOld();
            this.diagonalRules = new DiagonalRules(h);
            QuadraticWeights qw = QuadraticWeights.of(h);
            this.qb = qw.back();
            this.qm = qw.mid();
            this.qe = qw.end();
            this.q0 = qw.first0();
            this.q1 = qw.first1();
            this.q2 = qw.first2();
            this.p0 = qw.ahead0();
            this.p1 = qw.ahead1();
            this.p2 = qw.ahead2();
            this.kernel = setup.kernel();
            this.weights = setup.disorderWeights();
            this.cross = setup.hasCrossDisorder();
            this.feedsSource = new boolean[r];
            for (int mu = 0; mu < r; mu++) {
                for (int nu = 0; nu < r; nu++) {
                    feedsSource[mu] |= weights[nu][mu] != 0.0;
                }
            }
            this.field = new CurrentField(setup.model());
            this.inputs = setup.inputs();
            this.hasInput = setup.model().inputs().isActive();
            this.u = setup.model().overlaps();
            this.traj = new Trajectory(nt, r);
            this.sCols = new double[r][r][nt];
            this.diag = new double[r][nt];
            this.aux = new double[r][nt];
            this.qDiag = new double[r][nt];
            this.qPrev = new double[r][nt];
            this.qCur = new double[r][nt];
            this.gPrev = new double[r][nt];
            this.gPrev2 = new double[r][nt];
            this.gPrev3 = new double[r][nt];
            this.gCur = new double[r][nt];
            this.fPrev = new double[r][nt];
            this.fCur = new double[r][nt];
            this.cCol = new double[r][nt];
            this.dCol = new double[r][nt];
            this.aCol = new double[r][nt];
            this.gLow = new double[r];
            this.gLowOld = new double[r];
            this.fDiagOld = new double[r];
            this.fDiagOlder = new double[r];
            this.qDiagPred = new double[r];
            this.hSource = e * qe + qm;
            this.hCol = new double[r][nt];
            this.bCol = new double[r][nt];
            this.recorder = new TwoTimeRecorder(r, nt, setup.lagReferences(), setup.stride());
            this.switches = setup.switches();
            this.switchCorrection = java.util.Arrays.stream(switches).anyMatch(java.util.Objects::nonNull)
                    ? new SwitchCorrection(setup, weights, ew, qw) : null;
            this.direct = !cross && switchCorrection == null;
            this.tile = tile;
            this.tiled = direct && corrections == 0 && tile > 0;
        }

        void integrate(ProgressListener progress) {
            initialColumn();
            double[] firstSource = new double[r];
            for (int mu = 0; mu < r; mu++) {
                firstSource[mu] = fPrev[mu][0];
            }
            CurrentStep currentStep = new CurrentStep(setup, ExponentialWeights.of(h), firstSource);
            double[] vN = new double[r];
            double[] dPred = new double[r];
            double[] auxPred = new double[r];
            long reportEvery = Math.max(1, nt / 200);
            for (int n = 1; n < nt; n++) {
                int lo = Math.max(0, n - setup.window());
                double[][] sOld = traj.currents[n - 1];
                double[][] jOld = traj.drives[n - 1];
                // 1. currents (shared with the g = 0 fast path)
                double[][] sNew = traj.currents[n];
                currentStep.advance(n, sOld, jOld, qDiag, predictDiagonal(n, lo) ? qDiagPred : null, sNew);
                double[] qPredDiag = currentStep.qPredDiag;
                storeCurrents(n, sNew);
                // 3. predict Q, evaluate the kernel, correct (plus optional extra passes)
                if (n >= 2) {
                    // below the diagonal, where the older columns have no row: G(n-1, n-2) and G(n-2, n-3)
                    for (int mu = 0; mu < r; mu++) {
                        gPrev2[mu][n - 1] = gLow[mu];
                        gPrev3[mu][n - 2] = gLowOld[mu];
                    }
                }
                for (int mu = 0; mu < r; mu++) {
                    StructuredVariance.apply(u[mu], sNew[mu], vN);
                    if (tiled) {
                        structuredRows(mu, n, n, n + 1, vN);
                        dPred[mu] = aCol[mu][n] + qPredDiag[mu];
                        auxPred[mu] = kernel.rowAuxiliary(dPred[mu]);
                        tiledColumn(mu, n, lo, vN, dPred[mu], auxPred[mu]);
                    } else {
                        predictColumn(mu, n, lo, vN);
                        dPred[mu] = aCol[mu][n] + qPredDiag[mu];
                        auxPred[mu] = kernel.rowAuxiliary(dPred[mu]);
                    }
                }
                for (int pass = tiled ? 1 : 0; pass <= corrections; pass++) {
                    if (pass > 0) {
                        for (int mu = 0; mu < r; mu++) {
                            double[] d = dCol[mu];
                            double[] q = qCur[mu];
                            double[] a = aCol[mu];
                            for (int i = lo; i < n; i++) {
                                d[i] = a[i] + q[i];
                            }
                        }
                    }
                    if (!direct) {
                        for (int mu = 0; mu < r; mu++) {
                            if (feedsSource[mu]) {
                                kernel.correlationColumn(diag[mu], aux[mu], dPred[mu], auxPred[mu], dCol[mu], lo,
                                        n, cCol[mu]);
                            }
                        }
                        sources(lo, n);
                    } else {
                        for (int mu = 0; mu < r; mu++) {
                            ownSources(mu, lo, n, dPred[mu], auxPred[mu]);
                        }
                    }
                    for (int mu = 0; mu < r; mu++) {
                        correctColumn(mu, n, lo);
                    }
                }
                if (switchCorrection != null) {
                    switchCorrection.column(n, lo, switches[n], cCol, diag, dCol, dPred, qCur, gCur);
                }
                cells += (long) (n - lo) * r * (corrections + 1);
                // 4. the diagonal, implicit in Q(n,n)
                diagonal(n, lo);
                // 5. gains and drives at t_n
                double[] psi = traj.gain[n];
                for (int mu = 0; mu < r; mu++) {
                    double d = aCol[mu][n] + qCur[mu][n];
                    diag[mu][n] = d;
                    aux[mu][n] = kernel.rowAuxiliary(d);
                    qDiag[mu][n] = qCur[mu][n];
                    traj.variance[n][mu] = d;
                    psi[mu] = kernel.gain(d);
                }
                field.evaluate(sNew, psi, inputs[n], traj.drives[n]);
                DivergenceCheck.step(traj, n, h);
                if (recorder.wants(n)) {
                    for (int mu = 0; mu < r; mu++) {
                        final double[] a = aCol[mu];
                        final double[] q = qCur[mu];
                        recorder.column(mu, n, lo, i -> a[i] + q[i]);
                    }
                }
                observer.column(n, lo, aCol, qCur, diag);
                rotate();
                if (n % reportEvery == 0 || n == nt - 1) {
                    progress.onProgress(n, nt - 1);
                }
            }
        }

        private void initialColumn() {
            double[] q0 = setup.initialVariance();
            double[][] s0 = setup.initialCurrents();
            storeCurrents(0, s0);
            double[] vN = new double[r];
            for (int mu = 0; mu < r; mu++) {
                traj.currents[0][mu] = s0[mu].clone();
                StructuredVariance.apply(u[mu], s0[mu], vN);
                structuredColumn(mu, 0, 0, vN);
                double d = aCol[mu][0] + q0[mu];
                diag[mu][0] = d;
                aux[mu][0] = kernel.rowAuxiliary(d);
                qDiag[mu][0] = q0[mu];
                qPrev[mu][0] = q0[mu];
                gPrev[mu][0] = 0.0;
                traj.variance[0][mu] = d;
                traj.gain[0][mu] = kernel.gain(d);
                cCol[mu][0] = kernel.correlation(d, d, d);
            }
            for (int mu = 0; mu < r; mu++) {
                fPrev[mu][0] = source(mu, 0);
                // no column before t = 0: the predictor of column 1 extrapolates with a zero slope
                gPrev2[mu][0] = 0.0;
                gLow[mu] = 0.0;
            }
            field.evaluate(traj.currents[0], traj.gain[0], inputs[0], traj.drives[0]);
            DivergenceCheck.step(traj, 0, h);
            if (recorder.wants(0)) {
                for (int mu = 0; mu < r; mu++) {
                    final double d0 = diag[mu][0];
                    recorder.column(mu, 0, 0, i -> d0);
                }
            }
            observer.column(0, 0, aCol, qPrev, diag);
        }

        /** Copies S^{mu k}(t_n) into the per-component arrays. */
        private void storeCurrents(int n, double[][] sN) {
            for (int mu = 0; mu < r; mu++) {
                for (int k = 0; k < r; k++) {
                    sCols[mu][k][n] = sN[mu][k];
                }
            }
        }

        /** aCol[i] = S^mu(i) . U^mu S^mu(n) + I^mu(i) I^mu(n), for lo &lt;= i &lt;= n. */
        private void structuredColumn(int mu, int n, int lo, double[] vN) {
            structuredRows(mu, n, lo, n + 1, vN);
        }

        /** aCol[i] = S^mu(i) . U^mu S^mu(n) + I^mu(i) I^mu(n), for from &lt;= i &lt; to. */
        private void structuredRows(int mu, int n, int from, int to, double[] vN) {
            double[] a = aCol[mu];
            double[][] sc = sCols[mu];
            double[] s0 = sc[0];
            double v0 = vN[0];
            if (r == 2) {
                double[] s1 = sc[1];
                double v1 = vN[1];
                for (int i = from; i < to; i++) {
                    a[i] = s0[i] * v0 + s1[i] * v1;
                }
            } else {
                for (int i = from; i < to; i++) {
                    a[i] = s0[i] * v0;
                }
                for (int k = 1; k < r; k++) {
                    double[] sk = sc[k];
                    double vk = vN[k];
                    for (int i = from; i < to; i++) {
                        a[i] += sk[i] * vk;
                    }
                }
            }
            if (hasInput) {
                double inN = inputs[n][mu];
                for (int i = from; i < to; i++) {
                    a[i] += inputs[i][mu] * inN;
                }
            }
        }

        /**
         * The structured part aCol[i] = S^mu(i) . U^mu S^mu(n) + I^mu(i) I^mu(n) for lo &lt;= i &lt;= n, and the
         * explicit predictor Q(i,n) for lo &lt;= i &lt; n; fills dCol with the predicted total Delta(i,n), and bCol
         * with the part of the corrector that the predictor's loads already give (see {@link #bCol}).
         */
        private void predictColumn(int mu, int n, int lo, double[] vN) {
            structuredColumn(mu, n, lo, vN);
            predictRows(mu, n, lo, lo, n);
        }

        /** {@link #predictColumn}'s predictor for the rows from &lt;= i &lt; to of the column's lo &lt;= i &lt; n. */
        private void predictRows(int mu, int n, int lo, int from, int to) {
            double[] qp = qPrev[mu];
            double[] gp = gPrev[mu];
            double[] gp2 = gPrev2[mu];
            double[] gp3 = gPrev3[mu];
            double[] base = bCol[mu];
            double[] d = dCol[mu];
            double[] a = aCol[mu];
            int last = n - 1;
            // three-step extrapolation where column n-3 holds row i (i <= n-2, and i <= n-3 before the fill
            // of G(n-2, n-3) above); two-step for the last row
            int threeEnd = n >= 3 ? last : lo;
            int end = Math.min(to, threeEnd);
            for (int i = from; i < end; i++) {
                double leak = e * qp[i];
                d[i] = a[i] + (leak + p0 * gp[i] + p1 * gp2[i] + p2 * gp3[i]);
                base[i] = leak + qb * gp2[i] + qm * gp[i];
            }
            end = Math.min(to, last);
            for (int i = Math.max(from, threeEnd); i < end; i++) {
                double leak = e * qp[i];
                d[i] = a[i] + (leak + predNew * gp[i] + predOld * gp2[i]);
                base[i] = leak + qb * gp2[i] + qm * gp[i];
            }
            if (to < n) {
                return;
            }
            // row n-1: its G(n-1, n-2) lies below the diagonal (kept in gLow, and in gp2 for the corrector);
            // none exists for n = 1
            double old = n == 1 ? gp[last] : gLow[mu];
            double leak = e * qp[last];
            d[last] = a[last] + (leak + predNew * gp[last] + predOld * old);
            base[last] = leak + qb * gp2[last] + qm * gp[last];
        }

        /**
         * Two regions without inputs: the structured part and the three-step predictor of rows from &lt;= i &lt; to
         * (all below row n - 1) in one loop, the same arithmetic as {@link #structuredRows} then
         * {@link #predictRows}.
         */
        private void structuredAndPredicted(int mu, int from, int to, double v0, double v1) {
            double[] s0 = sCols[mu][0];
            double[] s1 = sCols[mu][1];
            double[] qp = qPrev[mu];
            double[] gp = gPrev[mu];
            double[] gp2 = gPrev2[mu];
            double[] gp3 = gPrev3[mu];
            double[] base = bCol[mu];
            double[] d = dCol[mu];
            double[] a = aCol[mu];
            for (int i = from; i < to; i++) {
                double ai = s0[i] * v0 + s1[i] * v1;
                a[i] = ai;
                double leak = e * qp[i];
                d[i] = ai + (leak + p0 * gp[i] + p1 * gp2[i] + p2 * gp3[i]);
                base[i] = leak + qb * gp2[i] + qm * gp[i];
            }
        }

        /** With cross-region disorder: fCur[mu][i] = sum_nu (g^{mu nu})^2 C^nu(i, n) for lo &lt;= i &lt; n. */
        private void sources(int lo, int n) {
            for (int mu = 0; mu < r; mu++) {
                double[] f = fCur[mu];
                java.util.Arrays.fill(f, lo, n, 0.0);
                for (int nu = 0; nu < r; nu++) {
                    double w = weights[mu][nu];
                    if (w == 0.0) {
                        continue;
                    }
                    double[] c = cCol[nu];
                    for (int i = lo; i < n; i++) {
                        f[i] += w * c[i];
                    }
                }
            }
        }

        /**
         * Without cross-region disorder: fCur[mu][i] = (g^{mu mu})^2 C^mu(i, n) for lo &lt;= i &lt; n, the kernel
         * writing the weighted source directly.
         */
        private void ownSources(int mu, int lo, int n, double dNew, double auxNew) {
            double w = weights[mu][mu];
            if (w == 0.0) {
                java.util.Arrays.fill(fCur[mu], lo, n, 0.0);
            } else {
                kernel.scaledCorrelationColumn(w, diag[mu], aux[mu], dNew, auxNew, dCol[mu], lo, n, fCur[mu]);
            }
        }

        /** Source of region mu at one cell from the current cCol values at row i. */
        private double source(int mu, int i) {
            double acc = 0.0;
            for (int nu = 0; nu < r; nu++) {
                double w = weights[mu][nu];
                if (w != 0.0) {
                    acc += w * cCol[nu][i];
                }
            }
            return acc;
        }

        /**
         * The G recursion down the column, g_i = e g_{i-1} + qb f_{i-2} + qm f_{i-1} + qe f_i (three-point
         * weights; the first row step of a column through rows 0, 1, 2), then the corrector for Q(i,n),
         * lo &lt;= i &lt; n. The recursion runs on h_i = g_i - qe f_i, which obeys
         * h_i = e h_{i-1} + (e qe + qm) f_{i-1} + qb f_{i-2}: no term of row i itself, so the serial chain is
         * h alone, unrolled four rows at a time so that its latency chain advances four rows per step; then
         * g = h + qe f and the corrector Q(i,n) = bCol(i) + qe G(i,n) are one pass that reads each array at one
         * offset (vectorised); the predictor's pass has formed the rest of the corrector in bCol.
         */
        private void correctColumn(int mu, int n, int lo) {
            double hi = correctHead(mu, n, lo);
            if (lo + 1 < n) {
                recursionRows(mu, lo + 2, n, hi);
                finishRows(mu, lo + 2, n);
            }
        }

        /**
         * Rows lo and lo + 1 of {@link #correctColumn} (reads F at rows lo to lo + 2); returns h_{lo+1}, the
         * recursion's start, or NaN when the column has only row lo.
         */
        private double correctHead(int mu, int n, int lo) {
            double[] f = fCur[mu];
            double[] g = gCur[mu];
            double[] gp = gPrev[mu];
            double[] fp = fPrev[mu];
            double[] q = qCur[mu];
            double[] base = bCol[mu];
            double gi;
            if (lo == 0) {
                gi = 0.0; // G(0, t') = 0: the initial random part is independent of later noise
            } else {
                // window edge: row lo-1 of this column approximated by the previous column's
                gi = e * gp[lo - 1] + w0 * fp[lo - 1] + w1 * f[lo];
            }
            g[lo] = gi;
            q[lo] = base[lo] + qe * gi;
            int i = lo + 1;
            if (i >= n) {
                return Double.NaN;
            }
            double b = lo == 0 && n >= 3 ? q0 * f[0] + q1 * f[1] + q2 * f[2] : w0 * f[lo] + w1 * f[i];
            gi = e * gi + b;
            g[i] = gi;
            q[i] = base[i] + qe * gi;
            return gi - qe * f[i];
        }

        /**
         * h down rows from &lt;= i &lt; to, from h_{from-1} = hi, four rows per step of the latency chain and the
         * rest one by one; returns h_{to-1}. Split into ranges whose lengths are multiples of four (all but the
         * last), it gives bitwise the rows of one call over the whole range.
         */
        private double recursionRows(int mu, int from, int to, double hi) {
            double[] f = fCur[mu];
            double[] hRow = hCol[mu];
            int i = from;
            for (; i + 3 < to; i += 4) {
                double c0 = Math.fma(hSource, f[i - 1], qb * f[i - 2]);
                double c1 = Math.fma(hSource, f[i], qb * f[i - 1]);
                double c2 = Math.fma(hSource, f[i + 1], qb * f[i]);
                double c3 = Math.fma(hSource, f[i + 2], qb * f[i + 1]);
                double h1 = Math.fma(e, hi, c0);
                double h2 = Math.fma(e2, hi, Math.fma(e, c0, c1));
                double h3 = Math.fma(e3, hi, Math.fma(e2, c0, Math.fma(e, c1, c2)));
                double h4 = Math.fma(e4, hi, Math.fma(e3, c0, Math.fma(e2, c1, Math.fma(e, c2, c3))));
                hRow[i] = h1;
                hRow[i + 1] = h2;
                hRow[i + 2] = h3;
                hRow[i + 3] = h4;
                hi = h4;
            }
            for (; i < to; i++) {
                hi = Math.fma(e, hi, Math.fma(hSource, f[i - 1], qb * f[i - 2]));
                hRow[i] = hi;
            }
            return hi;
        }

        /** G = h + qe F and the corrector Q(i,n) = bCol(i) + qe G(i,n) for from &lt;= i &lt; to (vectorised). */
        private void finishRows(int mu, int from, int to) {
            double[] f = fCur[mu];
            double[] g = gCur[mu];
            double[] q = qCur[mu];
            double[] base = bCol[mu];
            double[] hRow = hCol[mu];
            for (int i = from; i < to; i++) {
                double gv = Math.fma(qe, f[i], hRow[i]);
                g[i] = gv;
                q[i] = base[i] + qe * gv;
            }
        }

        /**
         * One region's column with direct sources, tile by tile: the structured part, the predictor, the kernel
         * and the corrector of {@link #tile} rows before the next tile, so that the arrays a tile passes between
         * these loops stay cached instead of streaming whole columns through the caches pass by pass. Every row
         * gets bitwise the numbers of the column-wide passes: the loops are the same, the recursion's tiles
         * start four-aligned from row lo + 2 (see {@link #recursionRows}). Row n of the structured part and the
         * predicted corner (dNew, auxNew) are set before.
         */
        private void tiledColumn(int mu, int n, int lo, double[] vN, double dNew, double auxNew) {
            int first = lo + 2;
            double w = weights[mu][mu];
            double[] f = fCur[mu];
            double hi = 0.0;
            for (int from = lo; from < n; ) {
                int to = (int) Math.min(n, (long) (from == lo ? first : from) + tile);
                int rest = from;
                if (r == 2 && !hasInput) {
                    rest = Math.max(from, Math.min(to, n >= 3 ? n - 1 : lo));
                    structuredAndPredicted(mu, from, rest, vN[0], vN[1]);
                }
                structuredRows(mu, n, rest, to, vN);
                predictRows(mu, n, lo, rest, to);
                boolean checked = w != 0.0 && to - from >= 4;
                if (checked) {
                    kernel.scaledCorrelationColumnOrNaN(w, diag[mu], aux[mu], dNew, auxNew, dCol[mu], from, to, f);
                } else {
                    ownSources(mu, from, to, dNew, auxNew);
                }
                double next = correctTile(mu, n, lo, from, to, hi);
                // A NaN source (a prediction beyond the Cauchy-Schwarz bound, left unclamped) reaches the
                // recursion's last value: h at the tile's end depends on every F of the tile but its last row
                if (checked && (Double.isNaN(next) || Double.isNaN(f[to - 1]))) {
                    ownSources(mu, from, to, dNew, auxNew);
                    next = correctTile(mu, n, lo, from, to, hi);
                }
                hi = next;
                from = to;
            }
        }

        /**
         * The corrector of the rows from &lt;= i &lt; to of {@link #tiledColumn}, from h_{from-1} = hi; returns
         * h_{to-1}.
         */
        private double correctTile(int mu, int n, int lo, int from, int to, double hi) {
            int start = from;
            if (from == lo) {
                hi = correctHead(mu, n, lo);
                start = lo + 2;
            }
            if (start < to) {
                hi = recursionRows(mu, start, to, hi);
                finishRows(mu, start, to);
            }
            return hi;
        }

        /**
         * The random diagonal Q(n, n) predicted into qDiagPred before column n is computed, from the exact cell
         * recursion Q(n,n) = 2 e^{-h} Q(n-1,n) - e^{-2h} Q(n-1,n-1) + cell, with Q(n-1, n) from the three-step
         * predictor (its G(n-1, n-3), two below the diagonal, by one row step of column n-3) and the cell's
         * unknown corners F(n, n), F(n-1, n), F(n-2, n) extrapolated linearly along the diagonal. Its error is
         * O(h^4) per step, where extrapolating Q(k, k) itself leaves O(h^3) with the large constant of the fast
         * e^{-2t} start-up (the gain and every kernel evaluation of the column read this prediction). Needs four
         * columns before n and a window of at least four lags; returns false otherwise.
         * <p>Reads column n-2 from the fCur buffer, which still holds it before the column's corrector runs.
         */
        private boolean predictDiagonal(int n, int lo) {
            if (n < 4 || lo > n - 4) {
                return false;
            }
            for (int mu = 0; mu < r; mu++) {
                double[] fp = fPrev[mu];
                double[] fc = fCur[mu];
                double gSub2 = e * gLowOld[mu] + qb * fDiagOlder[mu] + qm * fc[n - 3] + qe * fp[n - 3];
                double qSub = e * qPrev[mu][n - 1] + p0 * gPrev[mu][n - 1] + p1 * gLow[mu] + p2 * gSub2;
                double fnn = 2.0 * fp[n - 1] - fDiagOld[mu];
                double fSub1 = 2.0 * fp[n - 2] - fc[n - 3];
                double fSub2 = 2.0 * fp[n - 3] - fc[n - 4];
                double cell = qm * qm * fp[n - 1] + 2.0 * qb * qm * fp[n - 2] + qb * qb * fDiagOld[mu]
                        + 2.0 * qe * (qm * fSub1 + qb * fSub2) + qe * qe * fnn;
                qDiagPred[mu] = 2.0 * e * qSub - e2 * qPrev[mu][n - 1] + cell;
            }
            return true;
        }

        /** Q(n,n), F(n,n), G(n,n) and the sub-diagonal G(n, n-1) for the next predictor. */
        private void diagonal(int n, int lo) {
            double[] base = new double[r];
            double[] qn = new double[r];
            // the cell [t_{n-1}, t_n]^2 with the three-point weights in both times (nodes n-2, n-1, n), or the
            // trapezoidal ones where row n-2 is missing (n = 1, or a window of one lag)
            boolean three = DiagonalRules.threePoint(n, lo);
            double wn = diagonalRules.cornerWeight(three);
            for (int mu = 0; mu < r; mu++) {
                double[] fp = fPrev[mu];
                base[mu] = diagonalRules.cornerBase(three, qCur[mu][n - 1], qPrev[mu][n - 1], fCur[mu], fp,
                        fDiagOld[mu], n);
                qn[mu] = base[mu] + wn * wn * fp[n - 1];
            }
            // fixed-point iteration: contraction factor w1^2 dF/dQ, about h^2/4
            int passes = 0;
            boolean met = false;
            double change = 0.0;
            while (passes < passCap && !met) {
                change = 0.0;
                for (int mu = 0; mu < r; mu++) {
                    double d = aCol[mu][n] + qn[mu];
                    cCol[mu][n] = kernel.correlation(d, d, d);
                }
                for (int mu = 0; mu < r; mu++) {
                    double next = base[mu] + wn * wn * source(mu, n);
                    change = Math.max(change, Math.abs(next - qn[mu]));
                    qn[mu] = next;
                }
                passes++;
                met = change <= 1e-15 * (1.0 + Math.abs(qn[0]));
            }
            maxPasses = Math.max(maxPasses, passes);
            if (!met) {
                cappedSteps++;
                maxCappedResidual = Math.max(maxCappedResidual, change);
            }
            if (switchCorrection != null) {
                double[] an = new double[r];
                for (int mu = 0; mu < r; mu++) {
                    an[mu] = aCol[mu][n];
                }
                switchCorrection.cornerCell(n, an, qn);
            }
            for (int mu = 0; mu < r; mu++) {
                double d = aCol[mu][n] + qn[mu];
                cCol[mu][n] = kernel.correlation(d, d, d);
            }
            for (int mu = 0; mu < r; mu++) {
                qCur[mu][n] = qn[mu];
                fCur[mu][n] = source(mu, n);
                gCur[mu][n] = diagonalRules.diagonalG(three, gCur[mu][n - 1], fCur[mu], n);
                gLowOld[mu] = gLow[mu];
                gLow[mu] = diagonalRules.subDiagonalG(n, gPrev[mu][n - 1], fPrev[mu], fCur[mu]);
                fDiagOlder[mu] = fDiagOld[mu];
                fDiagOld[mu] = fPrev[mu][n - 1];
            }
            if (switchCorrection != null) {
                double[] dn = new double[r];
                double[] gd = new double[r];
                for (int mu = 0; mu < r; mu++) {
                    dn[mu] = aCol[mu][n] + qCur[mu][n];
                    gd[mu] = gCur[mu][n];
                }
                switchCorrection.diagonal(n, dn, gd, gLow);
                for (int mu = 0; mu < r; mu++) {
                    gCur[mu][n] = gd[mu];
                }
            }
        }

        private void rotate() {
            double[][] t = gPrev3;
            gPrev3 = gPrev2;
            gPrev2 = gPrev;
            gPrev = gCur;
            gCur = t;
            t = qPrev;
            qPrev = qCur;
            qCur = t;
            t = fPrev;
            fPrev = fCur;
            fCur = t;
        }

        TransientResult result(DmftScheme scheme, double seconds) {
            java.util.List<String> warnings = new java.util.ArrayList<>();
            if (cappedSteps > 0) {
                warnings.add(String.format(java.util.Locale.ROOT,
                        "the implicit diagonal iteration stopped at its cap of %d passes without meeting its "
                                + "tolerance at %d of %d steps (largest change left %.3g); a smaller dmft.dt "
                                + "makes it contract faster", passCap, cappedSteps, nt - 1, maxCappedResidual));
            }
            return traj.toResult(scheme, h, recorder, cells, seconds,
                    new TransientDiagnostics(passCap, maxPasses, cappedSteps, maxCappedResidual, warnings));
        }
    }
}
