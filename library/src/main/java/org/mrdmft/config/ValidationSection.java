package org.mrdmft.config;

import java.util.List;
import org.mrdmft.validation.ValidationSettings;

/** The keys of {@code validation:}, the settings of the theory-versus-simulation check ({@link ValidationSettings}). */
final class ValidationSection {
    static final Setting<ValidationSettings, int[]> NEURONS = Setting.of("neurons", ValueTypes.NETWORK_SIZES,
            ValidationSettings::neurons, "network sizes N per region to simulate (sorted)");
    static final Setting<ValidationSettings, Double> ROW_NORM_TOLERANCE = Setting.of("rowNormTolerance",
            ValueTypes.POSITIVE, ValidationSettings::rowNormTolerance,
            "allowed relative error of each region's current row norm");
    static final Setting<ValidationSettings, Double> GAIN_TOLERANCE = Setting.of("gainTolerance",
            ValueTypes.POSITIVE, ValidationSettings::gainTolerance, "allowed relative error of the gains");
    static final Setting<ValidationSettings, Double> VARIANCE_TOLERANCE = Setting.of("varianceTolerance",
            ValueTypes.POSITIVE, ValidationSettings::varianceTolerance, "allowed relative error of the variances");
    static final Setting<ValidationSettings, Double> AUTOCORRELATION_TOLERANCE = Setting.of(
            "autocorrelationTolerance", ValueTypes.POSITIVE, ValidationSettings::autocorrelationTolerance,
            "allowed error of Delta(tau), as a fraction of the theory's Delta(0)");
    static final Setting<ValidationSettings, double[]> LAGS = Setting.of("lags", ValueTypes.NON_NEGATIVE_NUMBERS,
            ValidationSettings::lags, "lags tau at which Delta(tau) is compared").unit("time");
    static final Setting<ValidationSettings, Integer> SPECTRUM_NEURONS = Setting.of("spectrumNeurons",
            ValueTypes.intAtLeast(0), ValidationSettings::spectrumNeurons,
            "N per region of the sampled connectivity whose eigenvalues are checked (0 = skip the check)");
    static final Setting<ValidationSettings, Integer> DRAWS = Setting.of("draws", ValueTypes.intAtLeast(1),
            ValidationSettings::draws, "network draws per size (validate ignores simulation.draws); with one draw"
                    + " the standard errors are unknown and every verdict is inconclusive");
    static final Setting<ValidationSettings, Double> LYAPUNOV_TOLERANCE = Setting.of("lyapunovTolerance",
            ValueTypes.POSITIVE, ValidationSettings::lyapunovTolerance,
            "allowed absolute error of the network's maximal Lyapunov exponent (judged when a theory of it is"
                    + " connected)");

    static final SettingsSection<ValidationSettings> SECTION = new SettingsSection<>("validation",
            ValidationSettings.defaults(), List.of(NEURONS, ROW_NORM_TOLERANCE, GAIN_TOLERANCE, VARIANCE_TOLERANCE,
                    AUTOCORRELATION_TOLERANCE, LAGS, SPECTRUM_NEURONS, DRAWS, LYAPUNOV_TOLERANCE),
            v -> new ValidationSettings(v.get(NEURONS), v.get(ROW_NORM_TOLERANCE), v.get(GAIN_TOLERANCE),
                    v.get(VARIANCE_TOLERANCE), v.get(AUTOCORRELATION_TOLERANCE), v.get(LAGS),
                    v.get(SPECTRUM_NEURONS), v.get(DRAWS), v.get(LYAPUNOV_TOLERANCE)));

    private ValidationSection() {
    }
}
