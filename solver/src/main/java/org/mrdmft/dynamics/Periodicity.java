package org.mrdmft.dynamics;

import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.optim.univariate.UnivariatePointValuePair;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Period detection for a few jointly sampled signals: candidate periods are the local maxima (above 1/2) of
 * their summed, centred autocorrelation after it first turns negative, refined between samples by a
 * parabola; the first candidate at which the signals recur, max |x(t + P) - x(t)| &lt;= tolerance x scale
 * (linear interpolation between samples), is the period, refined to the lag of least mean squared
 * recurrence error. Periods up to {@link #MAX_PERIOD_FRACTION} of the record are looked for, so the
 * recurrence is checked on at least the rest of it. Quasi-periodic signals can nearly recur within the
 * tolerance and then count as periodic.
 */
final class Periodicity {
    /** Candidates tested before giving up. */
    static final int MAX_CANDIDATES = 12;
    /** The longest period looked for, as a fraction of the record. */
    static final double MAX_PERIOD_FRACTION = 0.75;

    private Periodicity() {
    }

    /**
     * The period in samples, or NaN when the signals do not recur within {@link #MAX_PERIOD_FRACTION} of
     * their length.
     *
     * @param x signals x[nu][k], all of the same length
     * @param scale the size against which the recurrence error is measured (peak-to-peak)
     * @param tolerance largest recurrence error relative to {@code scale}
     */
    static double period(double[][] x, double scale, double tolerance) {
        int n = x[0].length;
        int maxLag = (int) (MAX_PERIOD_FRACTION * n);
        if (maxLag < 3 || !(scale > 0.0)) {
            return Double.NaN;
        }
        double[] ac = autocorrelation(x, maxLag + 1);
        int firstNegative = 1;
        while (firstNegative < maxLag && ac[firstNegative] >= 0.0) {
            firstNegative++;
        }
        int tested = 0;
        for (int k = firstNegative + 1; k < maxLag && tested < MAX_CANDIDATES; k++) {
            if (ac[k] > 0.5 && ac[k] > ac[k - 1] && ac[k] >= ac[k + 1]) {
                tested++;
                double p = k + vertexOffset(ac[k - 1], ac[k], ac[k + 1]);
                if (recurrenceError(x, p) <= tolerance * scale) {
                    return refined(x, p);
                }
            }
        }
        return Double.NaN;
    }

    /**
     * The lag within one sample of {@code p} that minimises the mean squared recurrence error (Brent): the
     * autocorrelation's peak is biased by the finite record, the recurrence is not.
     */
    static double refined(double[][] x, double p) {
        UnivariateFunction meanSquare = q -> meanSquareRecurrence(x, q);
        double lo = Math.max(1.0, p - 1.0);
        double hi = Math.min(x[0].length - 2.0, p + 1.0);
        UnivariatePointValuePair best = new BrentOptimizer(1e-10, 1e-12).optimize(new MaxEval(200),
                new UnivariateObjectiveFunction(meanSquare), GoalType.MINIMIZE, new SearchInterval(lo, hi, p));
        return best.getValue() <= meanSquare.value(p) ? best.getPoint() : p;
    }

    /** Mean over signals and t of (x(t + p) - x(t))^2, x(t + p) by linear interpolation. */
    static double meanSquareRecurrence(double[][] x, double p) {
        int n = x[0].length;
        int whole = (int) Math.floor(p);
        double frac = p - whole;
        double sum = 0.0;
        int count = 0;
        for (double[] signal : x) {
            for (int i = 0; i + whole + 1 < n; i++) {
                double d = signal[i + whole] + frac * (signal[i + whole + 1] - signal[i + whole]) - signal[i];
                sum += d * d;
                count++;
            }
        }
        return sum / count;
    }

    /**
     * Summed autocorrelation of the centred signals for lags 0..lags-1 (unbiased: each lag's sum divided by
     * its number of terms), normalised to 1 at lag 0. By FFT (JTransforms) on a zero-padded record, so the
     * circular correlation equals the linear one.
     */
    static double[] autocorrelation(double[][] x, int lags) {
        int n = x[0].length;
        int m = Integer.highestOneBit(Math.max(1, 2 * n - 1)) << 1;
        DoubleFFT_1D fft = new DoubleFFT_1D(m);
        double[] ac = new double[lags];
        double[] a = new double[m];
        for (double[] signal : x) {
            double mean = 0.0;
            for (double v : signal) {
                mean += v;
            }
            mean /= n;
            java.util.Arrays.fill(a, 0.0);
            for (int i = 0; i < n; i++) {
                a[i] = signal[i] - mean;
            }
            fft.realForward(a);
            // packed layout: a[0] = Re X_0, a[1] = Re X_{m/2}, a[2k] + i a[2k+1] = X_k
            a[0] *= a[0];
            a[1] *= a[1];
            for (int k = 1; k < m / 2; k++) {
                a[2 * k] = a[2 * k] * a[2 * k] + a[2 * k + 1] * a[2 * k + 1];
                a[2 * k + 1] = 0.0;
            }
            fft.realInverse(a, true);
            for (int k = 0; k < lags; k++) {
                ac[k] += a[k] / (n - k);
            }
        }
        double zero = ac[0];
        for (int k = 0; k < lags; k++) {
            ac[k] = zero > 0.0 ? ac[k] / zero : 0.0;
        }
        return ac;
    }

    /** Offset in (-1/2, 1/2) of the vertex of the parabola through three equally spaced values. */
    static double vertexOffset(double left, double mid, double right) {
        double curvature = left - 2.0 * mid + right;
        if (curvature >= 0.0) {
            return 0.0;
        }
        double off = 0.5 * (left - right) / curvature;
        return Math.max(-0.5, Math.min(0.5, off));
    }

    /** max over signals and t of |x(t + p) - x(t)|, x(t + p) by linear interpolation. */
    static double recurrenceError(double[][] x, double p) {
        int n = x[0].length;
        int whole = (int) Math.floor(p);
        double frac = p - whole;
        double err = 0.0;
        for (double[] signal : x) {
            for (int i = 0; i + whole + 1 < n; i++) {
                double shifted = signal[i + whole] + frac * (signal[i + whole + 1] - signal[i + whole]);
                err = Math.max(err, Math.abs(shifted - signal[i]));
            }
        }
        return err;
    }
}
