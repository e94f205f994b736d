package org.mrdmft.config;

import java.util.List;
import org.mrdmft.simulation.CouplingPrecision;
import org.mrdmft.simulation.SimulationScheme;
import org.mrdmft.simulation.SimulationSettings;

/** The keys of {@code simulation:}, the settings of the finite-N network simulation ({@link SimulationSettings}). */
final class SimulationSection {
    static final Setting<SimulationSettings, Integer> NEURONS = Setting.of("neurons", ValueTypes.intAtLeast(2),
            SimulationSettings::neurons, "neurons N per region");
    static final Setting<SimulationSettings, Double> DT = Setting.of("dt", ValueTypes.POSITIVE,
            SimulationSettings::dt, "time step").unit("time");
    static final Setting<SimulationSettings, Double> DURATION = Setting.of("duration", ValueTypes.NUMBER,
            SimulationSettings::duration, "simulated time, more than one step").unit("time")
            .checked((duration, node, v) -> {
                if (!(duration > v.get(DT))) {
                    throw node.error("must be > simulation.dt = " + v.get(DT) + ", got " + duration);
                }
            });
    static final Setting<SimulationSettings, Integer> DRAWS = Setting.of("draws", ValueTypes.intAtLeast(1),
            SimulationSettings::draws, "independent network draws");
    static final Setting<SimulationSettings, Long> SEED = Setting.of("seed", ValueTypes.INTEGER,
            SimulationSettings::seed, "seed of the network draws and initial states");
    static final Setting<SimulationSettings, SimulationScheme> SCHEME = Setting.of("scheme",
            ValueTypes.choice(SimulationScheme.values(), SimulationScheme::configName), SimulationSettings::scheme,
            "time stepping: classical Runge-Kutta (fourth order) or forward Euler (first order)");
    static final Setting<SimulationSettings, Integer> RECORD_EVERY = Setting.of("recordEvery",
            ValueTypes.intAtLeast(1), SimulationSettings::recordEvery, "record every this many steps");
    static final Setting<SimulationSettings, Double> BURN_IN = Setting.of("burnIn", ValueTypes.NON_NEGATIVE,
            SimulationSettings::burnIn, "time discarded before the autocorrelation and the participation ratio"
                    + " are measured; less than the duration").unit("time")
            .defaultFrom(v -> v.get(DURATION) / 4, "duration / 4")
            .checked((burnIn, node, v) -> {
                if (!(burnIn < v.get(DURATION))) {
                    throw node.error("must be < simulation.duration = " + v.get(DURATION) + ", got " + burnIn);
                }
            });
    static final Setting<SimulationSettings, Integer> THREADS = Setting.of("threads", ValueTypes.intAtLeast(0),
            SimulationSettings::threads, "threads of the dense matrix-vector product (0 = all cores); results do"
                    + " not depend on it");
    static final Setting<SimulationSettings, Boolean> SHARED_MATRIX = Setting.of("sharedMatrix",
            ValueTypes.BOOLEAN, SimulationSettings::sharedMatrix, "one N x N random matrix read through"
                    + " per-region permutations: R^2 times less memory, but correlated disorder across regions");
    static final Setting<SimulationSettings, CouplingPrecision> PRECISION = Setting.of("precision",
            ValueTypes.choice(CouplingPrecision.values(), CouplingPrecision::configName), SimulationSettings::precision,
            "storage of the dense random couplings: double (64-bit) or single (32-bit floats, the same draw rounded;"
                    + " sums still in 64 bits): half the memory, and half the memory traffic that bounds the speed of"
                    + " the matrix-vector products");
    static final Setting<SimulationSettings, Boolean> LYAPUNOV = Setting.of("lyapunov", ValueTypes.BOOLEAN,
            SimulationSettings::lyapunov, "measure the maximal Lyapunov exponent by tangent propagation after the"
                    + " burn-in (two more matrix-vector products per step beside RK4's four: about 1.3 times the run time)");
    static final Setting<SimulationSettings, Double> LYAPUNOV_INTERVAL = Setting.of("lyapunovInterval",
            ValueTypes.POSITIVE, SimulationSettings::lyapunovInterval, "time between renormalisations of the"
                    + " tangent vector (rounded to whole steps)").unit("time");

    static final SettingsSection<SimulationSettings> SECTION = new SettingsSection<>("simulation",
            SimulationSettings.defaults(),
            List.of(NEURONS, DT, DURATION, DRAWS, SEED, SCHEME, RECORD_EVERY, BURN_IN, THREADS, SHARED_MATRIX,
                    PRECISION, LYAPUNOV, LYAPUNOV_INTERVAL),
            v -> new SimulationSettings(v.get(NEURONS), v.get(DT), v.get(DURATION), v.get(DRAWS), v.get(SEED),
                    v.get(SCHEME), v.get(RECORD_EVERY), v.get(BURN_IN), v.get(THREADS), v.get(SHARED_MATRIX),
                    v.get(LYAPUNOV), v.get(LYAPUNOV_INTERVAL), v.get(PRECISION)));

    private SimulationSection() {
    }
}
