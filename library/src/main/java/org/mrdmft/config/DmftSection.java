package org.mrdmft.config;

import java.util.List;
import org.mrdmft.dmft.DmftMode;
import org.mrdmft.dmft.DmftScheme;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.dmft.DynamicsClassifier;

/** The keys of {@code dmft:}, the settings of the transient and stationary DMFT ({@link DmftSettings}). */
final class DmftSection {
    static final Setting<DmftSettings, DmftMode> MODE = Setting.of("mode",
            ValueTypes.choice(DmftMode.values(), DmftMode::configName), DmftSettings::mode,
            "what `solve` computes: the causal two-time DMFT forward in time, or the stationary states directly");
    static final Setting<DmftSettings, Double> DT = Setting.of("dt", ValueTypes.POSITIVE, DmftSettings::dt,
            "time step").unit("time");
    static final Setting<DmftSettings, Integer> STEPS = Setting.of("steps", ValueTypes.intAtLeast(2),
            DmftSettings::steps, "number of time points Nt: times 0, dt, ..., (Nt - 1) dt");
    static final Setting<DmftSettings, DmftScheme> SCHEME = Setting.of("scheme",
            ValueTypes.choice(DmftScheme.values(), DmftScheme::configName), DmftSettings::scheme,
            "time discretisation: exponential integration with three-point sources (third order; second"
                    + " order where a scheduled input switches) or the authors' forward Euler (first order)");
    static final Setting<DmftSettings, double[][]> INITIAL_CURRENTS = Setting.optional("initialCurrents",
            ValueTypes.MATRIX, "seeded Uniform(0, 1) entries", "the currents S(0), row mu = receiving region");
    static final Setting<DmftSettings, Long> SEED = Setting.of("seed", ValueTypes.INTEGER, DmftSettings::seed,
            "seed of every random draw of the DMFT (the default initial currents)");
    static final Setting<DmftSettings, Integer> WINDOW = Setting.of("window", ValueTypes.intAtLeast(0),
            DmftSettings::window, "keep only the most recent `window` lags (0 = all): work O(Nt window R)");
    static final Setting<DmftSettings, double[]> INITIAL_VARIANCE = Setting.optional("initialVariance",
            ValueTypes.NON_NEGATIVE_PER_REGION, "(g^mu)^2; with `reference-euler` (g^1)^2",
            "the random part of Delta(0, 0) per region");
    static final Setting<DmftSettings, double[]> LAG_REFERENCE_TIMES = Setting.<DmftSettings, double[]>optional(
            "lagReferenceTimes", ValueTypes.NUMBERS, "one third and one half of the run",
            "reference times t0 of the lag slices Dhat(t0, t0 + tau), each in [0, (steps - 1) dt]").unit("time")
            .checked(DmftSection::withinTheRun);
    static final Setting<DmftSettings, Integer> TWO_TIME_STRIDE = Setting.of("twoTimeStride",
            ValueTypes.intAtLeast(0), DmftSettings::twoTimeStride,
            "stride of the two-time matrix kept in result.h5 (0 = at most 1000 points per axis)");
    static final Setting<DmftSettings, DynamicsClassifier> CLASSIFIER = Setting.of("classifier",
            ValueTypes.choice(DynamicsClassifier.values(), DynamicsClassifier::configName),
            DmftSettings::classifier, "the rule labelling each region's dynamics: from the currents and the"
                    + " long-lag decorrelation, the paper's rule on Dhat (fig5), or chaos iff the replica distance"
                    + " grows (`lyapunov`, which switches `lyapunov` on)");
    static final Setting<DmftSettings, Boolean> LYAPUNOV = Setting.of("lyapunov", ValueTypes.BOOLEAN,
            DmftSettings::lyapunov, "a transient solve carries a second replica a small distance away and reports"
                    + " each region's Lyapunov exponent (docs/MODEL.md section 11); costs about four plain solves");

    static final SettingsSection<DmftSettings> SECTION = new SettingsSection<>("dmft", DmftSettings.defaults(),
            List.of(MODE, DT, STEPS, SCHEME, INITIAL_CURRENTS, SEED, WINDOW, INITIAL_VARIANCE, LAG_REFERENCE_TIMES,
                    TWO_TIME_STRIDE, CLASSIFIER, LYAPUNOV),
            v -> new DmftSettings(v.get(MODE), v.get(DT), v.get(STEPS), v.get(SCHEME), v.get(INITIAL_CURRENTS),
                    v.get(SEED), v.get(WINDOW), v.get(INITIAL_VARIANCE), v.get(LAG_REFERENCE_TIMES),
                    v.get(TWO_TIME_STRIDE), v.get(CLASSIFIER), v.get(LYAPUNOV)));

    private DmftSection() {
    }

    private static void withinTheRun(double[] times, ConfigNode node, SettingValues earlier) {
        double tMax = (earlier.get(STEPS) - 1) * earlier.get(DT);
        for (int k = 0; k < times.length; k++) {
            if (times[k] < 0 || times[k] > tMax * (1 + 1e-12)) {
                throw node.at(k).error("must lie in [0, (steps - 1) dt] = [0, " + tMax + "], got " + times[k]);
            }
        }
    }
}
