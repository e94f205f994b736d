package org.mrdmft.sweep;

import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.hipparchus.complex.Complex;

/**
 * The eigenvalue with the largest real part of That for many tensors of one size, reusing one EJML
 * decomposition (the rejection sampler's inner loop). Tensors come flat: T[mu][nu][rho] at
 * (mu R + nu) R + rho.
 */
final class LeadingOutlier {
    private final int regions;
    private final DMatrixRMaj lifted;
    private final EigenDecomposition_F64<DMatrixRMaj> eig;

    LeadingOutlier(int regions) {
        this.regions = regions;
        int n = regions * regions;
        this.lifted = new DMatrixRMaj(n, n);
        this.eig = DecompositionFactory_DDRM.eig(n, false);
    }

    /** The leading eigenvalue of That for the flat tensor t (zero if the decomposition fails). */
    Complex of(double[] t) {
        int r = regions;
        int n = r * r;
        lifted.zero();
        // That_{(mu nu),(nu rho)} = T^{mu nu rho}
        for (int mu = 0; mu < r; mu++) {
            for (int nu = 0; nu < r; nu++) {
                for (int rho = 0; rho < r; rho++) {
                    lifted.set(mu * r + nu, nu * r + rho, t[(mu * r + nu) * r + rho]);
                }
            }
        }
        if (!eig.decompose(lifted)) {
            return Complex.ZERO;
        }
        double bestRe = Double.NEGATIVE_INFINITY;
        double bestIm = 0.0;
        for (int i = 0; i < n; i++) {
            Complex_F64 c = eig.getEigenvalue(i);
            if (c.real > bestRe) {
                bestRe = c.real;
                bestIm = c.imaginary;
            }
        }
        return new Complex(bestRe, bestIm);
    }
}
