package org.mrdmft.simulation;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The participation-ratio dimension (sum lambda)^2 / sum lambda^2 of activity, lambda the eigenvalues of
 * the neurons' covariance matrix over time (time means removed): 1 for activity along one direction,
 * the number of neurons for isotropic activity. Computed from traces of the covariance (no eigenvalues needed);
 * {@link #covarianceEigenvalues} gives the spectrum itself.
 */
public final class ParticipationRatio {
    private ParticipationRatio() {
    }

    /**
     * The ratio from traces, (tr C)^2 / tr(C^2) with tr(C^2) = ||C||_F^2, which equals (sum lambda)^2 / sum
     * lambda^2 without an eigen-decomposition: C = X X^T / L and the L x L Gram matrix X^T X / L have the same
     * nonzero eigenvalues, so the smaller of the two is formed (p^2 L / 2 or L^2 p / 2 multiply-adds).
     *
     * @param series [neurons][L] samples of each neuron's activity (L &gt;= 2)
     */
    public static double of(double[][] series) {
        double[][] x = centred(series);
        int p = x.length;
        int len = x[0].length;
        double[][] rows = p <= len ? x : transpose(x);
        double trace = 0;
        double squares = 0;
        for (int i = 0; i < rows.length; i++) {
            double[] a = rows[i];
            double diagonal = DotProducts.dot(a, a, 0, a.length);
            trace += diagonal;
            squares += diagonal * diagonal;
            for (int j = i + 1; j < rows.length; j++) {
                double c = DotProducts.dot(a, rows[j], 0, a.length);
                squares += 2 * c * c;
            }
        }
        return squares > 0 ? trace * trace / squares : Double.NaN;
    }

    /** Each neuron's series minus its time mean. */
    private static double[][] centred(double[][] series) {
        double[][] x = new double[series.length][];
        for (int i = 0; i < series.length; i++) {
            double mean = 0;
            for (double v : series[i]) {
                mean += v;
            }
            mean /= series[i].length;
            x[i] = new double[series[i].length];
            for (int k = 0; k < x[i].length; k++) {
                x[i][k] = series[i][k] - mean;
            }
        }
        return x;
    }

    private static double[][] transpose(double[][] x) {
        double[][] t = new double[x[0].length][x.length];
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < t.length; k++) {
                t[k][i] = x[i][k];
            }
        }
        return t;
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
