package org.mrdmft.dynamics;

import java.util.ArrayList;
import java.util.List;
import org.mrdmft.dmft.LagSlice;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.dmft.TwoTimeSample;
import org.mrdmft.failure.InvalidInputException;
import org.mrdmft.model.NetworkModel;

/**
 * The default classification of a region's dynamics: it looks at the region's incoming currents
 * S^{mu nu}(t) directly, and at whether its own fluctuations decorrelate at long lags.
 *
 * <p>Currents are judged on the analysis window, the last two thirds of the run (from the paper's t0):
 * <ul>
 *   <li>absent: every |S^{mu nu}| below {@value #ABSENT_CURRENT}, or their structured variance
 *       sum_nu (S^{mu nu})^2 at the end below {@value #ABSENT_FRACTION} x the region's variance (currents
 *       dying out under chaos);</li>
 *   <li>static: half the largest peak-to-peak excursion (the amplitude) below {@value #STATIC_AMPLITUDE}
 *       x max |S|;</li>
 *   <li>periodic: a period P (a peak of the currents' autocorrelation above 1/2, refined between samples)
 *       with S(t + P) = S(t) to {@value #RECURRENCE_TOLERANCE} x the peak-to-peak excursion over the
 *       whole window; P at most three quarters of the window, so the recurrence is checked on at least a
 *       quarter of it (runs shorter than a few periods cannot show more);</li>
 *   <li>static (settling): otherwise, if the amplitude over the window's second half is below
 *       {@value #SETTLING_RATIO} x that over its first half; the exponential rate is reported;</li>
 *   <li>slow: otherwise, if no current crosses its mean more than {@value #SLOW_CROSSINGS} times in the
 *       window (drifting on a time scale the run cannot resolve);</li>
 *   <li>irregular: otherwise (chaotic or quasi-periodic currents).</li>
 * </ul>
 * The region's fluctuations are chaotic when decay = 1 - max Dhat(t, t_end) over the long lags
 * t_end - t in [T/4, T/2] (T the run's duration; widened to hold 1.2 periods of periodic currents) exceeds
 * {@value #CHAOS_DECAY}: without chaos the normalised two-time function returns to 1 (static or periodic
 * activity), with chaos part of the variance is lost for good. Measuring against the last time keeps
 * transients out as far as the run allows. Dhat comes from the stored two-time sample; without one (or
 * where a window dropped the values) from the latest lag slice with at least a quarter of the run's lags,
 * over the second half of its lags.
 * A region whose variance is below {@value #SILENT_VARIANCE} is silent: decay 0. A region without disorder
 * (g^{mu nu} = 0 for every nu) has no fluctuations of its own to be chaotic: a decay there only shows currents
 * that have not settled yet, and it is reported but does not make the label chaotic.
 *
 * <p>Labels: static, slow or absent currents give fixed-point, periodic ones limit-cycle; with chaotic
 * fluctuations these become fixed-point+chaos (chaos when the currents are absent) and limit-cycle+chaos;
 * irregular currents are chaos.
 */
public final class CurrentsClassifier {
    /** Largest |S| of a region whose currents count as absent. */
    public static final double ABSENT_CURRENT = 1e-6;
    /** Largest structured variance, relative to the region's variance, of absent currents. */
    public static final double ABSENT_FRACTION = 1e-6;
    /** Largest relative amplitude of static currents. */
    public static final double STATIC_AMPLITUDE = 1e-4;
    /** Largest relative recurrence error of periodic currents. */
    public static final double RECURRENCE_TOLERANCE = 0.05;
    /** Largest amplitude ratio (second half over first half of the window) of settling currents. */
    public static final double SETTLING_RATIO = 0.5;
    /** Most mean crossings of slowly drifting currents. */
    public static final int SLOW_CROSSINGS = 3;
    /** Smallest decay of chaotic fluctuations. */
    public static final double CHAOS_DECAY = 0.02;
    /** Largest variance of a silent region. */
    public static final double SILENT_VARIANCE = 1e-10;

    private CurrentsClassifier() {
    }

    /**
     * Classifies every region of a transient result, every region taken as disordered.
     *
     * @throws InvalidInputException if the result holds no lag slice or is too short to judge (Nt &lt; 8)
     */
    public static List<RegionDynamics> classify(TransientResult result) {
        boolean[] all = new boolean[result.regions()];
        java.util.Arrays.fill(all, true);
        return classify(result, all);
    }

    /**
     * Classifies every region of a transient result of the given model.
     *
     * @throws InvalidInputException if the result holds no lag slice or is too short to judge (Nt &lt; 8)
     */
    public static List<RegionDynamics> classify(TransientResult result, NetworkModel model) {
        boolean[] disordered = new boolean[result.regions()];
        for (int mu = 0; mu < disordered.length; mu++) {
            for (int nu = 0; nu < disordered.length; nu++) {
                disordered[mu] |= model.disorderWeight(mu, nu) > 0.0;
            }
        }
        return classify(result, disordered);
    }

