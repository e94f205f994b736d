package org.mrdmft.stationary;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.complex.Complex;
import org.mrdmft.stationary.StationarySettings;
import org.mrdmft.failure.ConvergenceException;
import org.mrdmft.failure.InvalidInputException;
import org.mrdmft.kernel.GaussianKernel;
import org.mrdmft.kernel.Kernels;
import org.mrdmft.model.MemoryEstimate;
import org.mrdmft.model.ModelChecks;
import org.mrdmft.model.NetworkModel;

/**
 * The stationary theory of a network (what {@code dmft.mode: stationary} runs): every fixed point of the
 * currents from a seeded multi-start search, each region's stationary state (static, chaotic with structure, or
 * pure chaos) and its Delta(tau) on the requested lag grid, and the spectra ({@link #analyse}); each region's
 * maximal Lyapunov exponent ({@link StationaryLyapunov}) only when asked ({@link #withLyapunovExponents}): callers
 * that scan states (phase scans, figure data) do not read it, and it can cost as much as the rest of the analysis.
 */
public final class StationaryAnalysis {
    private final NetworkModel model;
    private final GaussianKernel kernel;

    public StationaryAnalysis(NetworkModel model) {
        this.model = model;
        this.kernel = Kernels.forNonlinearity(model.nonlinearity());
    }

    /** Relative distance from Dinf that Delta(maxLag) may keep: the lag grid must cover the correlation time. */
    public static final double DECAY_TOLERANCE = 1e-3;

    private static void requireDecayed(LagProfile profile, RegionState state, int mu, double maxLag) {
        double[] d = profile.delta();
        double left = Math.abs(d[d.length - 1] - state.deltaInf());
        if (!(left <= DECAY_TOLERANCE * Math.max(state.delta0(), 1e-12))) {
            throw new InvalidInputException("stationary.maxLag", String.format(java.util.Locale.ROOT,
                    "%g is too short for the correlation time of region %d "
                            + "(Delta(maxLag) - Dinf = %.3g, more than %.0e of D0 = %.4g); raise it",
                    maxLag, mu + 1, left, DECAY_TOLERANCE, state.delta0()));
        }
    }

    /**
     * The memory the analysis allocates, checked against the heap before the search: the Newton Jacobian
     * of the R^2 currents (R^4 numbers), and per fixed point (at most one per start) and region a lag profile
     * of maxLag / lagStep + 1 points (lags and Delta), names {@code stationary.maxLag} or
     * {@code stationary.lagStep} (whichever is off its default) for the lag grid and {@code regions} for the
     * Jacobian.
     */
    public MemoryEstimate memoryEstimate(StationarySettings settings) {
        int r = model.regions();
        double points = Math.floor(settings.maxLag() / settings.lagStep() + 0.5) + 1;
        double profiles = (double) settings.starts() * r * 2 * MemoryEstimate.doubles(points);
        double n = (double) r * r;
        double jacobian = 2 * MemoryEstimate.matrix(n, n); // the Jacobian and the solver's copy
        double total = profiles + jacobian;
        if (jacobian >= profiles) {
            return new MemoryEstimate("regions", "R = " + r + " regions", total,
                    "Jacobian of the R^2 currents", "fewer regions");
        }
        StationarySettings d = StationarySettings.defaults();
        boolean lagStepOff = settings.lagStep() < d.lagStep() && settings.maxLag() <= d.maxLag();
        String dominant = String.format(java.util.Locale.ROOT, "lag profiles of %.0f points, %d region%s, "
                + "up to %d fixed point%s", points, r, r == 1 ? "" : "s", settings.starts(),
                settings.starts() == 1 ? "" : "s");
        return new MemoryEstimate(lagStepOff ? "stationary.lagStep" : "stationary.maxLag",
                "lags up to " + MemoryEstimate.number(settings.maxLag()) + " in steps of "
                        + MemoryEstimate.number(settings.lagStep()),
                total, dominant, "a shorter stationary.maxLag or a larger stationary.lagStep");
    }

