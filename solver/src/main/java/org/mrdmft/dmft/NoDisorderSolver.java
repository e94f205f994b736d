package org.mrdmft.dmft;

import org.mrdmft.dmft.DmftScheme;
import org.mrdmft.kernel.GaussianKernel;

/**
 * The g = 0 fast path (docs/MODEL.md section 4): without disorder the random part of Delta only decays,
 * Q(t,t) = e^{-2t} Q(0,0), so Delta(t,t) = sum U S S + I^2 + Q(t,t) and the R^2 current ODEs close on
 * themselves. The current step is the one of {@link ExponentialTrapezoidSolver}, so both engines agree to
 * rounding on disorder-free networks. No two-time function is computed (lag slices and the two-time sample
 * are assembled from the structured part, which is exact).
 */
public final class NoDisorderSolver implements TransientSolver {

    @Override
    public TransientResult solve(TransientProblem problem, ProgressListener progress) {
        if (!problem.model().isDisorderFree()) {
            throw new IllegalArgumentException("the g = 0 fast path needs a disorder-free network");
        }
        long start = System.nanoTime();
        TransientSetup setup = TransientSetup.of(problem, TransientSetup.ownDisorderSquared(problem.model()));
        int r = setup.regions();
        int nt = setup.steps();
        ExponentialWeights ew = ExponentialWeights.of(setup.dt());
        double e = ew.e();
        GaussianKernel kernel = setup.kernel();
        double[][][] u = setup.model().overlaps();
        double[][] inputs = setup.inputs();
        CurrentField field = new CurrentField(setup.model());
        Trajectory traj = new Trajectory(nt, r);
        double[][] qDiag = new double[r][nt];
        CurrentStep currentStep = new CurrentStep(setup, ew);

        double[][] s0 = setup.initialCurrents();
        for (int mu = 0; mu < r; mu++) {
            traj.currents[0][mu] = s0[mu].clone();
            qDiag[mu][0] = setup.initialVariance()[mu];
            double in = inputs[0][mu];
            double d = StructuredVariance.quadratic(u[mu], s0[mu], s0[mu]) + in * in + qDiag[mu][0];
            traj.variance[0][mu] = d;
            traj.gain[0][mu] = kernel.gain(d);
        }
        field.evaluate(traj.currents[0], traj.gain[0], inputs[0], traj.drives[0]);
        DivergenceCheck.step(traj, 0, setup.dt());
        long reportEvery = Math.max(1, nt / 200);
        for (int n = 1; n < nt; n++) {
            double[][] sOld = traj.currents[n - 1];
            double[][] jOld = traj.drives[n - 1];
            double[][] sNew = traj.currents[n];
            currentStep.advance(n, sOld, jOld, qDiag, sNew);
            for (int mu = 0; mu < r; mu++) {
                double q = e * e * qDiag[mu][n - 1];
                qDiag[mu][n] = q;
                double in = inputs[n][mu];
                double d = StructuredVariance.quadratic(u[mu], sNew[mu], sNew[mu]) + in * in + q;
                traj.variance[n][mu] = d;
                traj.gain[n][mu] = kernel.gain(d);
            }
            field.evaluate(sNew, traj.gain[n], inputs[n], traj.drives[n]);
            DivergenceCheck.step(traj, n, setup.dt());
            if (n % reportEvery == 0 || n == nt - 1) {
                progress.onProgress(n, nt - 1);
            }
        }
        TwoTimeRecorder recorder = new TwoTimeRecorder(r, nt, setup.lagReferences(), setup.stride());
        double[] v = new double[r];
        for (int n = 0; n < nt; n++) {
            if (!recorder.wants(n)) {
                continue;
            }
            for (int mu = 0; mu < r; mu++) {
                StructuredVariance.apply(u[mu], traj.currents[n][mu], v);
                final int col = n;
                final int region = mu;
                // the structured part is exact, so the whole column is available whatever the window
                final double[] vn = v.clone();
                final double q0 = setup.initialVariance()[mu];
                recorder.column(mu, n, 0, i -> {
                    double acc = 0.0;
                    for (int k = 0; k < vn.length; k++) {
                        acc += traj.currents[i][region][k] * vn[k];
                    }
                    return acc + inputs[i][region] * inputs[col][region] + Math.exp(-(i + col) * ew.h()) * q0;
                });
            }
        }
        return traj.toResult(DmftScheme.EXP_TRAPEZOID, setup.dt(), recorder, 0L, (System.nanoTime() - start) * 1e-9);
    }
}
