package org.mrdmft.dmft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mrdmft.failure.InvalidInputException;

/**
 * The two-replica transient DMFT ({@code dmft.lyapunov: true}, docs/MODEL.md section 11). Two copies of the
 * network share the couplings and the structured vectors and start with random parts a small distance apart;
 * their currents, gains and Delta coincide, so one solve of the default engine carries both, and the deficit
 * D = Delta - Delta^{12} is integrated beside it with the same scheme ({@link DeficitColumns}). Each region's
 * exponent is half the growth rate of d = 2 D(t, t) while it is small ({@link ExponentFit}).
 */
public final class ReplicaSolver {
    /**
     * The default initial deficit relative to Delta(0, 0) where the kernel difference is exact (erf): the distance
     * stays small for ln(1e-4 / 1e-30) / (2 lambda) ~ 30 / lambda time units, so the fit window is set by the run
     * rather than by saturation (docs/NUMERICS.md section 10).
     */
    public static final double DEFAULT_SEPARATION = 1e-30;
    /**
     * The default where the kernel difference subtracts two quadratures (tanh): their rounding, about 1e-16, stays
     * 1e-9 of the deficit while leaving three decades of small distance to fit.
     */
    public static final double SUBTRACTED_SEPARATION = 1e-7;

    private final double separation;

    /** The default initial separation ({@link #DEFAULT_SEPARATION}, or {@link #SUBTRACTED_SEPARATION}). */
    public ReplicaSolver() {
        this.separation = Double.NaN;
    }

    /** @param separation the initial deficit D(0, 0) relative to Delta(0, 0), in (0, 1e-2] */
    public ReplicaSolver(double separation) {
        if (!(separation > 0.0 && separation <= 1e-2)) {
            throw new IllegalArgumentException("the initial separation must lie in (0, 1e-2], got " + separation);
        }
        this.separation = separation;
    }

    /**
     * Solves the problem with its replica.
     *
     * @throws InvalidInputException if the settings ask for the reference-euler scheme (the replica follows
     *     the default scheme only), or if the solve with its replica would not fit into the heap (naming
     *     dmft.steps or regions, {@link TransientProblem#memoryEstimate()})
     */
    public ReplicaResult solve(TransientProblem problem, ProgressListener progress) {
        if (problem.settings().scheme() != DmftScheme.EXP_TRAPEZOID) {
            throw new InvalidInputException("dmft.lyapunov", "the replica DMFT follows the default scheme "
                    + DmftScheme.EXP_TRAPEZOID.configName() + " only; drop dmft.scheme: "
                    + problem.settings().scheme().configName());
        }
        // the replica's arrays too, before anything grows with the steps (the engine checks only its own)
        TransientSetup.requireComputable(problem.model(), problem.settings(), true);
        TransientSetup setup = TransientSetup.of(problem, TransientSetup.ownDisorderSquared(problem.model()));
        boolean exact = KernelDifference.of(problem.model().nonlinearity(), setup.kernel()).exact();
        double sep = !Double.isNaN(separation) ? separation : exact ? DEFAULT_SEPARATION : SUBTRACTED_SEPARATION;
        DeficitColumns deficit = new DeficitColumns(setup, sep);
        TransientResult solution = new ExponentialTrapezoidSolver().solve(problem, progress, deficit);
        int nt = solution.steps();
        int r = solution.regions();
        double[][] distance = new double[nt][r];
        for (int k = 0; k < nt; k++) {
            for (int mu = 0; mu < r; mu++) {
                distance[k][mu] = 2.0 * deficit.diagonal[k][mu];
            }
        }
        List<ReplicaExponent> exponents = new ArrayList<>(r);
        for (int mu = 0; mu < r; mu++) {
            double[] d = new double[nt];
            double[] v = new double[nt];
            for (int k = 0; k < nt; k++) {
                d[k] = distance[k][mu];
                v[k] = solution.variance()[k][mu];
            }
            exponents.add(ExponentFit.of(solution.dt(), d, v));
        }
        List<String> warnings = new ArrayList<>();
        if (deficit.cappedSteps() > 0) {
            warnings.add(String.format(Locale.ROOT, "the replica deficit's implicit diagonal stopped at its cap at"
                    + " %d of %d steps; a smaller dmft.dt makes it contract faster", deficit.cappedSteps(), nt - 1));
        }
        if (!exact && sep < 1e-8) {
            warnings.add("with " + problem.model().nonlinearity().name().toLowerCase(Locale.ROOT) + " the kernel"
                    + " difference subtracts two quadratures (about 1e-16 absolute): a distance below ~1e-12 of"
                    + " the variance is resolved only roughly");
        }
        return new ReplicaResult(solution, sep, distance, exponents, warnings);
    }
}
