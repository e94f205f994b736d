package org.mrdmft.stationary;

/**
 * Settings of the stationary theory ({@code stationary:} in the config), used when
 * {@code dmft.mode: stationary}.
 *
 * @param starts number of starts of the fixed-point search (S = 0 and random ones)
 * @param seed seed of the random starts
 * @param currentScale standard deviation scale of the random starting currents
 * @param tolerance max |-S + J| accepted at a fixed point
 * @param lagStep step of the lag grid of Delta(tau) (delta.csv)
 * @param maxLag largest lag of Delta(tau); must exceed the correlation time
 */
public record StationarySettings(int starts, long seed, double currentScale, double tolerance, double lagStep,
                                 double maxLag) {
    /** 64 starts, seed 0, scale 2, tolerance 1e-12, lags 0..60 in steps of 0.05. */
    public static StationarySettings defaults() {
        return new StationarySettings(64, 0L, 2.0, 1e-12, 0.05, 60.0);
    }

    /** A copy with another number of starts of the fixed-point search. */
    public StationarySettings withStarts(int n) {
        return new StationarySettings(n, seed, currentScale, tolerance, lagStep, maxLag);
    }

    /** A copy with another seed of the random starts. */
    public StationarySettings withSeed(long s) {
        return new StationarySettings(starts, s, currentScale, tolerance, lagStep, maxLag);
    }

    /** A copy with another scale of the random starting currents. */
    public StationarySettings withCurrentScale(double scale) {
        return new StationarySettings(starts, seed, scale, tolerance, lagStep, maxLag);
    }

    /** A copy with another residual tolerance of a fixed point. */
    public StationarySettings withTolerance(double t) {
        return new StationarySettings(starts, seed, currentScale, t, lagStep, maxLag);
    }

    /** A copy with another lag grid of Delta(tau): lags 0 to {@code max} in steps of {@code step}. */
    public StationarySettings withMaxLag(double max, double step) {
        return new StationarySettings(starts, seed, currentScale, tolerance, step, max);
    }
}
