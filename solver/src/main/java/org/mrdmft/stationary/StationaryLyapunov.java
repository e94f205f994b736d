package org.mrdmft.stationary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mrdmft.kernel.GaussianKernel;

/**
 * Each region's maximal Lyapunov exponent at a stationary state, from the DMFT (docs/MODEL.md section 10).
 *
 * <p>The tangent vector's two-time function grows as e^{lambda (t + s)} psi(t - s) with psi the ground state of
 * H = -d^2/dtau^2 + 1 - g^2 C'(tau), C'(tau) = &lt;phi'(x(t)) phi'(x(t + tau))&gt; at the region's variance D0 and
 * covariance Delta(tau); then lambda = -1 + sqrt(1 - E0). A static region has C' constant and the closed form
 * E0 = 1 - g^2 &lt;phi'^2&gt;(D0). A chaotic one is discretised on [0, L] with the second-order three-point
 * Laplacian, psi'(0) = 0 by a mirrored ghost point (symmetrised) and psi(L) = 0; the lowest eigenvalue of the
 * symmetric tridiagonal matrix comes from Sturm bisection at steps h and h/2, Richardson-extrapolated, and L
 * grows until the ground state has decayed by e^(-decayLengths), with h raised to L / 4000 for windows beyond
 * 4000 h (docs/NUMERICS.md section 8).
 *
 * <p>Neglected, and said so: the low-rank structured part of the Jacobian (the tangent vector's components
 * along the landing vectors, whose linear stability is that of the currents, {@link FixedPoint#eigenvalues()}),
 * and any coupling of tangent vectors across regions (none without cross-region disorder, which the stationary
 * theory does not cover). Each region's exponent is that of its random part alone. Immutable and thread-safe.
 */
public final class StationaryLyapunov {

    /** The most coarse lag steps; beyond L = MAX_STEPS h the step grows with the window. */
    static final int MAX_STEPS = 4000;

    private final GaussianKernel kernel;
    private final ParticleMotion motion;
    private final LyapunovSettings settings;

    /** Exponents for the nonlinearity of {@code kernel} with the given discretisation. */
    public StationaryLyapunov(GaussianKernel kernel, LyapunovSettings settings) {
        this.kernel = kernel;
        this.motion = new ParticleMotion(kernel);
        this.settings = settings;
    }

    /** Exponents with {@link LyapunovSettings#defaults()}. */
    public StationaryLyapunov(GaussianKernel kernel) {
        this(kernel, LyapunovSettings.defaults());
    }

    /** The exponent of one region's stationary state. */
    public RegionLyapunov solve(RegionState state) {
        double g2 = state.disorder() * state.disorder();
        double d0 = state.delta0();
        if (!(state.deltaInf() < d0)) {
            double e0 = 1.0 - g2 * kernel.meanSquareSlope(d0);
            return new RegionLyapunov(RegionLyapunov.exponentOf(e0), e0, Double.NaN, 0.0, 0.0, 0.0, false);
        }
        double window = settings.minWindow();
        while (true) {
            // long windows (near an onset, where the well is wide and shallow) keep at most MAX_STEPS coarse steps
            double h = Math.max(settings.lagStep(), window / MAX_STEPS);
            int m = (int) Math.ceil(window / h - 1e-9);
            double l = m * h;
            double[] potential = potential(state, l, 2 * m + 1);
            double coarse = evenGround(potential, 2, m, h);
            double fine = evenGround(potential, 1, 2 * m, 0.5 * h);
            double e0 = (4.0 * fine - coarse) / 3.0;
            double kappa = Math.sqrt(Math.max(potential[2 * m] - e0, 0.0));
            boolean decayed = kappa * l >= settings.decayLengths();
            if (decayed || l >= settings.maxWindow()) {
                double oddCoarse = oddGround(potential, 2, m, h);
                double oddFine = oddGround(potential, 1, 2 * m, 0.5 * h);
                double odd = (4.0 * oddFine - oddCoarse) / 3.0;
                double lambda = RegionLyapunov.exponentOf(e0);
                double error = Math.abs(fine - coarse) / 3.0 / (2.0 * Math.sqrt(1.0 - e0));
                return new RegionLyapunov(lambda, e0, odd, error, h, l, !decayed);
            }
            double next = kappa > 0.0 ? 1.2 * settings.decayLengths() / kappa : 2.0 * l;
            window = Math.min(settings.maxWindow(), Math.max(next, 1.5 * l));
        }
    }

    /**
     * Each region's exponent at a fixed point (the regions' order); states met before are not solved again.
     */
    public double[] exponents(List<RegionState> regions, Map<RegionState, RegionLyapunov> cache) {
        double[] out = new double[regions.size()];
        for (int mu = 0; mu < out.length; mu++) {
            out[mu] = cache.computeIfAbsent(regions.get(mu), this::solve).exponent();
        }
        return out;
    }

    /** Each region's exponent at a fixed point. */
    public double[] exponents(List<RegionState> regions) {
        return exponents(regions, new HashMap<>());
    }

    /** V(tau_k) = 1 - g^2 C'(D0, Delta(tau_k)) on tau_k = k L / (points - 1). */
    double[] potential(RegionState state, double l, int points) {
        double g2 = state.disorder() * state.disorder();
        double[] delta = motion.profile(state, l, points).delta();
        double[] v = new double[points];
        for (int k = 0; k < points; k++) {
            v[k] = 1.0 - g2 * kernel.correlationSlope(state.delta0(), delta[k]);
        }
        return v;
    }

    /**
     * Lowest even eigenvalue on n unknowns psi_0..psi_{n-1} at step h (psi'(0) = 0, psi_n = 0), the potential
     * read every {@code stride}-th entry. The ghost point psi_{-1} = psi_1 gives row 0 = (2 psi_0 - 2 psi_1)/h^2;
     * scaling psi_0 by 1/sqrt(2) makes the matrix symmetric with off-diagonal -sqrt(2)/h^2.
     */
    static double evenGround(double[] potential, int stride, int n, double h) {
        double inv = 1.0 / (h * h);
        double[] d = new double[n];
        double[] e = new double[n - 1];
        for (int k = 0; k < n; k++) {
            d[k] = 2.0 * inv + potential[k * stride];
        }
        java.util.Arrays.fill(e, -inv);
        if (n > 1) {
            e[0] = -Math.sqrt(2.0) * inv;
        }
        return new SymmetricTridiagonal(d, e).lowestEigenvalue();
    }

    /** Lowest odd eigenvalue: unknowns psi_1..psi_{n-1} with psi_0 = psi_n = 0. */
    static double oddGround(double[] potential, int stride, int n, double h) {
        double inv = 1.0 / (h * h);
        double[] d = new double[n - 1];
        double[] e = new double[n - 2];
        for (int k = 1; k < n; k++) {
            d[k - 1] = 2.0 * inv + potential[k * stride];
        }
        java.util.Arrays.fill(e, -inv);
        return new SymmetricTridiagonal(d, e).lowestEigenvalue();
    }
}
