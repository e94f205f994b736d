package org.mrdmft.stationary;

import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.hipparchus.complex.Complex;

/** Eigenvalues of a real square matrix (EJML's general eigen-decomposition, robust to zero matrices). */
public final class Eigenvalues {
    private Eigenvalues() {
    }

    /** The eigenvalues of the square matrix m, in EJML's order. */
    public static Complex[] of(double[][] m) {
        int n = m.length;
        if (n == 0) {
            return new Complex[0];
        }
        DMatrixRMaj a = new DMatrixRMaj(m);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false);
        if (!eig.decompose(a)) {
            throw new IllegalStateException("eigen-decomposition failed");
        }
        Complex[] out = new Complex[n];
        for (int i = 0; i < n; i++) {
            Complex_F64 c = eig.getEigenvalue(i);
            out[i] = new Complex(c.real, c.imaginary);
        }
        return out;
    }
}
