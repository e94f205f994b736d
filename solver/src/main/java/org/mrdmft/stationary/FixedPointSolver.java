package org.mrdmft.stationary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hipparchus.complex.Complex;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.hipparchus.util.Pair;
import org.mrdmft.failure.InvalidInputException;
import org.mrdmft.kernel.GaussianKernel;
import org.mrdmft.kernel.Kernels;
import org.mrdmft.model.NetworkModel;

/**
 * Finds the fixed points of the currents with full self-consistency (docs/MODEL.md section 3): S = J(S, psi(D0)),
 * every region at its stationary state for its structured variance. Levenberg-Marquardt (Hipparchus) on the
 * R^2 conditions with the analytic Jacobian, globalised by its trust region and robust to the singular
 * Jacobians of fixed-point manifolds, from S = 0 and many seeded random starts; converged points are
 * deduplicated and classified by the eigenvalues of the same Jacobian.
 */
public final class FixedPointSolver {
    /** Real parts up to this count as zero modes (marginal directions of a fixed-point manifold). */
    public static final double MARGINAL = 1e-7;
    /** Levenberg-Marquardt iterations allowed per start. */
    public static final int MAX_ITERATIONS = 1000;
    private static final int MAX_EVALUATIONS = 2000;

    private final NetworkModel model;
    private final GaussianKernel kernel;
    private final RegionStateSelector selector;

    /**
     * @param model the network (no cross-region disorder: the per-region potential theory needs it absent)
     * @param selector each region's stationary state for a structured variance
     */
    public FixedPointSolver(NetworkModel model, RegionStateSelector selector) {
        for (int mu = 0; mu < model.regions(); mu++) {
            for (int nu = 0; nu < model.regions(); nu++) {
                if (mu != nu && model.disorderWeight(mu, nu) != 0.0) {
                    throw new InvalidInputException("crossDisorder",
                            "stationary mode does not support cross-region disorder yet");
                }
            }
        }
        this.model = model;
        this.kernel = Kernels.forNonlinearity(model.nonlinearity());
        this.selector = selector;
    }

    /** Constant input amplitudes of the long-time limit (the phase that lasts forever, else zero). */
    static double[] asymptoticInput(NetworkModel model) {
        double[] in = new double[model.regions()];
        model.inputs().amplitudeAt(Double.MAX_VALUE, in);
        return in;
    }

    /**
     * Searches from S = 0 and {@code starts - 1} random starts with entries N(0, scale^2), seeded.
     *
     * @param tolerance max |-S + J| accepted at a fixed point
     */
    public FixedPointSearch search(int starts, double scale, long seed, double tolerance) {
        CurrentEquations eq = new CurrentEquations(model, kernel, selector, asymptoticInput(model));
        int r = model.regions();
        int n = r * r;
        RandomGenerator rng = new Well19937c(seed);
        List<FixedPoint> found = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        int converged = 0;
        double closestMiss = Double.POSITIVE_INFINITY;
        for (int k = 0; k < starts; k++) {
            double[] s0 = new double[n];
            if (k > 0) {
                // spread the starting scale too, so that small and large current patterns are both tried
                double sd = scale * (0.25 + 1.75 * rng.nextDouble());
                for (int i = 0; i < n; i++) {
                    s0[i] = sd * rng.nextGaussian();
                }
            }
            Attempt attempt = converge(eq, s0, tolerance);
            if (!attempt.converged()) {
                if (!Double.isNaN(attempt.residual())) {
                    closestMiss = Math.min(closestMiss, attempt.residual());
                }
                continue;
            }
            double[] s = attempt.point();
            converged++;
            int same = indexOf(found, s, r);
            if (same >= 0) {
                counts.set(same, counts.get(same) + 1);
            } else {
                found.add(classify(eq, s, attempt.iterations()));
                counts.add(1);
            }
        }
        List<FixedPoint> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            out.add(found.get(i).withStarts(counts.get(i)));
        }
        out.sort(Comparator.comparingInt(FixedPoint::starts).reversed());
        return new FixedPointSearch(List.copyOf(out), starts, converged,
                Double.isInfinite(closestMiss) ? Double.NaN : closestMiss);
    }

    /**
     * One Levenberg-Marquardt run from a start.
     *
     * @param point where it ended (null when the optimiser gave up)
     * @param iterations iterations spent
     * @param residual max |-S + J| at the point (NaN when there is none)
     * @param converged whether the residual meets the tolerance
     */
    private record Attempt(double[] point, int iterations, double residual, boolean converged) {
    }

    /** Levenberg-Marquardt from s0. */
    private static Attempt converge(CurrentEquations eq, double[] s0, double tolerance) {
        int n = s0.length;
        LeastSquaresProblem problem = new LeastSquaresBuilder()
                .start(s0)
                .target(new double[n])
                .model(point -> {
                    CurrentEquations.Evaluation e = eq.evaluate(point.toArray());
                    return new Pair<>(new ArrayRealVector(e.residual(), false),
                            new Array2DRowRealMatrix(e.jacobian(), false));
                })
                .checker((iteration, previous, current) ->
                        current.getResiduals().getLInfNorm() <= tolerance)
                .maxEvaluations(MAX_EVALUATIONS)
                .maxIterations(MAX_ITERATIONS)
                .build();
        try {
            LeastSquaresOptimizer.Optimum opt = new LevenbergMarquardtOptimizer().optimize(problem);
            double[] s = opt.getPoint().toArray();
            double residual = eq.evaluate(s).maxResidual();
            return new Attempt(s, opt.getIterations(), residual, residual <= tolerance);
        } catch (MathIllegalStateException e) {
            return new Attempt(null, MAX_ITERATIONS, Double.NaN, false); // no convergence from this start
        }
    }

    private static int indexOf(List<FixedPoint> found, double[] s, int r) {
        double scale = 1.0;
        for (double x : s) {
            scale = Math.max(scale, Math.abs(x));
        }
        for (int i = 0; i < found.size(); i++) {
            double[][] c = found.get(i).currents();
            double d = 0.0;
            for (int mu = 0; mu < r; mu++) {
                for (int nu = 0; nu < r; nu++) {
                    d = Math.max(d, Math.abs(c[mu][nu] - s[mu * r + nu]));
                }
            }
            if (d <= 1e-6 * scale) {
                return i;
            }
        }
        return -1;
    }

    private FixedPoint classify(CurrentEquations eq, double[] s, int iterations) {
        CurrentEquations.Evaluation e = eq.evaluate(s);
        int r = model.regions();
        double[][] currents = new double[r][r];
        for (int mu = 0; mu < r; mu++) {
            System.arraycopy(s, mu * r, currents[mu], 0, r);
        }
        Complex[] eig = Eigenvalues.of(e.jacobian());
        boolean stable = true;
        for (Complex c : eig) {
            stable &= c.getReal() <= MARGINAL;
        }
        for (RegionState st : e.states()) {
            stable &= st.stable();
        }
        return new FixedPoint(currents, e.gain(), List.of(e.states()), eig, stable, e.maxResidual(), 0, iterations);
    }
}
