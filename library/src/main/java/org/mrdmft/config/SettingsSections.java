package org.mrdmft.config;

import org.mrdmft.dmft.DmftMode;
import org.mrdmft.dmft.DmftScheme;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.dynamics.DynamicsClassifier;
import org.mrdmft.simulation.SimulationScheme;
import org.mrdmft.simulation.SimulationSettings;
import org.mrdmft.stationary.StationarySettings;
import org.mrdmft.validation.ValidationSettings;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;

/** The {@code dmft:} and {@code simulation:} sections: numerical settings with the defaults of docs/CONFIG.md. */
final class SettingsSections {
    private static final List<String> DMFT_KEYS = List.of("mode", "dt", "steps", "scheme", "initialCurrents", "seed",
            "window", "initialVariance", "lagReferenceTimes", "twoTimeStride", "classifier");
    private static final List<String> SIMULATION_KEYS = List.of("neurons", "dt", "duration", "draws", "seed",
            "scheme", "recordEvery", "burnIn", "threads", "sharedMatrix");
    private static final List<String> VALIDATION_KEYS = List.of("neurons", "rowNormTolerance", "gainTolerance",
            "varianceTolerance", "autocorrelationTolerance", "lags", "spectrumNeurons");
    private static final List<String> STATIONARY_KEYS = List.of("starts", "seed", "currentScale", "tolerance",
            "lagStep", "maxLag");

    private SettingsSections() {
    }

    /** Reads {@code dmft:} (absent = all defaults) and writes its resolved form into {@code out}. */
    static DmftSettings dmft(ConfigNode s, int r, ObjectNode out) {
        DmftSettings d = DmftSettings.defaults();
        if (s.isPresent()) {
            s.requireMapping(DMFT_KEYS);
        }
        List<String> modes = Arrays.stream(DmftMode.values()).map(DmftMode::configName).toList();
        DmftMode mode = DmftMode.values()[modes.indexOf(s.get("mode").choice(modes, d.mode().configName()))];
        double dt = s.get("dt").isPresent() ? s.get("dt").positive() : d.dt();
        int steps = s.get("steps").intAtLeast(2, d.steps());
        List<String> schemes = Arrays.stream(DmftScheme.values()).map(DmftScheme::configName).toList();
        DmftScheme scheme = DmftScheme.fromConfig(s.get("scheme").choice(schemes, d.scheme().configName()));
        ConfigNode s0 = s.get("initialCurrents");
        double[][] initialCurrents = s0.isPresent() ? s0.matrix(r, r, ConfigNode.shape(r, 2)) : null;
        long seed = s.get("seed").integer(d.seed());
        int window = s.get("window").intAtLeast(0, d.window());
        ConfigNode q0 = s.get("initialVariance");
        double[] initialVariance = q0.isPresent() ? q0.nonNegativeVectorOrScalar(r, ConfigNode.shape(r, 1)) : null;
        ConfigNode lag = s.get("lagReferenceTimes");
        double[] lagTimes = null;
        if (lag.isPresent()) {
            lagTimes = lag.numbers();
            double tMax = (steps - 1) * dt;
            for (int k = 0; k < lagTimes.length; k++) {
                if (lagTimes[k] < 0 || lagTimes[k] > tMax * (1 + 1e-12)) {
                    throw lag.at(k).error("must lie in [0, (steps - 1) dt] = [0, " + tMax + "], got " + lagTimes[k]);
                }
            }
        }
        int stride = s.get("twoTimeStride").intAtLeast(0, d.twoTimeStride());
        DynamicsClassifier classifier = DynamicsClassifier.fromConfig(
                s.get("classifier").choice(DynamicsClassifier.spellings(), d.classifier().configName()));

        out.put("mode", mode.configName());
        out.put("dt", dt);
        out.put("steps", steps);
        out.put("scheme", scheme.configName());
        out.set("initialCurrents", initialCurrents == null ? out.nullNode() : JsonArrays.of(initialCurrents));
        out.put("seed", seed);
        out.put("window", window);
        out.set("initialVariance", initialVariance == null ? out.nullNode() : JsonArrays.of(initialVariance));
        out.set("lagReferenceTimes", lagTimes == null ? out.nullNode() : JsonArrays.of(lagTimes));
        out.put("twoTimeStride", stride);
        out.put("classifier", classifier.configName());
        return new DmftSettings(mode, dt, steps, scheme, initialCurrents, seed, window, initialVariance, lagTimes,
                stride, classifier);
    }

