package org.mrdmft.stationary;

import org.hipparchus.complex.Complex;
import org.mrdmft.model.InteractionTensors;
import org.mrdmft.model.NetworkModel;

/**
 * Spectra that locate a network's behaviour (docs/MODEL.md section 1): the eigenvalues of That (the outliers of
 * the connectivity spectrum), of the gain-scaled That at a fixed point (entries psi^nu T^{mu nu rho}), and
 * the radius of the random bulk.
 */
public final class Spectra {
    private Spectra() {
    }

    /** Eigenvalues of That, sorted by decreasing real part. */
    public static Complex[] outliers(NetworkModel model) {
        return sorted(eigenvalues(InteractionTensors.lifted(model.interactions())));
    }

    /** Eigenvalues of the gain-scaled That, psi^nu T^{mu nu rho}, sorted by decreasing real part. */
    public static Complex[] gainScaled(NetworkModel model, double[] gain) {
        double[][] h = InteractionTensors.lifted(model.interactions());
        int r = model.regions();
        for (int mu = 0; mu < r; mu++) {
            for (int nu = 0; nu < r; nu++) {
                for (int k = 0; k < h[mu * r + nu].length; k++) {
                    h[mu * r + nu][k] *= gain[nu];
                }
            }
        }
        return sorted(eigenvalues(h));
    }

    /**
     * Radius of the random bulk: sqrt of the spectral radius of the matrix of block variances (g^{mu nu})^2
     * (equal region sizes); without cross-region disorder this is max_mu g^mu, each region's own disc
     * having radius g^mu.
     */
    public static double bulkRadius(NetworkModel model) {
        int r = model.regions();
        double[][] w = new double[r][r];
        for (int mu = 0; mu < r; mu++) {
            for (int nu = 0; nu < r; nu++) {
                w[mu][nu] = model.disorderWeight(mu, nu);
            }
        }
        double rho = 0.0;
        for (Complex c : eigenvalues(w)) {
            rho = Math.max(rho, c.norm());
        }
        return Math.sqrt(rho);
    }

    private static Complex[] eigenvalues(double[][] m) {
        return Eigenvalues.of(m);
    }

    private static Complex[] sorted(Complex[] c) {
        Complex[] s = c.clone();
        java.util.Arrays.sort(s, (x, y) -> Double.compare(y.getReal(), x.getReal()) != 0
                ? Double.compare(y.getReal(), x.getReal()) : Double.compare(y.getImaginary(), x.getImaginary()));
        return s;
    }
}
