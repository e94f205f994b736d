package org.mrdmft.stationary;

import java.util.ArrayDeque;
import java.util.Deque;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * The last few iterates x_i and residuals r_i = F(x_i) - x_i of Anderson mixing (type II) and the
 * extrapolated step x + beta r - (dX + beta dR) gamma, gamma = argmin ||r - dR gamma||_2, solved by
 * Householder QR (Hipparchus). The history restarts when the QR's diagonal ratio shows the differences
 * have become nearly dependent.
 */
final class AndersonHistory {

    /** Restart when min |R_ii| / max |R_ii| falls below this. */
    private static final double CONDITION_LIMIT = 1e-10;

    private final int depth;
    private final Deque<double[]> xs = new ArrayDeque<>();
    private final Deque<double[]> rs = new ArrayDeque<>();
    private int restarts;

    AndersonHistory(int depth) {
        this.depth = depth;
    }

    /** Records an accepted iterate and its residual (copies both). */
    void add(double[] x, double[] r) {
        xs.addLast(x.clone());
        rs.addLast(r.clone());
        if (xs.size() > depth + 1) {
            xs.removeFirst();
            rs.removeFirst();
        }
    }

    /** Forgets the history: the next step is a plain mixing step. */
    void clear() {
        xs.clear();
        rs.clear();
    }

    /** How often an ill-conditioned least-squares problem restarted the history. */
    int restarts() {
        return restarts;
    }

    /**
     * Writes the Anderson trial point for the newest iterate x with residual r into {@code out}; with
     * fewer than two entries (or after a restart) it is the mixing step x + beta r.
     */
    void step(double[] x, double[] r, double beta, double[] out) {
        int n = x.length;
        for (int i = 0; i < n; i++) {
            out[i] = x[i] + beta * r[i];
        }
        int cols = xs.size() - 1;
        if (cols < 1) {
            return;
        }
        double[][] dx = new double[cols][];
        double[][] drCols = new double[cols][];
        RealMatrix dr = new Array2DRowRealMatrix(n, cols);
        double[][] xa = xs.toArray(new double[0][]);
        double[][] ra = rs.toArray(new double[0][]);
        for (int j = 0; j < cols; j++) {
            dx[j] = new double[n];
            drCols[j] = new double[n];
            for (int i = 0; i < n; i++) {
                dx[j][i] = xa[j + 1][i] - xa[j][i];
                drCols[j][i] = ra[j + 1][i] - ra[j][i];
            }
            dr.setColumn(j, drCols[j]);
        }
        QRDecomposition qr = new QRDecomposition(dr);
        RealMatrix rFactor = qr.getR();
        double maxDiag = 0.0;
        double minDiag = Double.POSITIVE_INFINITY;
        for (int j = 0; j < cols; j++) {
            double d = Math.abs(rFactor.getEntry(j, j));
            maxDiag = Math.max(maxDiag, d);
            minDiag = Math.min(minDiag, d);
        }
        if (!(minDiag > CONDITION_LIMIT * maxDiag)) {
            restarts++;
            clear();
            return;
        }
        RealVector gamma = qr.getSolver().solve(new ArrayRealVector(r, false));
        for (int j = 0; j < cols; j++) {
            double gj = gamma.getEntry(j);
            for (int i = 0; i < n; i++) {
                out[i] -= gj * (dx[j][i] + beta * drCols[j][i]);
            }
        }
    }
}
