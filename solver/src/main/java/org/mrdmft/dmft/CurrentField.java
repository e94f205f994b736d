package org.mrdmft.dmft;

import org.mrdmft.model.NetworkModel;

/**
 * The instantaneous currents of docs/MODEL.md section 2 (with the inputs of section 6):
 * J^{mu nu} = psi^nu sum_rho T^{mu nu rho} S^{nu rho} + [psi^nu] V^{mu nu} I^nu.
 */
final class CurrentField {
    private final int r;
    private final double[][][] t;
    private final double[][] v;
    private final boolean gainScaledInput;
    private final boolean hasInput;

    CurrentField(NetworkModel model) {
        this.r = model.regions();
        this.t = model.interactions();
        this.v = model.inputs().overlaps();
        this.gainScaledInput = model.inputs().gainScaled();
        this.hasInput = model.inputs().isActive();
    }

    /** Writes J into out given S [R][R], gains psi [R] and input amplitudes [R]. */
    void evaluate(double[][] s, double[] psi, double[] input, double[][] out) {
        for (int mu = 0; mu < r; mu++) {
            for (int nu = 0; nu < r; nu++) {
                double[] tmn = t[mu][nu];
                double[] snu = s[nu];
                double acc = 0.0;
                for (int rho = 0; rho < r; rho++) {
                    acc += tmn[rho] * snu[rho];
                }
                double j = psi[nu] * acc;
                if (hasInput) {
                    double drive = v[mu][nu] * input[nu];
                    j += gainScaledInput ? psi[nu] * drive : drive;
                }
                out[mu][nu] = j;
            }
        }
    }
}
