package org.mrdmft.api;

import java.nio.file.Path;
import java.util.List;
import org.mrdmft.config.ConfigLoader;
import org.mrdmft.config.RunConfig;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.dmft.ReplicaResult;
import org.mrdmft.dmft.ReplicaSolver;
import org.mrdmft.dmft.TransientProblem;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.dmft.TransientSolvers;
import org.mrdmft.dynamics.DynamicsClassification;
import org.mrdmft.dmft.DynamicsClassifier;
import org.mrdmft.dynamics.RegionDynamics;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.simulation.NetworkSimulator;
import org.mrdmft.simulation.SimulationEnsemble;
import org.mrdmft.validation.LyapunovTheory;
import org.mrdmft.simulation.SimulationSettings;
import org.mrdmft.stationary.StationaryAnalysis;
import org.mrdmft.stationary.StationaryResult;
import org.mrdmft.stationary.StationarySettings;
import org.mrdmft.sweep.SweepPlan;
import org.mrdmft.sweep.SweepRow;
import org.mrdmft.sweep.SweepRunner;
import org.mrdmft.sweep.SweepSpec;
import org.mrdmft.sweep.SweepSpecReader;
import org.mrdmft.sweep.TransientRowSolver;
import org.mrdmft.validation.ValidationProblem;
import org.mrdmft.validation.ValidationReport;
import org.mrdmft.validation.ValidationRun;

/**
 * The whole job of mrdmft from Java, in one place: describe a network ({@link Network}) or load a config file,
 * then solve its DMFT (transient or stationary), simulate the finite-N network, validate the theory against the
 * simulation, classify the dynamics, or run a sweep. Every method takes plain records (the engines' own settings,
 * each with {@code defaults()}) and returns the engines' results; none writes a file or prints anything. The
 * command line calls these same methods.
 *
 * <pre>{@code
 * NetworkModel net = Network.regions(2).disorder(1.0)
 *         .reciprocal(new double[] {0, 0}, new double[] {2, 2}).build();
 * TransientResult result = Mrdmft.solve(net, DmftSettings.defaults());
 * List<RegionDynamics> dynamics = Mrdmft.classify(result, net, DynamicsClassifier.CURRENTS);
 * }</pre>
 *
 * <p>Bad input throws an {@link IllegalArgumentException} that says what to change: an
 * {@link org.mrdmft.model.InvalidNetworkException} for a network, a {@link org.mrdmft.config.ConfigException}
 * for a config or sweep file (both name the key at fault).
 */
public final class Mrdmft {
    private Mrdmft() {
    }

    /** Loads and validates a run config file (YAML or JSON, docs/CONFIG.md): its network and all settings. */
    public static RunConfig load(Path file) {
        return ConfigLoader.load(file, List.of());
    }

    /** Loads a config file with {@code key=value} overrides applied first (as the command line's {@code --set}). */
    public static RunConfig load(Path file, List<String> overrides) {
        return ConfigLoader.load(file, overrides);
    }

    /** The transient DMFT of a network with the default settings ({@link DmftSettings#defaults()}). */
    public static TransientResult solve(NetworkModel network) {
        return solve(network, DmftSettings.defaults());
    }

    /**
     * The transient DMFT (docs/MODEL.md section 2): integrates the currents and two-time functions forward from
     * the initial currents, with the engine the settings choose. {@code settings.mode()} is not consulted: this
     * is always the transient solve (see {@link #solveStationary} for the stationary theory).
     */
    public static TransientResult solve(NetworkModel network, DmftSettings settings) {
        return solve(network, settings, ProgressListener.NONE);
    }

    /** {@link #solve(NetworkModel, DmftSettings)}, telling {@code progress} of the time steps done. */
    public static TransientResult solve(NetworkModel network, DmftSettings settings, ProgressListener progress) {
        TransientProblem problem = new TransientProblem(network, settings);
        return TransientSolvers.forProblem(problem).solve(problem, progress);
    }

