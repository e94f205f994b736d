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
}
