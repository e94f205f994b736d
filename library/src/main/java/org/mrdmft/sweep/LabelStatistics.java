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
        int[][][] counts = new int[points][regions][DynamicsLabel.values().length];
        for (SweepRow r : rows) {
            for (int mu = 0; mu < regions; mu++) {
                counts[r.point()][mu][indexOf(r.labels().get(mu))]++;
            }
        }
        return fromCounts(counts);
    }

    /**
     * The statistics of the labels of all regions together, as the paper's fig5 pools them (the modal label
     * over draws and regions): one column, {@code modal[point][0]} and {@code entropyBits[point][0]}.
     */
    public static LabelStatistics pooled(int points, List<SweepRow> rows) {
        int[][][] counts = new int[points][1][DynamicsLabel.values().length];
        for (SweepRow r : rows) {
            for (String label : r.labels()) {
                counts[r.point()][0][indexOf(label)]++;
            }
        }
        return fromCounts(counts);
    }

    /** How often each label occurs: [point][region][label], regions in a pooled count as one. */
    private static LabelStatistics fromCounts(int[][][] counts) {
        int points = counts.length;
        int regions = points == 0 ? 0 : counts[0].length;
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

    /** The index into {@link DynamicsLabel#values()} of a label's spelling. */
    public static int indexOf(String label) {
        for (DynamicsLabel l : DynamicsLabel.values()) {
            if (l.configName().equals(label)) {
                return l.ordinal();
            }
        }
        throw new IllegalArgumentException("unknown dynamics label " + label);
    }
}
