package org.mrdmft.stationary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.hipparchus.analysis.solvers.AllowedSolution;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.mrdmft.failure.ConvergenceException;
import org.mrdmft.kernel.GaussianKernel;

/**
 * Stationary states of one region with disorder g and structured variance A (docs/MODEL.md section 3): the
 * static state (Dinf = D0), the chaotic state with structure (0 &lt;= Dinf &lt; D0) and pure chaos (A = 0).
 *
 * <p><b>Method.</b> The static state solves A = D0 - g^2 C(D0, D0, D0) by a bracketed Brent search. For
 * the chaotic state A is eliminated with condition (i), A = Dinf - g^2 C(D0, D0, Dinf); condition (ii)
 * then reads {@link RegionPotential#meanCurvature}(Dinf, D0) = 0, a weighted mean of V'' from which the
 * trivial root Dinf = D0 has been divided out. That mean increases strictly with Dinf (dC/dD12 increases
 * on [0, D0]), so for a given D0 the root Dinf(D0) is unique and bracketed by [0, D0] exactly when
 * g^2 &lt;phi'^2&gt;(D0) &gt; 1 (static unstable) and the mean at Dinf = 0 is &lt;= 0 (D0 above the SCS variance).
 * Clamping Dinf(D0) to 0 below that range and to D0 above it makes A(D0) continuous; the outer Brent
 * search for the wanted A runs on [D0h, D0c], D0c the stability edge and D0h the variance where
 * g^2 dC/dD12(D0, 0) = 1 (the SCS variance exceeds it, since Delta = 0 must be a hilltop of V), where the
 * end values are -A and A_c - A. A root with Dinf = D0 is impossible unless A is within rounding of the onset value A_c.
 *
 * <p><b>Slopes.</b> dD0/dA is 1 / (1 - g^2 d C(D0, D0, D0)/dD0) on the static branch and, on the chaotic
 * branch, by implicit differentiation of (i) and the reduced (ii),
 * 1 / (-g^2 dC(D0, D0, Dinf)/dD0 - (D0 - Dinf) g^2 dW/dD0 / 2), W the weighted mean slope of C (its
 * D0-derivative by a five-point difference).
 *
 * <p>Immutable and thread-safe (every solve makes its own Hipparchus solver). A state costs a few
 * microseconds for the erf kernel.
 */
public final class RegionStationarySolver {

    private static final double RELATIVE_ACCURACY = 1e-15;
    private static final double ABSOLUTE_ACCURACY = 1e-15;
    /** The largest variance a bracketing search tries before giving up. */
    private static final double BRACKET_LIMIT = 1e15;
    private static final int MAX_EVALUATIONS = 200;
    /** Smallest positive trial variance for the A = 0 static root, where D = 0 is a trivial root. */
    private static final double TINY_VARIANCE = 1e-200;

    private final GaussianKernel kernel;

    /** A solver for the nonlinearity whose Gaussian averages {@code kernel} provides. */
    public RegionStationarySolver(GaussianKernel kernel) {
        this.kernel = kernel;
    }

    /** The kernel this solver uses. */
    public GaussianKernel kernel() {
        return kernel;
    }

    /**
     * The static state: D0 &gt; 0 with A = D0 - g^2 C(D0, D0, D0) (for A = 0 and g &gt; 1 the nonzero root;
     * for A = 0 and g &lt;= 1 the zero state). Stable iff g^2 &lt;phi'^2&gt;(D0) &lt; 1.
     *
     * @throws IllegalArgumentException if g or A is negative or not finite
     */
    public RegionState staticState(double g, double a) {
        checkArguments(g, a);
        double g2 = g * g;
        double d0;
        if (a > 0.0) {
            DoubleUnaryOperator f = d -> d - g2 * kernel.correlation(d, d, d) - a;
            d0 = solve(f, 0.0, expandUpward(f, 1.0 + a + g2));
        } else if (g2 > 1.0) {
            // A = 0: divide out the trivial root D0 = 0; C(D,D,D)/D decreases for concave C.
            DoubleUnaryOperator q = d -> 1.0 - g2 * kernel.correlation(d, d, d) / d;
            d0 = solve(q, TINY_VARIANCE, expandUpward(q, 1.0 + g2));
        } else {
            d0 = 0.0;
        }
        return staticAt(g, d0, a);
    }