    /** Reads {@code simulation:} (absent = all defaults) and writes its resolved form into {@code out}. */
    static SimulationSettings simulation(ConfigNode s, ObjectNode out) {
        SimulationSettings d = SimulationSettings.defaults();
        if (s.isPresent()) {
            s.requireMapping(SIMULATION_KEYS);
        }
        int neurons = s.get("neurons").intAtLeast(2, d.neurons());
        double dt = s.get("dt").isPresent() ? s.get("dt").positive() : d.dt();
        double duration = s.get("duration").number(d.duration());
        if (!(duration > dt)) {
            throw s.get("duration").error("must be > simulation.dt = " + dt + ", got " + duration);
        }
        int draws = s.get("draws").intAtLeast(1, d.draws());
        long seed = s.get("seed").integer(d.seed());
        List<String> schemes = Arrays.stream(SimulationScheme.values()).map(SimulationScheme::configName).toList();
        SimulationScheme scheme = SimulationScheme.fromConfig(s.get("scheme").choice(schemes, d.scheme().configName()));
        int recordEvery = s.get("recordEvery").intAtLeast(1, d.recordEvery());
        double burnIn = s.get("burnIn").isPresent() ? s.get("burnIn").nonNegative() : duration / 4;
        if (!(burnIn < duration)) {
            throw s.get("burnIn").error("must be < simulation.duration = " + duration + ", got " + burnIn);
        }
        int threads = s.get("threads").intAtLeast(0, d.threads());
        boolean shared = s.get("sharedMatrix").bool(d.sharedMatrix());
        out.put("neurons", neurons);
        out.put("dt", dt);
        out.put("duration", duration);
        out.put("draws", draws);
        out.put("seed", seed);
        out.put("scheme", scheme.configName());
        out.put("recordEvery", recordEvery);
        out.put("burnIn", burnIn);
        out.put("threads", threads);
        out.put("sharedMatrix", shared);
        return new SimulationSettings(neurons, dt, duration, draws, seed, scheme, recordEvery, burnIn, threads,
                shared);
    }

    static ObjectNode newSection() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** Reads {@code stationary:} (absent = all defaults) and writes its resolved form into {@code out}. */
    static StationarySettings stationary(ConfigNode s, ObjectNode out) {
        StationarySettings d = StationarySettings.defaults();
        if (s.isPresent()) {
            s.requireMapping(STATIONARY_KEYS);
        }
        int starts = s.get("starts").intAtLeast(1, d.starts());
        long seed = s.get("seed").integer(d.seed());
        double scale = s.get("currentScale").isPresent() ? s.get("currentScale").positive() : d.currentScale();
        double tolerance = s.get("tolerance").isPresent() ? s.get("tolerance").positive() : d.tolerance();
        double lagStep = s.get("lagStep").isPresent() ? s.get("lagStep").positive() : d.lagStep();
        double maxLag = s.get("maxLag").isPresent() ? s.get("maxLag").positive() : d.maxLag();
        if (!(maxLag >= 10 * lagStep)) {
            throw s.get("maxLag").error("must be at least 10 lag steps (" + 10 * lagStep + "), got " + maxLag);
        }
        out.put("starts", starts);
        out.put("seed", seed);
        out.put("currentScale", scale);
        out.put("tolerance", tolerance);
        out.put("lagStep", lagStep);
        out.put("maxLag", maxLag);
        return new StationarySettings(starts, seed, scale, tolerance, lagStep, maxLag);
    }

    /** Reads {@code validation:} (absent = all defaults) and writes its resolved form into {@code out}. */
    static ValidationSettings validation(ConfigNode s, ObjectNode out) {
        ValidationSettings d = ValidationSettings.defaults();
        if (s.isPresent()) {
            s.requireMapping(VALIDATION_KEYS);
        }
        int[] neurons = d.neurons();
        ConfigNode n = s.get("neurons");
        if (n.isPresent()) {
            double[] values = n.numbers();
            if (values.length == 0) {
                throw n.error("must list at least one network size");
            }
            neurons = new int[values.length];
            for (int k = 0; k < values.length; k++) {
                if (!(values[k] >= 2) || values[k] != Math.rint(values[k])) {
                    throw n.at(k).error("must be an integer >= 2, got " + values[k]);
                }
                neurons[k] = (int) values[k];
            }
            java.util.Arrays.sort(neurons);
        }
        double rowNorm = s.get("rowNormTolerance").isPresent() ? s.get("rowNormTolerance").positive() : d.rowNormTolerance();
        double gain = s.get("gainTolerance").isPresent() ? s.get("gainTolerance").positive() : d.gainTolerance();
        double variance = s.get("varianceTolerance").isPresent() ? s.get("varianceTolerance").positive()
                : d.varianceTolerance();
        double acf = s.get("autocorrelationTolerance").isPresent() ? s.get("autocorrelationTolerance").positive()
                : d.autocorrelationTolerance();
        double[] lags = s.get("lags").isPresent() ? s.get("lags").numbers() : d.lags();
        for (int k = 0; k < lags.length; k++) {
            if (!(lags[k] >= 0)) {
                throw s.get("lags").at(k).error("must be >= 0, got " + lags[k]);
            }
        }
        int spectrum = s.get("spectrumNeurons").intAtLeast(0, d.spectrumNeurons());
        out.set("neurons", JsonArrays.of(java.util.Arrays.stream(neurons).asDoubleStream().toArray()));
        out.put("rowNormTolerance", rowNorm);
        out.put("gainTolerance", gain);
        out.put("varianceTolerance", variance);
        out.put("autocorrelationTolerance", acf);
        out.set("lags", JsonArrays.of(lags));
        out.put("spectrumNeurons", spectrum);
        return new ValidationSettings(neurons, rowNorm, gain, variance, acf, lags, spectrum);
    }
}
