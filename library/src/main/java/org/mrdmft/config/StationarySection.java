package org.mrdmft.config;

import java.util.List;
import org.mrdmft.stationary.StationarySettings;

/** The keys of {@code stationary:}, the settings of the stationary theory ({@link StationarySettings}). */
final class StationarySection {
    static final Setting<StationarySettings, Integer> STARTS = Setting.of("starts", ValueTypes.intAtLeast(1),
            StationarySettings::starts, "starts of the fixed-point search (S = 0, then seeded random ones)");
    static final Setting<StationarySettings, Long> SEED = Setting.of("seed", ValueTypes.INTEGER,
            StationarySettings::seed, "seed of the random starts");
    static final Setting<StationarySettings, Double> CURRENT_SCALE = Setting.of("currentScale",
            ValueTypes.POSITIVE, StationarySettings::currentScale,
            "scale of the random starting currents (each start draws its spread in [0.25, 2] x scale)");
    static final Setting<StationarySettings, Double> TOLERANCE = Setting.of("tolerance", ValueTypes.POSITIVE,
            StationarySettings::tolerance, "largest |J - S| accepted at a fixed point");
    static final Setting<StationarySettings, Double> LAG_STEP = Setting.of("lagStep", ValueTypes.POSITIVE,
            StationarySettings::lagStep, "step of the lag grid of Delta(tau)").unit("time");
    static final Setting<StationarySettings, Double> MAX_LAG = Setting.of("maxLag", ValueTypes.POSITIVE,
            StationarySettings::maxLag, "largest lag of Delta(tau), at least 10 lag steps; must cover the"
                    + " correlation time").unit("time")
            .checked((maxLag, node, v) -> {
                if (!(maxLag >= 10 * v.get(LAG_STEP))) {
                    throw node.error("must be at least 10 lag steps (" + 10 * v.get(LAG_STEP) + "), got " + maxLag);
                }
            });

    static final SettingsSection<StationarySettings> SECTION = new SettingsSection<>("stationary",
            StationarySettings.defaults(), List.of(STARTS, SEED, CURRENT_SCALE, TOLERANCE, LAG_STEP, MAX_LAG),
            v -> new StationarySettings(v.get(STARTS), v.get(SEED), v.get(CURRENT_SCALE), v.get(TOLERANCE),
                    v.get(LAG_STEP), v.get(MAX_LAG)));

    private StationarySection() {
    }
}
