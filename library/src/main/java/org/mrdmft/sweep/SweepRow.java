package org.mrdmft.sweep;

import java.util.List;

/**
 * The result of one (point, draw) of a sweep.
 *
 * @param point grid point index
 * @param draw draw index at the point
 * @param seed the derived seed (dmft.seed and rejection sampling)
 * @param tries rejection-sampling draws it took (0 without a leadingEigenvalue axis)
 * @param leadingRe Re of the drawn T's leading eigenvalue (NaN without a leadingEigenvalue axis)
 * @param leadingIm Im of it (NaN without)
 * @param labels per region dynamics label (of the classifier in dmft.classifier)
 * @param currents per region behaviour of the incoming currents (absent, static, periodic, irregular)
 * @param period per region period of periodic currents (NaN otherwise)
 * @param amplitude per region amplitude of the late currents (half the peak-to-peak excursion)
 * @param decay per region fraction of the variance that decorrelates at long lags (chaos when large)
 * @param gain per region final gain psi^mu
 * @param variance per region final total variance Delta^mu(t, t)
 * @param rowNorm per region norm of the final currents' row mu
 * @param runtimeSeconds wall time of the row (not part of the deterministic table)
 */
public record SweepRow(int point, int draw, long seed, int tries, double leadingRe, double leadingIm,
                       List<String> labels, List<String> currents, double[] period, double[] amplitude,
                       double[] decay, double[] gain, double[] variance, double[] rowNorm,
                       double runtimeSeconds) {
    public SweepRow {
        labels = List.copyOf(labels);
        currents = List.copyOf(currents);
        period = period.clone();
        amplitude = amplitude.clone();
        decay = decay.clone();
        gain = gain.clone();
        variance = variance.clone();
        rowNorm = rowNorm.clone();
    }

    /** Number of regions. */
    public int regions() {
        return gain.length;
    }

    @Override
    public double[] period() {
        return period.clone();
    }

    @Override
    public double[] amplitude() {
        return amplitude.clone();
    }

    @Override
    public double[] decay() {
        return decay.clone();
    }

    @Override
    public double[] gain() {
        return gain.clone();
    }

    @Override
    public double[] variance() {
        return variance.clone();
    }

    @Override
    public double[] rowNorm() {
        return rowNorm.clone();
    }
}