    /**
     * Classifies every region of a transient result; {@code disordered[mu]} says whether region mu has
     * fluctuations of its own that can be chaotic.
     *
     * @throws InvalidInputException if the result holds no lag slice or is too short to judge (Nt &lt; 8)
     */
    public static List<RegionDynamics> classify(TransientResult result, boolean[] disordered) {
        int nt = result.steps();
        if (nt < 8) {
            throw new InvalidInputException("dmft.steps", "a run of " + nt
                    + " steps is too short to classify its dynamics (at least 8)");
        }
        LagSlice slice = longSlice(result);
        int start = nt / 3;
        int r = result.regions();
        List<RegionDynamics> out = new ArrayList<>(r);
        for (int mu = 0; mu < r; mu++) {
            double[][] s = new double[r][nt - start];
            for (int k = start; k < nt; k++) {
                for (int nu = 0; nu < r; nu++) {
                    s[nu][k - start] = result.currents()[k][mu][nu];
                }
            }
            double variance = result.variance()[nt - 1][mu];
            CurrentTrace trace = CurrentTrace.of(s, result.dt(), variance);
            double decay = 0.0;
            if (variance >= SILENT_VARIANCE) {
                decay = result.twoTime() == null ? Double.NaN
                        : endDecay(result.twoTime(), mu, trace.periodSamples(), nt);
                if (Double.isNaN(decay)) {
                    decay = decay(slice.normalised()[mu], trace.periodSamples());
                }
            }
            boolean chaotic = disordered[mu] && decay > CHAOS_DECAY;
            out.add(new RegionDynamics(label(trace.behaviour(), chaotic), trace.behaviour(),
                    trace.periodSamples() * result.dt(), trace.amplitude(), trace.settlingRate(), decay));
        }
        return List.copyOf(out);
    }

    /** The label for a current behaviour and whether the region's own fluctuations are chaotic. */
    public static DynamicsLabel label(CurrentBehaviour currents, boolean chaotic) {
        return switch (currents) {
            case ABSENT -> chaotic ? DynamicsLabel.CHAOS : DynamicsLabel.FIXED_POINT;
            case STATIC, SLOW -> chaotic ? DynamicsLabel.FIXED_POINT_CHAOS : DynamicsLabel.FIXED_POINT;
            case PERIODIC -> chaotic ? DynamicsLabel.LIMIT_CYCLE_CHAOS : DynamicsLabel.LIMIT_CYCLE;
            case IRREGULAR -> DynamicsLabel.CHAOS;
        };
    }

    /**
     * 1 - the largest Dhat over the long-lag window of a slice (NaN-padded lags ignored); 0 for a slice with
     * no finite value.
     *
     * @param periodSamples the currents' period in samples, or NaN
     */
    static double decay(double[] dhat, double periodSamples) {
        int n = 0;
        while (n < dhat.length && Double.isFinite(dhat[n])) {
            n++;
        }
        if (n < 2) {
            return 0.0;
        }
        int from = n / 2;
        if (Double.isFinite(periodSamples)) {
            from = Math.max(1, Math.min(from, n - 1 - (int) Math.ceil(1.2 * periodSamples)));
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int k = from; k < n; k++) {
            max = Math.max(max, dhat[k]);
        }
        return Math.max(0.0, 1.0 - max);
    }

    /**
     * 1 - the largest Dhat(t, t_end) over the kept times t with t_end - t in the long-lag range, from the
     * two-time sample; NaN when the sample lacks a value there (a window) or holds fewer than 8 times.
     *
     * @param periodSamples the currents' period in samples, or NaN
     * @param nt the run's number of time points
     */
    static double endDecay(TwoTimeSample tt, int mu, double periodSamples, int nt) {
        int[] idx = tt.indices();
        int m = idx.length;
        if (m < 8) {
            return Double.NaN;
        }
        int last = m - 1;
        double end = tt.value(mu, last, last);
        double longest = (nt - 1) / 2.0;
        double shortest = (nt - 1) / 4.0;
        if (Double.isFinite(periodSamples)) {
            shortest = Math.max(1.0, Math.min(shortest, longest - 1.2 * periodSamples));
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < last; a++) {
            double lag = idx[last] - idx[a];
            if (lag < shortest || lag > longest) {
                continue;
            }
            double d = tt.value(mu, a, last) / Math.sqrt(tt.value(mu, a, a) * end);
            if (!Double.isFinite(d)) {
                return Double.NaN;
            }
            max = Math.max(max, d);
        }
        return max == Double.NEGATIVE_INFINITY ? Double.NaN : Math.max(0.0, 1.0 - max);
    }

    /** The latest lag slice holding at least a quarter of the run's lags, else the longest. */
    static LagSlice longSlice(TransientResult result) {
        List<LagSlice> slices = result.lagSlices();
        if (slices.isEmpty()) {
            throw new InvalidInputException("dmft.lagReferenceTimes", "the result holds no lag slice to classify");
        }
        LagSlice best = null;
        for (LagSlice s : slices) {
            if (s.lags() >= result.steps() / 4 && (best == null || s.referenceTime() > best.referenceTime())) {
                best = s;
            }
        }
        if (best == null) {
            for (LagSlice s : slices) {
                if (best == null || s.lags() > best.lags()) {
                    best = s;
                }
            }
        }
        return best;
    }
}
