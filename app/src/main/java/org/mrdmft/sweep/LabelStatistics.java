package org.mrdmft.sweep;

import java.util.List;
import org.mrdmft.dynamics.DynamicsLabel;

/**
 * Per grid point and region, the distribution of dynamics labels over the draws: the modal label (ties go to
 * the earlier label in {@link DynamicsLabel} order) and the entropy of the distribution in bits.
 *
 * @param modal [point][region] index into {@link DynamicsLabel#values()}, -1 where the point has no row
 * @param entropyBits [point][region] entropy in bits, NaN where the point has no row
 */
public record LabelStatistics(int[][] modal, double[][] entropyBits) {

    /** The statistics of complete rows of a plan with R regions. */
    public static LabelStatistics of(int points, int regions, List<SweepRow> rows) {
        DynamicsLabel[] labels = DynamicsLabel.values();
        int[][][] counts = new int[points][regions][labels.length];
        for (SweepRow r : rows) {
            for (int mu = 0; mu < regions; mu++) {
                counts[r.point()][mu][indexOf(r.labels().get(mu))]++;
            }
        }
        int[][] modal = new int[points][regions];
        double[][] entropy = new double[points][regions];
        for (int p = 0; p < points; p++) {
            for (int mu = 0; mu < regions; mu++) {
                int[] c = counts[p][mu];
                int n = 0;
                int best = -1;
                for (int k = 0; k < c.length; k++) {
                    n += c[k];
                    if (c[k] > 0 && (best < 0 || c[k] > c[best])) {
                        best = k;
                    }
                }
                double h = 0.0;
                for (int k : c) {
                    if (k > 0) {
                        double q = (double) k / n;
                        h -= q * Math.log(q) / Math.log(2.0);
                    }
                }
                modal[p][mu] = best;
                entropy[p][mu] = n == 0 ? Double.NaN : h + 0.0;
            }
        }
        return new LabelStatistics(modal, entropy);
    }

    private static int indexOf(String label) {
        for (DynamicsLabel l : DynamicsLabel.values()) {
            if (l.configName().equals(label)) {
                return l.ordinal();
            }
        }
        throw new IllegalArgumentException("unknown dynamics label " + label);
    }
}
