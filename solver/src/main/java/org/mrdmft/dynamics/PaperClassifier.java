package org.mrdmft.dynamics;

import java.util.ArrayList;
import java.util.List;
import org.mrdmft.dmft.LagSlice;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.failure.InvalidInputException;

/**
 * The paper's classification of a region's dynamics from its normalised lag slice
 * Dhat(t0, t0 + tau), tau = 0, dt, 2 dt, ... (docs/FIGURES.md (fig5)):
 * <ol>
 *   <li>fixed point if the slice's standard deviation (population, ddof = 0) is below 1e-2;</li>
 *   <li>otherwise its peaks are tau = 0 followed by the local maxima of the slice, where a local maximum
 *       within {@value #MERGE_SAMPLES} samples of tau = 0 is the same first peak (it is dropped);</li>
 *   <li>one peak and final value &gt; 0.05: fixed point + chaos;</li>
 *   <li>second peak &gt; 0.98, or second and third peaks &gt; 0.97: limit cycle;</li>
 *   <li>one peak, exactly two, or at least three with the second-to-last &gt; 1.05 x the last: chaos;</li>
 *   <li>otherwise limit cycle + chaos.</li>
 * </ol>
 * Local maxima (searched on the slice rounded to {@link #RESOLUTION}) follow scipy's {@code find_peaks}: a sample (or flat run of equal samples) strictly above
 * both neighbours; the end points are never local maxima. Non-finite samples end the slice (a window may
 * leave NaN at large lags); a slice with no finite value at all (zero variance) is a fixed point.
 */
public final class PaperClassifier {
    /** Standard deviation below which a slice is a fixed point. */
    public static final double FIXED_POINT_STD = 1e-2;
    /** A local maximum at a sample index up to this (inclusive) is the tau = 0 peak. */
    public static final int MERGE_SAMPLES = 10;
    /**
     * Peaks are looked for on the slice rounded to this resolution: rounding noise on a plateau (a solver
     * converged to machine precision) must not count as oscillation.
     */
    public static final double RESOLUTION = 1e-9;

    private PaperClassifier() {
    }

    /** Classifies one region from its normalised lag slice sampled every dt from tau = 0. */
    public static DynamicsLabel classify(double[] dhat) {
        int n = finitePrefix(dhat);
        if (n == 0 || std(dhat, n) < FIXED_POINT_STD) {
            return DynamicsLabel.FIXED_POINT;
        }
        double[] peaks = peakValues(rounded(dhat, n), n);
        int count = peaks.length;
        if (count == 1 && dhat[n - 1] > 0.05) {
            return DynamicsLabel.FIXED_POINT_CHAOS;
        }
        if ((count >= 2 && peaks[1] > 0.98) || (count >= 3 && peaks[1] > 0.97 && peaks[2] > 0.97)) {
            return DynamicsLabel.LIMIT_CYCLE;
        }
        if (count <= 2 || peaks[count - 2] > 1.05 * peaks[count - 1]) {
            return DynamicsLabel.CHAOS;
        }
        return DynamicsLabel.LIMIT_CYCLE_CHAOS;
    }

    /**
     * Classifies every region of a transient result from the lag slice whose reference time is closest to
     * one third of the run, (Nt - 1) dt / 3 (t0 = 41.65 for Nt = 2500, dt = 0.05, as in the paper).
     *
     * @throws IllegalArgumentException if the result holds no lag slice
     */
    public static List<DynamicsLabel> classify(TransientResult result) {
        LagSlice slice = sliceNearest(result, (result.steps() - 1) * result.dt() / 3.0);
        List<DynamicsLabel> labels = new ArrayList<>(slice.normalised().length);
        for (double[] region : slice.normalised()) {
            labels.add(classify(region));
        }
        return List.copyOf(labels);
    }

    /** The lag slice whose reference time is closest to t0. */
    public static LagSlice sliceNearest(TransientResult result, double t0) {
        LagSlice best = null;
        for (LagSlice s : result.lagSlices()) {
            if (best == null || Math.abs(s.referenceTime() - t0) < Math.abs(best.referenceTime() - t0)) {
                best = s;
            }
        }
        if (best == null) {
            throw new InvalidInputException("dmft.lagReferenceTimes", "the result holds no lag slice to classify");
        }
        return best;
    }

    /** Peak heights: Dhat(0) first, then every local maximum beyond {@link #MERGE_SAMPLES}. */
    static double[] peakValues(double[] d, int n) {
        List<Integer> maxima = localMaxima(d, n);
        double[] peaks = new double[1 + maxima.size()];
        peaks[0] = d[0];
        int count = 1;
        for (int i : maxima) {
            if (i > MERGE_SAMPLES) {
                peaks[count++] = d[i];
            }
        }
        return java.util.Arrays.copyOf(peaks, count);
    }

    /** Indices of local maxima among d[0..n), flat tops reported at their middle (scipy convention). */
    static List<Integer> localMaxima(double[] d, int n) {
        List<Integer> out = new ArrayList<>();
        int i = 1;
        while (i < n - 1) {
            if (d[i - 1] < d[i]) {
                int ahead = i + 1;
                while (ahead < n - 1 && d[ahead] == d[i]) {
                    ahead++;
                }
                if (d[ahead] < d[i]) {
                    out.add((i + ahead - 1) / 2);
                    i = ahead;
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    private static double[] rounded(double[] d, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Math.rint(d[i] / RESOLUTION) * RESOLUTION;
        }
        return out;
    }

    private static int finitePrefix(double[] d) {
        int n = 0;
        while (n < d.length && Double.isFinite(d[n])) {
            n++;
        }
        return n;
    }

    private static double std(double[] d, int n) {
        double mean = 0.0;
        for (int i = 0; i < n; i++) {
            mean += d[i];
        }
        mean /= n;
        double ss = 0.0;
        for (int i = 0; i < n; i++) {
            ss += (d[i] - mean) * (d[i] - mean);
        }
        return Math.sqrt(ss / n);
    }
}
