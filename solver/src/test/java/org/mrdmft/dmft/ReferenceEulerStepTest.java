package org.mrdmft.dmft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mrdmft.dmft.DmftScheme;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.model.InputDrive;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.model.Nonlinearity;

/**
 * reference-euler against an independent, literal transcription of docs/MODEL.md section 7 with full
 * Nt x Nt matrices (no windows, no column buffers), and against a few steps worked out by hand.
 */
class ReferenceEulerStepTest {

    private static final double C = 2.0 / Math.PI;

    private static double corr(double d11, double d22, double d12) {
        return C * Math.asin(d12 / Math.sqrt((d11 + C) * (d22 + C)));
    }

    private static double gain(double d) {
        return 1.0 / Math.sqrt(1.0 + d / C);
    }

    /** Literal full-matrix transcription; returns {Delta(j,j) per region per step, S^{mu nu} per step}. */
    private static double[][][] literal(double[] g, double[][] cross, double[][][] t, double[][][] u, double[][] s0,
                                        double dt, int nt) {
        int r = g.length;
        double[][][] delta = new double[r][nt][nt];
        double[][][] gamma = new double[r][nt][nt];
        double[][][] s = new double[nt][r][r];
        double[][][] j = new double[nt][r][r];
        double[][] psi = new double[nt][r];
        s[0] = s0;
        for (int mu = 0; mu < r; mu++) {
            delta[mu][0][0] = g[0] * g[0];
        }
        for (int jj = 1; jj < nt; jj++) {
            for (int mu = 0; mu < r; mu++) {
                psi[jj][mu] = gain(delta[mu][jj - 1][jj - 1]);
            }
            for (int mu = 0; mu < r; mu++) {
                for (int nu = 0; nu < r; nu++) {
                    double acc = 0;
                    for (int rho = 0; rho < r; rho++) {
                        acc += t[mu][nu][rho] * s[jj - 1][nu][rho];
                    }
                    j[jj][mu][nu] = psi[jj - 1][nu] * acc;
                    s[jj][mu][nu] = (1 - dt) * s[jj - 1][mu][nu] + dt * j[jj - 1][mu][nu];
                }
            }
            for (int mu = 0; mu < r; mu++) {
                for (int i = 0; i < jj; i++) {
                    delta[mu][i][jj] = (1 - dt) * delta[mu][i][jj - 1] + dt * gamma[mu][i][jj - 1];
                }
                delta[mu][jj][jj] = delta[mu][jj - 1][jj - 1];
            }
            double[][] cVals = new double[r][jj + 1];
            for (int mu = 0; mu < r; mu++) {
                for (int i = 1; i <= jj; i++) {
                    cVals[mu][i] = corr(delta[mu][i][i], delta[mu][jj][jj], delta[mu][i][jj]);
                }
            }
            for (int mu = 0; mu < r; mu++) {
                for (int i = 1; i <= jj; i++) {
                    double a = 0;
                    for (int rho = 0; rho < r; rho++) {
                        for (int rho2 = 0; rho2 < r; rho2++) {
                            a += u[mu][rho][rho2] * j[i][mu][rho] * j[jj][mu][rho2];
                        }
                    }
                    double src = a;
                    for (int nu = 0; nu < r; nu++) {
                        double w = nu == mu ? g[mu] * g[mu] : cross[mu][nu] * cross[mu][nu];
                        src += w * cVals[nu][i];
                    }
                    gamma[mu][i][jj] = (1 - dt) * gamma[mu][i - 1][jj] + dt * src;
                }
                delta[mu][jj][jj] = (1 - dt) * delta[mu][jj - 1][jj] + dt * gamma[mu][jj - 1][jj];
            }
        }
        double[][][] out = new double[2][nt][];
        for (int k = 0; k < nt; k++) {
            out[0][k] = new double[r];
            out[1][k] = new double[r * r];
            for (int mu = 0; mu < r; mu++) {
                out[0][k][mu] = delta[mu][k][k];
                for (int nu = 0; nu < r; nu++) {
                    out[1][k][mu * r + nu] = s[k][mu][nu];
                }
            }
        }
        return out;
    }

