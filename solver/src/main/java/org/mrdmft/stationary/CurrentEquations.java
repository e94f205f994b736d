package org.mrdmft.stationary;

import org.mrdmft.kernel.GaussianKernel;
import org.mrdmft.model.NetworkModel;

/**
 * The fixed-point conditions of the currents, 0 = -S + J(S, psi(D0(A(S)))), with each region's total
 * variance D0 taken from its stationary state at the structured variance
 * A^mu = sum U^{mu rho rho'} S^{mu rho} S^{mu rho'} + (I^mu)^2, and their analytic Jacobian, which includes the
 * gains' dependence on the currents: d psi^nu / dS^{nu beta} = psi'(D0) (dD0/dA) 2 (U^nu S^nu)_beta.
 * The same Jacobian is the linearisation of dS/dt = -S + J used for stability.
 */
final class CurrentEquations {
    private final int r;
    private final double[][][] t;
    private final double[][][] u;
    private final double[][] v;
    private final double[] input;
    private final boolean gainScaledInput;
    private final GaussianKernel kernel;
    private final RegionStateSelector selector;

    CurrentEquations(NetworkModel model, GaussianKernel kernel, RegionStateSelector selector, double[] input) {
        this.r = model.regions();
        this.t = model.interactions();
        this.u = model.overlaps();
        this.v = model.inputs().overlaps();
        this.input = input.clone();
        this.gainScaledInput = model.inputs().gainScaled();
        this.kernel = kernel;
        this.selector = selector;
    }

    int regions() {
        return r;
    }

    /** Everything evaluated at one point S (flattened row-major, index mu R + nu). */
    Evaluation evaluate(double[] s) {
        RegionState[] states = new RegionState[r];
        double[] psi = new double[r];
        double[] psiSlope = new double[r];
        double[][] us = new double[r][r];
        for (int nu = 0; nu < r; nu++) {
            double a = input[nu] * input[nu];
            for (int rho = 0; rho < r; rho++) {
                double acc = 0.0;
                for (int rho2 = 0; rho2 < r; rho2++) {
                    acc += u[nu][rho][rho2] * s[nu * r + rho2];
                }
                us[nu][rho] = acc;
                a += s[nu * r + rho] * acc;
            }
            states[nu] = selector.select(nu, Math.max(0.0, a));
            psi[nu] = kernel.gain(states[nu].delta0());
            double slope = states[nu].delta0SlopeInA();
            // at a branch end the slope is undefined; the Jacobian then ignores the gain feedback there
            psiSlope[nu] = Double.isFinite(slope) ? GainSlope.of(kernel, states[nu].delta0()) * slope : 0.0;
        }
        int n = r * r;
        double[] residual = new double[n];
        double[][] jacobian = new double[n][n];
        for (int mu = 0; mu < r; mu++) {
            for (int nu = 0; nu < r; nu++) {
                int row = mu * r + nu;
                double h = 0.0;
                for (int rho = 0; rho < r; rho++) {
                    h += t[mu][nu][rho] * s[nu * r + rho];
                }
                double drive = v[mu][nu] * input[nu];
                residual[row] = -s[row] + psi[nu] * h + (gainScaledInput ? psi[nu] * drive : drive);
                double gainFactor = h + (gainScaledInput ? drive : 0.0);
                jacobian[row][row] -= 1.0;
                for (int beta = 0; beta < r; beta++) {
                    jacobian[row][nu * r + beta] += psi[nu] * t[mu][nu][beta]
                            + psiSlope[nu] * 2.0 * us[nu][beta] * gainFactor;
                }
            }
        }
        return new Evaluation(residual, jacobian, states, psi);
    }

    /** Residual, Jacobian and the region states at one point. */
    record Evaluation(double[] residual, double[][] jacobian, RegionState[] states, double[] gain) {
        double maxResidual() {
            double m = 0.0;
            for (double x : residual) {
                m = Math.max(m, Math.abs(x));
            }
            return m;
        }
    }
}
