package org.mrdmft.dmft;

import java.util.Arrays;
import org.mrdmft.dmft.DmftScheme;
import org.mrdmft.kernel.GaussianKernel;

/**
 * The authors' forward-Euler discretisation of the two-time DMFT (docs/MODEL.md section 7), step for step,
 * so that published numbers can be reproduced. First order in dt.
 *
 * <p>Per column j: psi_j = psi(Delta(j-1,j-1)); J_j = J(S_{j-1}, psi_{j-1}); S_j = (1-dt) S_{j-1} + dt J_{j-1};
 * Delta(i,j) = (1-dt) Delta(i,j-1) + dt Gamma(i,j-1) for i &lt; j with the provisional diagonal
 * Delta(j,j) = Delta(j-1,j-1); Gamma(i,j) = (1-dt) Gamma(i-1,j) + dt [sum_nu (g^{mu nu})^2 C^nu(i,j) + A(i,j)]
 * for i = 1..j with Gamma(0,j) = 0; finally Delta(j,j) = (1-dt) Delta(j-1,j) + dt Gamma(j-1,j). The
 * authors' initial values: psi_0 = 0 (so J_1 = 0), J_0 = 0, Delta(0,0) = (g^1)^2 in every region unless
 * {@code dmft.initialVariance} is given. Inputs add I(t_i) I(t_j) to the structured source A(i,j).
 *
 * <p>Reported gains are psi(Delta(t_k,t_k)) at each t_k (the scheme itself uses them one step late).
 * With a window, Gamma at the row just outside the window is taken from the previous column (the
 * authors' script used zero there).
 */
public final class ReferenceEulerSolver implements TransientSolver {

