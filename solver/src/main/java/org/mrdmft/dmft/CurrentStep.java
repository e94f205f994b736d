package org.mrdmft.dmft;

import org.mrdmft.kernel.GaussianKernel;

/**
 * One step of the currents shared by the default engine and the g = 0 fast path: explicit predictor
 * (exponential two-step Adams-Bashforth, exponential Euler at the first step), gains at t_n from the predicted
 * structured variance plus the predicted random diagonal Q(n,n) ({@link ExponentialWeights#extrapolateDiagonal}:
 * its free decay exact, its forced part extrapolated), then the three-point corrector
 * S_n = e^{-h} S_{n-1} + back J_{n-2} + mid J_{n-1} + end J_n^pred ({@link QuadraticWeights}; the trapezoidal
 * w0 J_0 + w1 J_1^pred at the first step): third order, like the two-time part. In a step that contains a
 * switch of the input ({@link InputSwitch}) the drive jumps; the corrector then adds (omega - end) (J_n -
 * J_n^before), J^before taken with the input (and its share of the variance) from before the switch, and the
 * next step back (J_n - J_n^before), whose rule reaches back across the switch: second order for switched inputs.
 */
final class CurrentStep {
    private final ExponentialWeights w;
    private final QuadraticWeights qw;
    /** J at t_{n-2} for the step to t_n (a copy of the previous call's jOld). */
    private final double[][] jOlder;
    /** J_k - J_k^before of the last switch step k, for the step after it. */
    private final double[][] jump;
    private int jumpStep = -10;
    private final GaussianKernel kernel;
    private final double[][][] u;
    private final CurrentField field;
    private final double[][] inputs;
    private final double[][] sPred;
    private final double[][] jPred;
    private final double[] psiPred;
    /** The predicted variance at t_n without the input's share, per region. */
    private final double[] varPred;
    private final InputSwitch[] switches;
    private final double[][] jBefore;
    private final double[] psiBefore;
    /** F^mu(0,0), the source of each region's random part at t = t' = 0 (zeros without disorder). */
    private final double[] firstSource;
    /** The extrapolated Q(n,n) per region of the last {@link #advance} call. */
    final double[] qPredDiag;

    /** Without disorder: Q(t,t) = e^{-2t} Q(0,0) is predicted exactly. */
    CurrentStep(TransientSetup setup, ExponentialWeights w) {
        this(setup, w, new double[setup.regions()]);
    }

    /** @param firstSource F^mu(0,0) per region, which starts the forced part of Q(t,t) */
    CurrentStep(TransientSetup setup, ExponentialWeights w, double[] firstSource) {
        int r = setup.regions();
        this.w = w;
        this.qw = QuadraticWeights.of(w.h());
        this.jOlder = new double[r][r];
        this.jump = new double[r][r];
        this.kernel = setup.kernel();
        this.u = setup.model().overlaps();
        this.field = new CurrentField(setup.model());
        this.inputs = setup.inputs();
        this.sPred = new double[r][r];
        this.jPred = new double[r][r];
        this.psiPred = new double[r];
        this.varPred = new double[r];
        this.switches = setup.switches();
        this.jBefore = new double[r][r];
        this.psiBefore = new double[r];
        this.qPredDiag = new double[r];
        this.firstSource = firstSource.clone();
    }

    /** S at t_n into sNew, from S and J at t_{n-1} and the random diagonal Q(k,k), k &lt; n. */
    void advance(int n, double[][] sOld, double[][] jOld, double[][] qDiag, double[][] sNew) {
        advance(n, sOld, jOld, qDiag, null, sNew);
    }

    /**
     * As {@link #advance(int, double[][], double[][], double[][], double[][])}, with the predicted random
     * diagonal Q(n, n) given by the engine (null: extrapolated from qDiag).
     */
    void advance(int n, double[][] sOld, double[][] jOld, double[][] qDiag, double[] qPred, double[][] sNew) {
        int r = sOld.length;
        double e = w.e();
        boolean three = n >= 2;
        double pNew = three ? w.predNew() : 1.0 - e;
        double pOld = three ? w.predOld() : 0.0;
        for (int mu = 0; mu < r; mu++) {
            for (int nu = 0; nu < r; nu++) {
                sPred[mu][nu] = e * sOld[mu][nu] + pNew * jOld[mu][nu] + pOld * jOlder[mu][nu];
            }
        }
        for (int mu = 0; mu < r; mu++) {
            qPredDiag[mu] = qPred != null ? qPred[mu] : w.extrapolateDiagonal(qDiag[mu], n, firstSource[mu]);
            double in = inputs[n][mu];
            varPred[mu] = StructuredVariance.quadratic(u[mu], sPred[mu], sPred[mu]) + qPredDiag[mu];
            psiPred[mu] = kernel.gain(varPred[mu] + in * in);
        }
        field.evaluate(sPred, psiPred, inputs[n], jPred);
        double wBack = three ? qw.back() : 0.0;
        double wMid = three ? qw.mid() : w.w0();
        double wEnd = three ? qw.end() : w.w1();
        for (int mu = 0; mu < r; mu++) {
            for (int nu = 0; nu < r; nu++) {
                sNew[mu][nu] = e * sOld[mu][nu] + wBack * jOlder[mu][nu] + wMid * jOld[mu][nu]
                        + wEnd * jPred[mu][nu];
            }
        }
        if (n == jumpStep + 1) {
            for (int mu = 0; mu < r; mu++) {
                for (int nu = 0; nu < r; nu++) {
                    sNew[mu][nu] += wBack * jump[mu][nu];
                }
            }
        }
        for (int mu = 0; mu < r; mu++) {
            System.arraycopy(jOld[mu], 0, jOlder[mu], 0, r);
        }
        InputSwitch sw = switches[n];
        if (sw != null) {
            double[] before = sw.before();
            for (int mu = 0; mu < r; mu++) {
                psiBefore[mu] = kernel.gain(varPred[mu] + before[mu] * before[mu]);
            }
            field.evaluate(sPred, psiBefore, before, jBefore);
            double c = sw.omega() - wEnd;
            for (int mu = 0; mu < r; mu++) {
                for (int nu = 0; nu < r; nu++) {
                    jump[mu][nu] = jPred[mu][nu] - jBefore[mu][nu];
                    sNew[mu][nu] += c * jump[mu][nu];
                }
            }
            jumpStep = n;
        }
    }
}