    @Test
    void matchesALiteralTranscriptionOfTheScheme() {
        double[] g = {1.3, 0.9};
        double[][] cross = {{0, 0.4}, {0.2, 0}};
        double[][][] t = {{{0.5, -1.2}, {1.7, 0.3}}, {{-0.8, 0.6}, {0.9, 1.1}}};
        double[][][] u = {{{1.0, 0.3}, {0.3, 2.0}}, {{1.5, -0.2}, {-0.2, 0.7}}};
        double[][] s0 = {{0.4, -0.7}, {0.9, 0.2}};
        double dt = 0.1;
        int nt = 40;
        NetworkModel m = new NetworkModel(2, Nonlinearity.ERF, g, cross, t, u, InputDrive.none(2));
        DmftSettings s = DmftSettings.defaults().withDt(dt, nt).withInitialCurrents(s0)
                .withScheme(DmftScheme.REFERENCE_EULER);
        TransientResult r = new ReferenceEulerSolver().solve(new TransientProblem(m, s));
        double[][][] expected = literal(g, cross, t, u, s0, dt, nt);
        for (int k = 0; k < nt; k++) {
            for (int mu = 0; mu < 2; mu++) {
                assertThat(r.variance()[k][mu]).as("Delta(%d,%d) region %d", k, k, mu)
                        .isCloseTo(expected[0][k][mu], within(1e-13));
                for (int nu = 0; nu < 2; nu++) {
                    assertThat(r.currents()[k][mu][nu]).isCloseTo(expected[1][k][mu * 2 + nu], within(1e-13));
                }
            }
        }
    }

    @Test
    void firstStepsByHand() {
        // One region, g = 1, no structure, dt = 0.5: Delta(0,0) = g^2 = 1, Gamma(., .) starts at 0.
        // j = 1: Delta(0,1) = 0.5 Delta(0,0) + 0.5 Gamma(0,0) = 0.5; provisional Delta(1,1) = 1;
        //        Gamma(1,1) = 0.5 Gamma(0,1) + 0.5 C(1, 1, 1) = 0.5 C(1,1,1)  (Gamma(0,1) = 0);
        //        Delta(1,1) = 0.5 Delta(0,1) + 0.5 Gamma(0,1) = 0.25.
        // j = 2: Delta(0,2) = 0.5 * 0.5 + 0.5 * 0 = 0.25; Delta(1,2) = 0.5 * 0.25 + 0.5 Gamma(1,1);
        //        provisional Delta(2,2) = 0.25; Gamma(1,2) = 0.5 C(Delta(1,1), 0.25, Delta(1,2));
        //        Delta(2,2) = 0.5 Delta(1,2) + 0.5 Gamma(1,2).
        double c111 = C * Math.asin(1.0 / (1.0 + C));
        double d11 = 0.25;
        double gamma11 = 0.5 * c111;
        double d12 = 0.5 * 0.25 + 0.5 * gamma11;
        double gamma12 = 0.5 * corr(d11, 0.25, d12);
        double d22 = 0.5 * d12 + 0.5 * gamma12;
        NetworkModel m = NetworkModel.of(new double[] {1.0}, new double[1][1][1]);
        DmftSettings s = DmftSettings.defaults().withDt(0.5, 3).withInitialCurrents(new double[][] {{0.0}})
                .withScheme(DmftScheme.REFERENCE_EULER);
        TransientResult r = new ReferenceEulerSolver().solve(new TransientProblem(m, s));
        assertThat(r.variance()[0][0]).isEqualTo(1.0);
        assertThat(r.variance()[1][0]).isCloseTo(0.25, within(1e-15));
        assertThat(r.variance()[2][0]).isCloseTo(d22, within(1e-15));
        assertThat(d22).isCloseTo(0.5 * (0.125 + 0.25 * c111) + 0.25 * corr(0.25, 0.25, 0.125 + 0.25 * c111),
                within(1e-15));
    }

    @Test
    void currentsFollowTheAuthorsDelayedGains() {
        // psi_0 = 0, so J_1 = 0 and S_2 = (1 - dt) S_1 = (1 - dt)^2 S_0 whatever T is
        NetworkModel m = NetworkModel.of(new double[] {0.5}, new double[][][] {{{3.0}}});
        DmftSettings s = DmftSettings.defaults().withDt(0.1, 4).withInitialCurrents(new double[][] {{0.8}})
                .withScheme(DmftScheme.REFERENCE_EULER);
        TransientResult r = new ReferenceEulerSolver().solve(new TransientProblem(m, s));
        assertThat(r.currents()[1][0][0]).isCloseTo(0.9 * 0.8, within(1e-15));
        assertThat(r.currents()[2][0][0]).isCloseTo(0.81 * 0.8, within(1e-15));
        // J_2 = psi_1 T S_1 with psi_1 = psi(Delta(0,0)) = psi(g^2)
        assertThat(r.drives()[2][0][0]).isCloseTo(gain(0.25) * 3.0 * 0.72, within(1e-15));
    }
}
