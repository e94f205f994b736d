package org.mrdmft.dynamics;

/**
 * The late incoming currents of one region, S^{mu nu}(t) for every nu on a window of equally spaced
 * samples, and what they do there (see {@link CurrentsClassifier} for the rules).
 *
 * @param behaviour absent, static, periodic or irregular
 * @param periodSamples the period in samples (fractional) when periodic, else NaN
 * @param amplitude half the largest peak-to-peak excursion over the last third of the window (at least 1.2
 *                  periods of periodic currents): the size of the late motion, transients mostly excluded
 * @param settlingRate the exponential settling rate (1/time) of still-settling currents, else NaN
 */
record CurrentTrace(CurrentBehaviour behaviour, double periodSamples, double amplitude, double settlingRate) {
    /**
     * Analyses the signals s[nu][k] sampled every dt.
     *
     * @param variance the region's total variance at the end, against which the currents' structured
     *                 variance sum_nu S^2 is judged negligible
     */
    static CurrentTrace of(double[][] s, double dt, double variance) {
        int n = s[0].length;
        double maxAbs = 0.0;
        for (double[] x : s) {
            for (double v : x) {
                maxAbs = Math.max(maxAbs, Math.abs(v));
            }
        }
        double amplitude = halfRange(s, 0, n);
        double structured = 0.0;
        for (double[] x : s) {
            structured += x[n - 1] * x[n - 1];
        }
        if (maxAbs < CurrentsClassifier.ABSENT_CURRENT
                || structured < CurrentsClassifier.ABSENT_FRACTION * variance) {
            return new CurrentTrace(CurrentBehaviour.ABSENT, Double.NaN, halfRange(s, n - n / 3, n), Double.NaN);
        }
        if (amplitude < CurrentsClassifier.STATIC_AMPLITUDE * maxAbs) {
            return new CurrentTrace(CurrentBehaviour.STATIC, Double.NaN, amplitude, Double.NaN);
        }
        double period = Periodicity.period(s, 2.0 * amplitude, CurrentsClassifier.RECURRENCE_TOLERANCE);
        if (Double.isFinite(period)) {
            int last = Math.min(n, Math.max(n / 3, (int) Math.ceil(1.2 * period)));
            return new CurrentTrace(CurrentBehaviour.PERIODIC, period, halfRange(s, n - last, n), Double.NaN);
        }
        double first = halfRange(s, 0, n / 2);
        double second = halfRange(s, n / 2, n);
        if (second < CurrentsClassifier.SETTLING_RATIO * first) {
            double rate = second > 0.0 ? Math.log(first / second) / ((n / 2) * dt) : Double.POSITIVE_INFINITY;
            return new CurrentTrace(CurrentBehaviour.STATIC, Double.NaN, halfRange(s, n - n / 3, n), rate);
        }
        CurrentBehaviour moving = maxMeanCrossings(s) <= CurrentsClassifier.SLOW_CROSSINGS
                ? CurrentBehaviour.SLOW : CurrentBehaviour.IRREGULAR;
        return new CurrentTrace(moving, Double.NaN, halfRange(s, n - n / 3, n), Double.NaN);
    }

    /** The largest number of times a signal crosses its own mean. */
    static int maxMeanCrossings(double[][] s) {
        int out = 0;
        for (double[] x : s) {
            double mean = 0.0;
            for (double v : x) {
                mean += v;
            }
            mean /= x.length;
            int crossings = 0;
            int sign = 0;
            for (double v : x) {
                int now = v > mean ? 1 : v < mean ? -1 : 0;
                if (now != 0) {
                    if (sign != 0 && now != sign) {
                        crossings++;
                    }
                    sign = now;
                }
            }
            out = Math.max(out, crossings);
        }
        return out;
    }

    /** Half the largest peak-to-peak excursion of any signal over samples [from, to). */
    static double halfRange(double[][] s, int from, int to) {
        double out = 0.0;
        for (double[] x : s) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int k = from; k < to; k++) {
                lo = Math.min(lo, x[k]);
                hi = Math.max(hi, x[k]);
            }
            out = Math.max(out, 0.5 * (hi - lo));
        }
        return out;
    }
}
