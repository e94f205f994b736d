package org.mrdmft.dynamics;

import java.util.ArrayList;
import java.util.List;
import org.mrdmft.dmft.LagSlice;
import org.mrdmft.dmft.TransientResult;
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
 *   <li>irregular: otherwise (chaotic or quasi-periodic currents).</li>
 * </ul>
 * The region's fluctuations are chaotic when decay = 1 - max Dhat(t0, t0 + tau) over the long-lag window
 * (the second half of the lags, widened to hold 1.2 periods of periodic currents) exceeds
 * {@value #CHAOS_DECAY}: without chaos the normalised two-time function returns to 1 (static or periodic
 * activity), with chaos part of the variance is lost for good. The lag slice used is the latest one with at
 * least a quarter of the run's lags (the default slices sit at one third and one half of the run).
 * A region whose variance is below {@value #SILENT_VARIANCE} is silent: decay 0. A region without disorder
 * (g^{mu nu} = 0 for every nu) has no fluctuations of its own to be chaotic: a decay there only shows currents
 * that have not settled yet, and it is reported but does not make the label chaotic.
 *
 * <p>Labels: static or absent currents give fixed-point, periodic ones limit-cycle; with chaotic
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
    /** Smallest decay of chaotic fluctuations. */
    public static final double CHAOS_DECAY = 0.02;
    /** Largest variance of a silent region. */
    public static final double SILENT_VARIANCE = 1e-10;

    private CurrentsClassifier() {
    }

    /**
     * Classifies every region of a transient result, every region taken as disordered.
     *
     * @throws IllegalArgumentException if the result holds no lag slice or is too short to judge (Nt &lt; 8)
     */
    public static List<RegionDynamics> classify(TransientResult result) {
        boolean[] all = new boolean[result.regions()];
        java.util.Arrays.fill(all, true);
        return classify(result, all);
    }

    /**
     * Classifies every region of a transient result of the given model.
     *
     * @throws IllegalArgumentException if the result holds no lag slice or is too short to judge (Nt &lt; 8)
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
     * @throws IllegalArgumentException if the result holds no lag slice or is too short to judge (Nt &lt; 8)
     */
    public static List<RegionDynamics> classify(TransientResult result, boolean[] disordered) {
        int nt = result.steps();
        if (nt < 8) {
            throw new IllegalArgumentException("a run of " + nt + " steps is too short to classify its dynamics");
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
            double decay = variance < SILENT_VARIANCE ? 0.0
                    : decay(slice.normalised()[mu], trace.periodSamples());
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
            case STATIC -> chaotic ? DynamicsLabel.FIXED_POINT_CHAOS : DynamicsLabel.FIXED_POINT;
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

    /** The latest lag slice holding at least a quarter of the run's lags, else the longest. */
    static LagSlice longSlice(TransientResult result) {
        List<LagSlice> slices = result.lagSlices();
        if (slices.isEmpty()) {
            throw new IllegalArgumentException("the result holds no lag slice to classify");
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
