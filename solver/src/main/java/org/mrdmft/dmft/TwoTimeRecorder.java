package org.mrdmft.dmft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects, while a solver sweeps the columns Delta(., t_n), the parts of the two-time function that
 * are returned: rows at the lag-slice reference times and a strided sub-grid. Values a window dropped
 * stay NaN.
 */
final class TwoTimeRecorder {
    private final int regions;
    private final int[] references;
    private final int stride;
    private final double[][][] rows;      // [ref][mu][lag]
    private final int[] kept;             // indices on the strided grid
    private final double[][][] columns;   // [mu][b][a], a <= b: one contiguous row per stored column

    TwoTimeRecorder(int regions, int steps, int[] references, int stride) {
        this.regions = regions;
        this.references = references.clone();
        this.stride = stride;
        this.rows = new double[references.length][regions][];
        for (int k = 0; k < references.length; k++) {
            for (int mu = 0; mu < regions; mu++) {
                rows[k][mu] = new double[steps - references[k]];
                Arrays.fill(rows[k][mu], Double.NaN);
            }
        }
        int m = (steps - 1) / stride + 1;
        this.kept = new int[m];
        for (int a = 0; a < m; a++) {
            kept[a] = a * stride;
        }
        this.columns = new double[regions][m][];
    }

    /** Whether column n contributes anything (so solvers can skip assembling it). */
    boolean wants(int n) {
        if (n % stride == 0) {
            return true;
        }
        for (int ref : references) {
            if (ref <= n) {
                return true;
            }
        }
        return false;
    }

    /** Receives the column Delta^mu(t_i, t_n) = value.at(i) for from &lt;= i &lt;= n. */
    void column(int mu, int n, int from, ColumnValues value) {
        for (int k = 0; k < references.length; k++) {
            int ref = references[k];
            if (ref >= from && ref <= n) {
                rows[k][mu][n - ref] = value.at(ref);
            }
        }
        if (n % stride == 0) {
            int b = n / stride;
            int a0 = (from + stride - 1) / stride;
            double[] col = new double[b + 1];
            Arrays.fill(col, 0, a0, Double.NaN);
            for (int a = a0; a <= b; a++) {
                col[a] = value.at(a * stride);
            }
            columns[mu][b] = col;
        }
    }

    /** The lag slices, normalised by the equal-time variances variance[k][mu]. */
    List<LagSlice> lagSlices(double[][] variance, double dt) {
        List<LagSlice> out = new ArrayList<>();
        for (int k = 0; k < references.length; k++) {
            int ref = references[k];
            double[][] raw = new double[regions][];
            double[][] norm = new double[regions][];
            for (int mu = 0; mu < regions; mu++) {
                raw[mu] = rows[k][mu].clone();
                norm[mu] = new double[raw[mu].length];
                for (int lag = 0; lag < raw[mu].length; lag++) {
                    double denom = Math.sqrt(variance[ref][mu] * variance[ref + lag][mu]);
                    norm[mu][lag] = denom > 0 ? raw[mu][lag] / denom : Double.NaN;
                }
            }
            out.add(new LagSlice(ref, ref * dt, norm, raw));
        }
        return out;
    }

    TwoTimeSample twoTime() {
        for (double[][] perRegion : columns) {
            for (int b = 0; b < perRegion.length; b++) {
                if (perRegion[b] == null) {
                    perRegion[b] = new double[b + 1];
                    Arrays.fill(perRegion[b], Double.NaN);
                }
            }
        }
        return new TwoTimeSample(stride, kept.clone(), columns);
    }


    /** Random access to one column's values. */
    @FunctionalInterface
    interface ColumnValues {
        double at(int i);
    }
}
