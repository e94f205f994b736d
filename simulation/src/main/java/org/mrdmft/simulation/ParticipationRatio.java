package org.mrdmft.simulation;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The participation-ratio dimension (sum lambda)^2 / sum lambda^2 of activity, lambda the eigenvalues of
 * the neurons' covariance matrix over time (time means removed): 1 for activity along one direction,
 * the number of neurons for isotropic activity.
 */
public final class ParticipationRatio {
    private ParticipationRatio() {
    }

    /** @param series [neurons][L] samples of each neuron's activity (L &gt;= 2) */
    public static double of(double[][] series) {
        double[] lambda = covarianceEigenvalues(series);
        double s1 = 0;
        double s2 = 0;
        for (double l : lambda) {
            s1 += l;
            s2 += l * l;
        }
        return s2 > 0 ? s1 * s1 / s2 : Double.NaN;
    }

    /** Eigenvalues of the neurons x neurons covariance (1 / L normalisation) via EJML. */
    public static double[] covarianceEigenvalues(double[][] series) {
        int p = series.length;
        int len = series[0].length;
        DMatrixRMaj x = new DMatrixRMaj(p, len);
        for (int i = 0; i < p; i++) {
            double mean = 0;
            for (double v : series[i]) {
                mean += v;
            }
            mean /= len;
            for (int k = 0; k < len; k++) {
                x.set(i, k, series[i][k] - mean);
            }
        }
        DMatrixRMaj cov = new DMatrixRMaj(p, p);
        CommonOps_DDRM.multTransB(1.0 / len, x, x, cov);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(p, false, true);
        if (!eig.decompose(cov)) {
            throw new IllegalStateException("covariance eigen-decomposition failed");
        }
        double[] out = new double[p];
        for (int i = 0; i < p; i++) {
            out[i] = eig.getEigenvalue(i).getReal();
        }
        return out;
    }
}
