package org.mrdmft.dmft;

import java.util.Arrays;
import org.hipparchus.random.Well19937c;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.failure.InvalidInputException;
import org.mrdmft.kernel.GaussianKernel;
import org.mrdmft.kernel.Kernels;
import org.mrdmft.model.MemoryEstimate;
import org.mrdmft.model.ModelChecks;
import org.mrdmft.model.NetworkModel;

/**
 * Everything a transient engine needs, resolved once from a {@link TransientProblem}: initial currents
 * (seeded Uniform(0,1) unless given), the random part of the initial variance, input amplitudes on the
 * grid and the steps that contain a switch of the input, lag-slice reference indices and the two-time storage
 * stride.
 *
 * @param switches per step k, the input switch inside (t_{k-1}, t_k] or null ({@link InputSwitch#of})
 */
record TransientSetup(NetworkModel model, DmftSettings settings, GaussianKernel kernel, int regions, int steps,
                      double dt, double[][] initialCurrents, double[] initialVariance, double[][] inputs,
                      InputSwitch[] switches, int[] lagReferences, int stride, int window) {

    /** Largest number of stored two-time points per axis when the stride is automatic. */
    static final int AUTO_TWO_TIME_POINTS = 1000;

    static TransientSetup of(TransientProblem problem, double[] defaultInitialVariance) {
        NetworkModel model = problem.model();
        DmftSettings s = problem.settings();
        int r = model.regions();
        int nt = s.steps();
        requireComputable(model, s);
        double[][] s0 = s.initialCurrents();
        if (s0 == null) {
            Well19937c rng = new Well19937c(s.seed());
            s0 = new double[r][r];
            for (int mu = 0; mu < r; mu++) {
                for (int nu = 0; nu < r; nu++) {
                    s0[mu][nu] = rng.nextDouble();
                }
            }
        }
        double[] q0 = s.initialVariance();
        if (q0 == null) {
            q0 = defaultInitialVariance.clone();
        } else if (q0.length == 1 && r > 1) {
            double v = q0[0];
            q0 = new double[r];
            Arrays.fill(q0, v);
        }
        double[][] inputs = new double[nt][r];
        if (model.inputs().isActive()) {
            for (int k = 0; k < nt; k++) {
                model.inputs().amplitudeAt(k * s.dt(), inputs[k]);
            }
        }
        int[] refs = lagReferenceIndices(s, nt);
        int stride = stride(s, nt);
        int window = s.window() > 0 ? Math.min(s.window(), nt) : nt;
        InputSwitch[] switches = model.inputs().isActive() ? InputSwitch.of(model.inputs(), r, nt, s.dt())
                : new InputSwitch[nt];
        return new TransientSetup(model, s, Kernels.forNonlinearity(model.nonlinearity()), r, nt, s.dt(), s0, q0,
                inputs, switches, refs, stride, window);
    }

    /**
     * Refuses, before anything is allocated, the settings and networks whose arithmetic overflows from the
     * start: a non-positive or non-finite dt, fewer than two steps, a time span (Nt - 1) dt that is not
     * finite, disorder strengths whose squares (the weights of the DMFT's sources) are not finite, and
     * sizes whose arrays would not fit into the heap ({@link TransientMemory}).
     */
    static void requireComputable(NetworkModel model, DmftSettings s) {
        requireComputable(model, s, false);
    }

    /** {@link #requireComputable(NetworkModel, DmftSettings)}, counting the replica's arrays too when asked. */
    static void requireComputable(NetworkModel model, DmftSettings s, boolean replica) {
        if (!(s.dt() > 0 && Double.isFinite(s.dt()))) {
            throw new InvalidInputException("dmft.dt", "must be finite and > 0, got " + s.dt());
        }
        if (s.steps() < 2) {
            throw new InvalidInputException("dmft.steps", "must be >= 2, got " + s.steps());
        }
        if (!Double.isFinite(s.duration())) {
            throw new InvalidInputException("dmft.dt", "the time span (dmft.steps - 1) * dmft.dt = "
                    + (s.steps() - 1) + " * " + s.dt() + " is not a finite number");
        }
        ModelChecks.requireFiniteDisorderWeights(model);
        TransientMemory.of(new TransientProblem(model, s), MemoryEstimate.heap(), replica).requireFits();
    }

    /** This setup with another Gaussian kernel (tests substitute one). */
    TransientSetup withKernel(GaussianKernel k) {
        return new TransientSetup(model, settings, k, regions, steps, dt, initialCurrents, initialVariance, inputs,
                switches, lagReferences, stride, window);
    }

    /** (g^mu)^2 per region: the default random part of the initial variance of the default scheme. */
    static double[] ownDisorderSquared(NetworkModel model) {
        double[] q = new double[model.regions()];
        for (int mu = 0; mu < q.length; mu++) {
            q[mu] = model.disorder(mu) * model.disorder(mu);
        }
        return q;
    }

    /** The stride of the stored two-time matrix: as set, or automatic (at most 1000 points per axis). */
    static int stride(DmftSettings s, int nt) {
        return s.twoTimeStride() > 0 ? s.twoTimeStride()
                : Math.max(1, (nt + AUTO_TWO_TIME_POINTS - 1) / AUTO_TWO_TIME_POINTS);
    }

    static int[] lagReferenceIndices(DmftSettings s, int nt) {
        double[] times = s.lagReferenceTimes();
        if (times == null) {
            // one third of the run (the paper's t0 = 41.65 for Nt = 2500, dt = 0.05) and the midpoint
            return new int[] {nt / 3, nt / 2};
        }
        return Arrays.stream(times).mapToInt(t -> (int) Math.min(nt - 1, Math.max(0, Math.round(t / s.dt()))))
                .distinct().toArray();
    }

    /** (g^{mu nu})^2 as a matrix, the weights of the correlations C^nu in region mu's source. */
    double[][] disorderWeights() {
        double[][] w = new double[regions][regions];
        for (int mu = 0; mu < regions; mu++) {
            for (int nu = 0; nu < regions; nu++) {
                w[mu][nu] = model.disorderWeight(mu, nu);
            }
        }
        return w;
    }

    /** Whether region mu's source involves only its own correlation. */
    boolean hasCrossDisorder() {
        for (int mu = 0; mu < regions; mu++) {
            for (int nu = 0; nu < regions; nu++) {
                if (mu != nu && model.disorderWeight(mu, nu) != 0.0) {
                    return true;
                }
            }
        }
        return false;
    }
}