    /**
     * The two-replica transient DMFT (docs/MODEL.md section 11): the transient solve of {@link #solve} together with
     * a second replica that shares the couplings and structured vectors and starts a tiny distance away; each
     * region's squared replica distance over time and its maximal Lyapunov exponent, the growth rate of that
     * distance while small. {@code settings.lyapunov()} is not consulted: this always runs the replica.
     *
     * @throws org.mrdmft.failure.InvalidInputException if the settings ask for the reference-euler scheme
     */
    public static ReplicaResult solveReplica(NetworkModel network, DmftSettings settings, ProgressListener progress) {
        return new ReplicaSolver().solve(new TransientProblem(network, settings), progress);
    }

    /** {@link #solveReplica(NetworkModel, DmftSettings, ProgressListener)} without progress. */
    public static ReplicaResult solveReplica(NetworkModel network, DmftSettings settings) {
        return solveReplica(network, settings, ProgressListener.NONE);
    }

    /**
     * Each region's maximal Lyapunov exponent of any state the transient DMFT reaches (fixed point, limit cycle,
     * chaos, with or without structure), from the replica DMFT ({@link #solveReplica}); the run length and step are
     * the settings' ({@code dt = 0.05} over t = 200 gives the SCS exponent to about 2e-6, docs/NUMERICS.md section
     * 10). What each distance did (grows, saturates, decays) and the fit window are in
     * {@link ReplicaResult#exponents()}.
     */
    public static double[] lyapunovExponents(NetworkModel network, DmftSettings settings) {
        return solveReplica(network, settings).exponent();
    }

    /** The stationary theory with the default settings ({@link StationarySettings#defaults()}). */
    public static StationaryResult solveStationary(NetworkModel network) {
        return solveStationary(network, StationarySettings.defaults());
    }

    /**
     * The stationary theory (docs/MODEL.md section 3): every fixed point of the currents from a seeded multi-start
     * search, each region's stationary state (branch, D0, Dinf, A) and Delta(tau), and the spectra; without the
     * Lyapunov exponents ({@link #solveStationaryWithLyapunov} adds them).
     *
     * @throws IllegalArgumentException when no start reaches a fixed point or the lag grid is too short
     */
    public static StationaryResult solveStationary(NetworkModel network, StationarySettings settings) {
        return new StationaryAnalysis(network).analyse(settings);
    }

    /**
     * {@link #solveStationary(NetworkModel, StationarySettings)} and each region's maximal Lyapunov exponent at
     * every fixed point ({@link StationaryResult#lyapunovExponent()}, docs/MODEL.md section 10), as
     * {@code mrdmft solve} reports them for {@code dmft.mode: stationary}.
     *
     * @throws IllegalArgumentException when no start reaches a fixed point or the lag grid is too short
     */
    public static StationaryResult solveStationaryWithLyapunov(NetworkModel network, StationarySettings settings) {
        StationaryAnalysis analysis = new StationaryAnalysis(network);
        return analysis.withLyapunovExponents(analysis.analyse(settings));
    }

    /**
     * The finite-N simulation (docs/MODEL.md section 8): {@code settings.draws()} sampled networks; with
     * {@code settings.lyapunov()} (the default) each draw's maximal Lyapunov exponent too,
     * {@link SimulationEnsemble#lyapunov()}.
     */
    public static SimulationEnsemble simulate(NetworkModel network, SimulationSettings settings) {
        return simulate(network, settings, ProgressListener.NONE);
    }

    /**
     * {@link #simulate(NetworkModel, SimulationSettings)}, telling {@code progress} of the steps done.
     *
     * @throws IllegalArgumentException if the settings are inconsistent or the run would not fit into memory
     */
    public static SimulationEnsemble simulate(NetworkModel network, SimulationSettings settings,
                                              ProgressListener progress) {
        return new SimulationEnsemble(new NetworkSimulator(network, settings).run(progress));
    }

    /**
     * What a simulation of this network will have to adapt, one note per region (a read-out variance raised so
     * that the sampled vectors' covariance is positive-definite); empty when nothing is adapted.
     */
    public static List<String> simulationNotes(NetworkModel network, SimulationSettings settings) {
        return new NetworkSimulator(network, settings).sampler().warnings();
    }