    /**
     * The chaotic state with structure for the given A: (D0, Dinf) with 0 &lt;= Dinf &lt; D0 solving
     * conditions (i) and (ii). For A = 0 it is {@link #scs}; it exists only where the static state is
     * unstable (g &gt; 1 and A below the onset value A_c(g)).
     *
     * @throws IllegalArgumentException if g or A is negative or not finite
     */
    public Optional<RegionState> chaoticState(double g, double a) {
        checkArguments(g, a);
        if (g <= 1.0) {
            return Optional.empty();
        }
        if (a == 0.0) {
            return Optional.of(scs(g));
        }
        double g2 = g * g;
        double onset = onsetVariance(g2);
        double onsetA = onset - g2 * kernel.correlation(onset, onset, onset);
        if (!(a < onsetA)) {
            return Optional.empty();
        }
        DoubleUnaryOperator excess = d0 -> RegionPotential.restingStructuredVariance(kernel, g, d0,
                clampedDeltaInf(g2, d0)) - a;
        // below the SCS variance the clamped excess is -A; a cheap lower end inside that stretch is where
        // Delta = 0 stops being a hilltop of V (g^2 dC/dD12(D0, 0) = 1), which the SCS variance must exceed
        double lo = solve(d -> g2 * kernel.correlationSlope(d, 0.0) - 1.0, 0.0, onset);
        double d0 = solve(excess, lo, onset);
        double dInf = clampedDeltaInf(g2, d0);
        if (!(dInf < d0)) {
            return Optional.empty();
        }
        return Optional.of(chaoticAt(g, d0, dInf));
    }

    /**
     * The states whose total variance is pinned at D0: the static one (A = D0 - g^2 C(D0, D0, D0), omitted
     * when negative) and the chaotic one (Dinf from (ii), then A from (i)) where it exists. The static
     * state comes first.
     */
    public List<RegionState> atVariance(double g, double d0) {
        if (!(g >= 0.0 && d0 >= 0.0 && Double.isFinite(g) && Double.isFinite(d0))) {
            throw new IllegalArgumentException("need finite g >= 0 and D0 >= 0, got " + g + ", " + d0);
        }
        double g2 = g * g;
        List<RegionState> states = new ArrayList<>(2);
        double staticA = d0 - g2 * kernel.correlation(d0, d0, d0);
        if (staticA >= 0.0) {
            states.add(staticAt(g, d0, staticA));
        }
        boolean unstable = g2 * kernel.meanSquareSlope(d0) > 1.0;
        if (unstable && RegionPotential.meanCorrelationSlope(kernel, d0, 0.0, d0) * g2 <= 1.0) {
            double dInf = clampedDeltaInf(g2, d0);
            RegionState chaotic = chaoticAt(g, d0, dInf);
            if (dInf < d0 && chaotic.structuredVariance() >= 0.0) {
                states.add(chaotic);
            }
        }
        return List.copyOf(states);
    }

    /**
     * Pure chaos (A = 0, Dinf = 0): D0 solves V(D0) = V(0), i.e. -D0^2/2 + g^2 Phi(D0, D0) = g^2 Phi(D0, 0).
     * For g &lt;= 1 the zero state (D0 = 0, slope dD0/dA = 1 / (1 - g^2) of the static branch).
     */
    public RegionState scs(double g) {
        checkArguments(g, 0.0);
        double g2 = g * g;
        if (g2 <= 1.0) {
            return new RegionState(StationaryBranch.SCS, g, 0.0, 0.0, 0.0, true, 1.0 / (1.0 - g2));
        }
        DoubleUnaryOperator margin = d -> g2 * RegionPotential.meanCorrelationSlope(kernel, d, 0.0, d) - 1.0;
        double d0 = solve(margin, 0.0, expandDownward(margin, Math.max(1.0, g2)));
        return chaoticAt(g, d0, 0.0);
    }

    /**
     * The state a region selects for the given A: the static one if stable, else the chaotic one (or SCS
     * for A = 0), else the unstable static one. This is the per-region call of a self-consistent
     * fixed-point iteration; {@link RegionState#delta0SlopeInA} is its Jacobian entry.
     */
    public RegionState stableState(double g, double a) {
        RegionState fixed = staticState(g, a);
        if (fixed.stable()) {
            return fixed;
        }
        return chaoticState(g, a).orElse(fixed);
    }

    /** The variance where the static branch loses stability: g^2 &lt;phi'^2&gt;(D0c) = 1 (g &gt; 1). */
    double onsetVariance(double g2) {
        DoubleUnaryOperator margin = d -> g2 * kernel.meanSquareSlope(d) - 1.0;
        return solve(margin, 0.0, expandDownward(margin, 1.0));
    }

    /**
     * The root Dinf in [0, D0] of meanCurvature(Dinf, D0) = 0, clamped to 0 when the mean is already
     * non-negative at Dinf = 0 (D0 at or below the SCS variance) and to D0 when the static state at D0 is
     * stable.
     */
    private double clampedDeltaInf(double g2, double d0) {
        DoubleUnaryOperator mean = x -> g2 * RegionPotential.meanCorrelationSlope(kernel, d0, x, d0) - 1.0;
        // the same function decides both clamps and the bracket, so a bracket is never lost to rounding
        if (g2 * kernel.meanSquareSlope(d0) <= 1.0 || mean.applyAsDouble(d0) <= 0.0) {
            return d0;
        }
        if (mean.applyAsDouble(0.0) >= 0.0) {
            return 0.0;
        }
        return solve(mean, 0.0, d0);
    }

