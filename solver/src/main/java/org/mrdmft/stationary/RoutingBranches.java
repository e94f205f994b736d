package org.mrdmft.stationary;

import java.util.Arrays;
import org.mrdmft.kernel.GaussianKernel;

/**
 * One region routing a current in the reciprocal model (fig4a, fig4b): a region that carries current has
 * its gain pinned at psi = 1/b, so its total variance is fixed, D0 = psi^-1(1/b), and the disorder g decides
 * how that variance splits into structured (A) and chaotic (D0 - Dinf) parts. Below g_c the static state
 * holds; between g_c and the pure-chaos onset the chaotic state with structure; beyond it the region
 * carries no current and is pure chaos (SCS). Immutable and thread-safe.
 */
public final class RoutingBranches {

    private final GaussianKernel kernel;
    private final RegionStationarySolver solver;
    private final ParticleMotion motion;

    /** Branches for the nonlinearity of {@code kernel}. */
    public RoutingBranches(GaussianKernel kernel) {
        this.kernel = kernel;
        this.solver = new RegionStationarySolver(kernel);
        this.motion = new ParticleMotion(kernel);
    }

    /** D0 with gain 1/b (b &gt; 1). */
    public double pinnedVariance(double b) {
        if (!(b > 1.0)) {
            throw new IllegalArgumentException("pair-loop strength b must exceed 1, got " + b);
        }
        return kernel.varianceForGain(1.0 / b);
    }

    /** g_c: g^2 &lt;phi'^2&gt;(D0) = 1 at the pinned variance. */
    public double chaosOnset(double b) {
        return 1.0 / Math.sqrt(kernel.meanSquareSlope(pinnedVariance(b)));
    }

    /**
     * The g at which A reaches 0 on the chaotic branch. There Dinf = 0 (A = Dinf - g^2 C increases from 0
     * with Dinf on the chaotic branch), so condition (ii) reads g^2 W(D0, 0) = 1 with W the weighted mean
     * slope of C over [0, D0]: the root in g is explicit, g = W^-1/2, and equals the g whose SCS variance
     * is the pinned D0.
     */
    public double pureChaosOnset(double b) {
        double d0 = pinnedVariance(b);
        return 1.0 / Math.sqrt(RegionPotential.meanCorrelationSlope(kernel, d0, 0.0, d0));
    }

    /** The fig4a curves on the given g grid. */
    public RoutingCurves curves(double b, double[] disorder) {
        double d0 = pinnedVariance(b);
        int n = disorder.length;
        double[] staticRootA = new double[n];
        double[] chaoticRootA = new double[n];
        double[] chaoticDeltaInf = new double[n];
        boolean[] staticStable = new boolean[n];
        Arrays.fill(staticRootA, Double.NaN);
        Arrays.fill(chaoticRootA, Double.NaN);
        Arrays.fill(chaoticDeltaInf, Double.NaN);
        for (int i = 0; i < n; i++) {
            for (RegionState s : solver.atVariance(disorder[i], d0)) {
                if (s.branch() == StationaryBranch.STATIC) {
                    staticRootA[i] = Math.sqrt(s.structuredVariance());
                    staticStable[i] = s.stable();
                } else {
                    chaoticRootA[i] = Math.sqrt(s.structuredVariance());
                    chaoticDeltaInf[i] = s.deltaInf();
                }
            }
        }
        return new RoutingCurves(b, d0, chaosOnset(b), pureChaosOnset(b), disorder.clone(), staticRootA,
                staticStable, chaoticRootA, chaoticDeltaInf);
    }

    /**
     * The state of the routing region at disorder g: static at the pinned D0 below g_c, chaotic at the
     * pinned D0 up to the pure-chaos onset, SCS beyond (the region then carries no current).
     */
    public RegionState routingState(double b, double g) {
        double d0 = pinnedVariance(b);
        RegionState chaotic = null;
        for (RegionState s : solver.atVariance(g, d0)) {
            if (s.branch() == StationaryBranch.STATIC && s.stable()) {
                return s;
            }
            if (s.branch() != StationaryBranch.STATIC) {
                chaotic = s;
            }
        }
        return chaotic != null ? chaotic : solver.scs(g);
    }

    /** Fig4b: Delta(tau) of {@link #routingState} on tau_k = k tMax / (points - 1). */
    public LagProfile lagProfile(double b, double g, double tMax, int points) {
        return motion.profile(routingState(b, g), tMax, points);
    }
}