    @Override
    public TransientResult solve(TransientProblem problem, ProgressListener progress) {
        long start = System.nanoTime();
        int r0 = problem.model().regions();
        double g1 = problem.model().disorder(0);
        double[] q0 = new double[r0];
        Arrays.fill(q0, g1 * g1);
        TransientSetup setup = TransientSetup.of(problem, q0);
        int r = setup.regions();
        int nt = setup.steps();
        double dt = setup.dt();
        double leak = 1.0 - dt;
        GaussianKernel kernel = setup.kernel();
        double[][] w = setup.disorderWeights();
        double[][][] u = setup.model().overlaps();
        double[][] inputs = setup.inputs();
        boolean hasInput = setup.model().inputs().isActive();
        CurrentField field = new CurrentField(setup.model());
        Trajectory traj = new Trajectory(nt, r);
        TwoTimeRecorder recorder = new TwoTimeRecorder(r, nt, setup.lagReferences(), setup.stride());

        double[][] diag = new double[r][nt];
        double[][] aux = new double[r][nt];
        double[][] dPrev = new double[r][nt];
        double[][] dCur = new double[r][nt];
        double[][] gPrev = new double[r][nt];
        double[][] gCur = new double[r][nt];
        double[][] c = new double[r][nt];
        double[][] a = new double[r][nt];
        double[][] psiScheme = new double[nt][r]; // the authors' psi array: psi_0 = 0
        double[][] uj = new double[r][r];

        double[][] s0 = setup.initialCurrents();
        for (int mu = 0; mu < r; mu++) {
            traj.currents[0][mu] = s0[mu].clone();
            double d0 = setup.initialVariance()[mu];
            diag[mu][0] = d0;
            aux[mu][0] = kernel.rowAuxiliary(d0);
            dPrev[mu][0] = d0;
            traj.variance[0][mu] = d0;
            traj.gain[0][mu] = kernel.gain(d0);
        }
        recordColumn(recorder, r, 0, 0, dPrev);
        long cells = 0;
        long reportEvery = Math.max(1, nt / 200);
        for (int j = 1; j < nt; j++) {
            int lo = Math.max(0, j - setup.window());
            for (int mu = 0; mu < r; mu++) {
                psiScheme[j][mu] = kernel.gain(diag[mu][j - 1]);
            }
            // J_j = J(S_{j-1}, psi_{j-1}); S_j from J_{j-1}
            field.evaluate(traj.currents[j - 1], psiScheme[j - 1], inputs[j - 1], traj.drives[j]);
            for (int mu = 0; mu < r; mu++) {
                for (int nu = 0; nu < r; nu++) {
                    traj.currents[j][mu][nu] = leak * traj.currents[j - 1][mu][nu] + dt * traj.drives[j - 1][mu][nu];
                }
            }
            double[][] jj = traj.drives[j];
            for (int mu = 0; mu < r; mu++) {
                for (int rho = 0; rho < r; rho++) {
                    double acc = 0.0;
                    for (int rho2 = 0; rho2 < r; rho2++) {
                        acc += u[mu][rho][rho2] * jj[mu][rho2];
                    }
                    uj[mu][rho] = acc;
                }
            }
            int from = Math.max(1, lo);
            for (int mu = 0; mu < r; mu++) {
                double[] dp = dPrev[mu];
                double[] dc = dCur[mu];
                double[] gp = gPrev[mu];
                for (int i = lo; i < j; i++) {
                    dc[i] = leak * dp[i] + dt * gp[i];
                }
                double provisional = diag[mu][j - 1];
                dc[j] = provisional;
                diag[mu][j] = provisional;
                aux[mu][j] = kernel.rowAuxiliary(provisional);
                kernel.correlationColumn(diag[mu], aux[mu], provisional, aux[mu][j], dc, from, j + 1, c[mu]);
                double[] am = a[mu];
                double inJ = inputs[j][mu];
                for (int i = from; i <= j; i++) {
                    double[] ji = traj.drives[i][mu];
                    double acc = 0.0;
                    for (int rho = 0; rho < r; rho++) {
                        acc += ji[rho] * uj[mu][rho];
                    }
                    if (hasInput) {
                        acc += inputs[i][mu] * inJ;
                    }
                    am[i] = acc;
                }
            }
            for (int mu = 0; mu < r; mu++) {
                double[] gc = gCur[mu];
                double gam = lo == 0 ? 0.0 : gPrev[mu][lo - 1];
                if (lo == 0) {
                    gc[0] = 0.0;
                }
                for (int i = from; i <= j; i++) {
                    double src = a[mu][i];
                    for (int nu = 0; nu < r; nu++) {
                        double wt = w[mu][nu];
                        if (wt != 0.0) {
                            src += wt * c[nu][i];
                        }
                    }
                    gam = leak * gam + dt * src;
                    gc[i] = gam;
                }
            }
            cells += (long) (j + 1 - from) * r;
            for (int mu = 0; mu < r; mu++) {
                double d = leak * dCur[mu][j - 1] + dt * gCur[mu][j - 1];
                dCur[mu][j] = d;
                diag[mu][j] = d;
                aux[mu][j] = kernel.rowAuxiliary(d);
                traj.variance[j][mu] = d;
                traj.gain[j][mu] = kernel.gain(d);
            }
            DivergenceCheck.step(traj, j, dt);
            if (recorder.wants(j)) {
                recordColumn(recorder, r, j, lo, dCur);
            }
            double[][] t = dPrev;
            dPrev = dCur;
            dCur = t;
            t = gPrev;
            gPrev = gCur;
            gCur = t;
            if (j % reportEvery == 0 || j == nt - 1) {
                progress.onProgress(j, nt - 1);
            }
        }
        return traj.toResult(DmftScheme.REFERENCE_EULER, dt, recorder, cells, (System.nanoTime() - start) * 1e-9);
    }

    private static void recordColumn(TwoTimeRecorder recorder, int r, int j, int lo, double[][] column) {
        for (int mu = 0; mu < r; mu++) {
            final double[] col = column[mu];
            recorder.column(mu, j, lo, i -> col[i]);
        }
    }
}