    /**
     * Runs the analysis, without the Lyapunov exponents (its {@link StationaryResult#lyapunovExponents()} are
     * empty; {@link #withLyapunovExponents} adds them).
     *
     * @throws ConvergenceException when no start reaches a fixed point (no stationary state in reach)
     * @throws InvalidInputException when the lag grid is too short for a region's correlation time, when a
     *     disorder strength overflows, or when the network has features the stationary theory does not cover
     */
    public StationaryResult analyse(StationarySettings settings) {
        long start = System.nanoTime();
        ModelChecks.requireFiniteDisorderWeights(model);
        memoryEstimate(settings).requireFits();
        RegionStationarySolver regions = new RegionStationarySolver(kernel);
        double[] g = model.disorder();
        RegionStateSelector selector = (mu, a) -> regions.stableState(g[mu], a);
        FixedPointSearch search = new FixedPointSolver(model, selector)
                .search(settings.starts(), settings.currentScale(), settings.seed(), settings.tolerance());
        if (search.fixedPoints().isEmpty()) {
            throw new ConvergenceException("no stationary state in reach: the fixed-point search",
                    settings.starts(), "starts", search.closestMiss(),
                    settings.tolerance(), "more stationary.starts, another stationary.currentScale, "
                    + "or dmft.mode: transient");
        }
        int points = (int) Math.round(settings.maxLag() / settings.lagStep()) + 1;
        ParticleMotion motion = new ParticleMotion(kernel);
        double[] lags = null;
        List<double[][]> correlations = new ArrayList<>();
        List<Complex[]> scaled = new ArrayList<>();
        for (FixedPoint fp : search.fixedPoints()) {
            double[][] perRegion = new double[model.regions()][];
            for (int mu = 0; mu < model.regions(); mu++) {
                RegionState state = fp.regions().get(mu);
                LagProfile profile = motion.profile(state, (points - 1) * settings.lagStep(), points);
                if (fp.stable()) { // unstable points near a bifurcation may decay arbitrarily slowly
                    requireDecayed(profile, state, mu, settings.maxLag());
                }
                perRegion[mu] = profile.delta();
                lags = profile.lag();
            }
            correlations.add(perRegion);
            scaled.add(Spectra.gainScaled(model, fp.gain()));
        }
        return new StationaryResult(search, lags, correlations, Spectra.outliers(model), Spectra.bulkRadius(model),
                scaled, (System.nanoTime() - start) * 1e-9, StationaryDiagnostics.of(search));
    }

    /**
     * {@code result} (an {@link #analyse} of this network) with each fixed point's regional maximal Lyapunov
     * exponents, docs/MODEL.md section 10; a warning joins the diagnostics when a region state's exponent needed
     * the longest lag window (a state close to a chaos onset). Regions in the same state are solved once.
     */
    public StationaryResult withLyapunovExponents(StationaryResult result) {
        long start = System.nanoTime();
        StationaryLyapunov lyapunov = new StationaryLyapunov(kernel);
        java.util.Map<RegionState, RegionLyapunov> solved = new java.util.HashMap<>();
        List<double[]> exponents = new ArrayList<>();
        for (FixedPoint fp : result.search().fixedPoints()) {
            exponents.add(lyapunov.exponents(fp.regions(), solved));
        }
        StationaryDiagnostics diagnostics = result.diagnostics();
        long capped = solved.values().stream().filter(RegionLyapunov::windowCapped).count();
        if (capped > 0) {
            List<String> warnings = new ArrayList<>(diagnostics.warnings());
            warnings.add(String.format(java.util.Locale.ROOT, "the Lyapunov exponent of %d region state%s used the "
                    + "longest lag window (%.0f) before its tangent ground state had decayed: the state is close "
                    + "to a chaos onset and its exponent (near 0) is less accurate", capped, capped == 1 ? "" : "s",
                    LyapunovSettings.defaults().maxWindow()));
            diagnostics = new StationaryDiagnostics(diagnostics.iterations(), diagnostics.residuals(),
                    diagnostics.missedStarts(), diagnostics.closestMiss(), warnings);
        }
        return new StationaryResult(result.search(), result.lags(), result.correlations(), result.outliers(),
                result.bulkRadius(), result.gainScaledSpectra(),
                result.wallSeconds() + (System.nanoTime() - start) * 1e-9, diagnostics, exponents);
    }
}