    /**
     * The theory's maximal Lyapunov exponent of a network, as {@code validate} compares it with the simulated one:
     * from the stationary DMFT at its representative fixed point, the largest of the regions' exponents
     * (docs/MODEL.md section 10) and the currents' growth rate there (the structured directions the regions'
     * exponents leave out). NaN, so reported but not judged, where the stationary theory does not apply (it
     * refuses the network, e.g. with cross-region disorder, or finds no fixed point).
     */
    public static LyapunovTheory lyapunovTheory(StationarySettings settings) {
        return model -> {
            try {
                StationaryResult r = solveStationaryWithLyapunov(model, settings);
                double largest = r.representative().growthRate();
                for (double lambda : r.lyapunovExponent()) {
                    largest = Math.max(largest, lambda);
                }
                return largest;
            } catch (RuntimeException notApplicable) {
                return Double.NaN;
            }
        };
    }

    /** {@link #lyapunovTheory(StationarySettings)} with the default stationary settings. */
    public static LyapunovTheory lyapunovTheory() {
        return lyapunovTheory(StationarySettings.defaults());
    }

    /** The theory-versus-simulation check of a problem, with its verdict. */
    public static ValidationReport validate(ValidationProblem problem) {
        return validate(problem, ProgressListener.NONE);
    }

    /** {@link #validate(ValidationProblem)}, telling {@code progress} of the simulations done. */
    public static ValidationReport validate(ValidationProblem problem, ProgressListener progress) {
        return new ValidationRun(problem).run(progress);
    }

    /** Whether a transient result can be classified: it kept a lag slice and has enough time points. */
    public static boolean canClassify(TransientResult result) {
        return DynamicsClassification.canClassify(result);
    }

    /**
     * The dynamics of every region of a transient solve of {@code network}, labelled by {@code rule}
     * (fixed point, limit cycle, chaos, or their mixtures), with the measurements behind each label.
     *
     * @throws IllegalArgumentException if the result cannot be classified (see {@link #canClassify})
     */
    public static List<RegionDynamics> classify(TransientResult result, NetworkModel network,
                                                DynamicsClassifier rule) {
        if (!canClassify(result)) {
            throw new IllegalArgumentException("the solve kept no lag slice or has fewer than "
                    + DynamicsClassification.MIN_STEPS + " time points: its dynamics cannot be classified");
        }
        return DynamicsClassification.classify(result, network, rule);
    }

    /**
     * The dynamics of every region of a replica solve, labelled by {@code rule}; {@link DynamicsClassifier#LYAPUNOV}
     * (chaos iff the replica distance grows) needs this form, the other rules label the shared solution.
     *
     * @throws IllegalArgumentException if the result cannot be classified (see {@link #canClassify})
     */
    public static List<RegionDynamics> classify(ReplicaResult result, NetworkModel network, DynamicsClassifier rule) {
        if (!canClassify(result.solution())) {
            throw new IllegalArgumentException("the solve kept no lag slice or has fewer than "
                    + DynamicsClassification.MIN_STEPS + " time points: its dynamics cannot be classified");
        }
        return DynamicsClassification.classify(result, network, rule);
    }

    /** Reads and checks a sweep file (docs/CONFIG.md, section Sweep files). */
    public static SweepSpec loadSweep(Path file) {
        return SweepSpecReader.read(file);
    }

    /** Runs a sweep file in process on every core; the rows sorted by point and draw. */
    public static List<SweepRow> sweep(Path file) throws InterruptedException {
        return new SweepRunner(new TransientRowSolver(), Runtime.getRuntime().availableProcessors(),
                ProgressListener.NONE).run(SweepSpecReader.readPlan(file));
    }

    /**
     * Runs every row of a sweep in process (transient solves, classified): the same rows as
     * {@code mrdmft sweep}, whatever the thread count, without its files.
     *
     * @param threads rows solved at once (at least 1)
     * @param progress told of finished rows
     * @return the rows sorted by point and draw
     */
    public static List<SweepRow> sweep(SweepSpec spec, int threads, ProgressListener progress)
            throws InterruptedException {
        return new SweepRunner(new TransientRowSolver(), threads, progress).run(new SweepPlan(spec));
    }
}