    private RegionState staticAt(double g, double d0, double a) {
        double g2 = g * g;
        boolean stable = g2 * kernel.meanSquareSlope(d0) < 1.0;
        double diagonalSlope = kernel.correlationSlopeInVariance(d0, d0) + kernel.correlationSlope(d0, d0);
        return new RegionState(StationaryBranch.STATIC, g, d0, d0, a, stable, 1.0 / (1.0 - g2 * diagonalSlope));
    }

    private RegionState chaoticAt(double g, double d0, double dInf) {
        double g2 = g * g;
        double a = RegionPotential.restingStructuredVariance(kernel, g, d0, dInf);
        double span = d0 - dInf;
        double restSlope = -g2 * kernel.correlationSlopeInVariance(d0, dInf);
        double meanSlopeInD0 = span > 0.0 ? meanSlopeDerivative(d0, dInf, span) : 0.0;
        double slope = 1.0 / (restSlope - 0.5 * span * g2 * meanSlopeInD0);
        StationaryBranch branch = dInf == 0.0 ? StationaryBranch.SCS : StationaryBranch.CHAOTIC;
        return new RegionState(branch, g, d0, dInf, dInf == 0.0 ? 0.0 : a, true, slope);
    }

    /**
     * d/dD0 of W(D0, Dinf) = meanCorrelationSlope(D0; Dinf, D0) at fixed Dinf, five-point stencil. The step
     * never exceeds a quarter of D0 - Dinf, so the stencil stays in the Cauchy-Schwarz domain; where that
     * makes it small, the derivative's rounding error is multiplied by the equally small D0 - Dinf.
     */
    private double meanSlopeDerivative(double d0, double dInf, double span) {
        double h = Math.min(2e-4 * (1.0 + d0), 0.25 * span);
        double wp1 = RegionPotential.meanCorrelationSlope(kernel, d0 + h, dInf, d0 + h);
        double wm1 = RegionPotential.meanCorrelationSlope(kernel, d0 - h, dInf, d0 - h);
        double wp2 = RegionPotential.meanCorrelationSlope(kernel, d0 + 2 * h, dInf, d0 + 2 * h);
        double wm2 = RegionPotential.meanCorrelationSlope(kernel, d0 - 2 * h, dInf, d0 - 2 * h);
        return (8.0 * (wp1 - wm1) - (wp2 - wm2)) / (12.0 * h);
    }

    /** Doubles hi until f(hi) &gt; 0 (f increasing through its root). */
    private static double expandUpward(DoubleUnaryOperator f, double hi) {
        while (!(f.applyAsDouble(hi) > 0.0)) {
            hi *= 2.0;
            if (hi > BRACKET_LIMIT) {
                throw unbracketed();
            }
        }
        return hi;
    }

    /** Doubles hi until f(hi) &lt; 0 (f decreasing through its root). */
    private static double expandDownward(DoubleUnaryOperator f, double hi) {
        while (!(f.applyAsDouble(hi) < 0.0)) {
            hi *= 2.0;
            if (hi > BRACKET_LIMIT) {
                throw unbracketed();
            }
        }
        return hi;
    }

    /** The failure of a variance search that doubled past {@link #BRACKET_LIMIT} without changing sign. */
    private static ConvergenceException unbracketed() {
        return new ConvergenceException("the bracketing of a stationary variance (doubling it up to "
                + BRACKET_LIMIT + ")", (long) Math.ceil(Math.log(BRACKET_LIMIT) / Math.log(2)), "doublings",
                Double.NaN, Double.NaN, "smaller disorder strengths g (the variance grows like g^2)");
    }

    private static double solve(DoubleUnaryOperator f, double lo, double hi) {
        BracketingNthOrderBrentSolver solver =
                new BracketingNthOrderBrentSolver(RELATIVE_ACCURACY, ABSOLUTE_ACCURACY, 0.0, 5);
        return solver.solve(MAX_EVALUATIONS, f::applyAsDouble, lo, hi, AllowedSolution.ANY_SIDE);
    }

    private static void checkArguments(double g, double a) {
        if (!(g >= 0.0 && a >= 0.0 && Double.isFinite(g) && Double.isFinite(a))) {
            throw new IllegalArgumentException("need finite g >= 0 and A >= 0, got g = " + g + ", A = " + a);
        }
    }
}
