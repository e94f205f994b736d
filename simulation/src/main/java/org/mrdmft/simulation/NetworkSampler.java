package org.mrdmft.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.mrdmft.failure.InvalidInputException;
import org.mrdmft.model.NetworkModel;

/**
 * Draws finite-N networks for a {@link NetworkModel} (docs/MODEL.md sections 1, 5, 6 and 8).
 *
 * <p>Per region nu, the read-outs {n^{mu nu}}_mu, landings {m^{nu rho}}_rho and (with inputs) the pattern
 * w^nu are drawn per neuron from one joint Gaussian with covariance
 * [[sigma_n^2 I, T_nu, V_nu], [T_nu^T, U^nu, 0], [V_nu^T, 0, 1]], (T_nu)[mu][rho] = T^{mu nu rho},
 * (V_nu)[mu] = V^{mu nu}; sigma_n^2 starts at 1 and is multiplied by 1.05 until the Cholesky factorisation
 * succeeds. Dense blocks g chi (chi i.i.d. N(0, 1/N)) are drawn only for nonzero disorder; with
 * {@code sharedMatrix} every block reads one N x N matrix through its own random row and column
 * permutations, which saves memory but correlates the disorder of different regions.
 *
 * <p>Every draw is reproducible: draw d of seed s always gives the same network, whatever else runs.
 *
 * @param model the network
 * @param neurons N per region (&gt;= 2)
 * @param sharedMatrix one shared random matrix instead of independent ones
 * @param precision how the dense blocks are stored: every entry is drawn in double and, for
 *                  {@link CouplingPrecision#SINGLE}, rounded to float, so a seed names the same network
 */
public record NetworkSampler(NetworkModel model, int neurons, boolean sharedMatrix, CouplingPrecision precision) {
    /** Factor by which sigma_n^2 is raised until the joint covariance is positive definite. */
    public static final double RAISE_FACTOR = 1.05;
    private static final int MAX_RAISES = 2000;
    /** Scale of the paper's initial condition x(0) = 2.5 sum_nu z^nu m^{mu nu} / sqrt(R). */
    public static final double INITIAL_SCALE = 2.5;

    /** A sampler of networks whose dense blocks are stored in double precision. */
    public NetworkSampler(NetworkModel model, int neurons, boolean sharedMatrix) {
        this(model, neurons, sharedMatrix, CouplingPrecision.DOUBLE);
    }

    public NetworkSampler {
        java.util.Objects.requireNonNull(precision, "precision");
        if (neurons < 2) {
            throw new InvalidInputException("simulation.neurons", "N must be >= 2, got " + neurons);
        }
        if (sharedMatrix && (long) neurons * neurons > Integer.MAX_VALUE - 8) {
            throw new InvalidInputException("simulation.neurons", "N = " + neurons + " is too large for one matrix");
        }
    }

    /** The number of dense N x N matrices a draw allocates. */
    public int denseMatrices() {
        int blocks = randomBlockCount();
        return sharedMatrix ? Math.min(blocks, 1) : blocks;
    }

    private int randomBlockCount() {
        int count = 0;
        for (int mu = 0; mu < model.regions(); mu++) {
            for (int nu = 0; nu < model.regions(); nu++) {
                count += model.disorderWeight(mu, nu) != 0.0 ? 1 : 0;
            }
        }
        return count;
    }

    /** Draw {@code draw} (0-based) of the networks seeded by {@code seed}. */
    public SampledNetwork sample(long seed, int draw) {
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom rng = root.split();
        for (int d = 0; d < draw; d++) {
            rng = root.split();
        }
        int r = model.regions();
        boolean inputs = model.inputs().isActive();
        double[][][] readOut = new double[r][r][];
        double[][][] landing = new double[r][r][];
        double[][] patterns = inputs ? new double[r][] : null;
        double[] sigma2 = new double[r];
        for (int nu = 0; nu < r; nu++) {
            sigma2[nu] = readOutVariance(nu);
            double[][] chol = choleskyFactor(covariance(nu, sigma2[nu]));
            drawRegionVectors(nu, chol, rng.split(), readOut, landing, patterns);
        }
        double[][] initial = new double[r][r];
        SplittableRandom initRng = rng.split();
        for (int nu = 0; nu < r; nu++) {
            double z = INITIAL_SCALE * initRng.nextGaussian() / Math.sqrt(r);
            for (int mu = 0; mu < r; mu++) {
                initial[mu][nu] = z;
            }
        }
        return new SampledNetwork(neurons, readOut, landing, patterns, drawBlocks(rng.split()), sigma2, initial,
                warnings(sigma2));
    }

    /** One note per region whose read-out variance had to be raised above 1 (the same for every draw). */
    public List<String> warnings() {
        double[] sigma2 = new double[model.regions()];
        for (int nu = 0; nu < sigma2.length; nu++) {
            sigma2[nu] = readOutVariance(nu);
        }
        return warnings(sigma2);
    }

    private static List<String> warnings(double[] sigma2) {
        List<String> out = new ArrayList<>();
        for (int nu = 0; nu < sigma2.length; nu++) {
            if (sigma2[nu] > 1.0) {
                out.add(String.format(java.util.Locale.ROOT,
                        "region %d: read-out variance sigma_n^2 raised to %.6g so that its overlaps are PSD",
                        nu + 1, sigma2[nu]));
            }
        }
        return out;
    }

    /** The read-out variance sigma_n^2 of region nu: 1, raised by factors 1.05 until the covariance is PD. */
    public double readOutVariance(int nu) {
        double s = 1.0;
        for (int k = 0; k < MAX_RAISES; k++) {
            if (choleskyFactor(covariance(nu, s)) != null) {
                return s;
            }
            s *= RAISE_FACTOR;
        }
        throw new InvalidInputException("overlaps", "the loading vectors of region " + (nu + 1)
                + " have no positive-definite covariance (is U^" + (nu + 1) + " positive definite, and are the "
                + "interactions of moderate size?)");
    }

    /** The joint covariance of (n^{. nu}, m^{nu .}[, w^nu]) for read-out variance s. */
    public double[][] covariance(int nu, double s) {
        int r = model.regions();
        boolean inputs = model.inputs().isActive();
        int d = 2 * r + (inputs ? 1 : 0);
        double[][] c = new double[d][d];
        for (int mu = 0; mu < r; mu++) {
            c[mu][mu] = s;
            for (int rho = 0; rho < r; rho++) {
                double t = model.interaction(mu, nu, rho);
                c[mu][r + rho] = t;
                c[r + rho][mu] = t;
                c[r + mu][r + rho] = model.overlap(nu, mu, rho);
            }
            if (inputs) {
                double v = model.inputs().overlap(mu, nu);
                c[mu][2 * r] = v;
                c[2 * r][mu] = v;
            }
        }
        if (inputs) {
            c[2 * r][2 * r] = 1.0;
        }
        return c;
    }

    /** Lower Cholesky factor, or null if the matrix is not (numerically) positive definite. */
    private static double[][] choleskyFactor(double[][] c) {
        int d = c.length;
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(d, true);
        if (!chol.decompose(new DMatrixRMaj(c))) {
            return null;
        }
        DMatrixRMaj l = chol.getT(null);
        double[][] out = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double v = l.get(i, j);
                if (!Double.isFinite(v) || (i == j && !(v > 0))) {
                    return null;
                }
                out[i][j] = v;
            }
        }
        return out;
    }

    private void drawRegionVectors(int nu, double[][] chol, SplittableRandom rng, double[][][] readOut,
                                   double[][][] landing, double[][] patterns) {
        int r = model.regions();
        int d = chol.length;
        double[][] v = new double[d][neurons];
        double[] z = new double[d];
        for (int i = 0; i < neurons; i++) {
            for (int k = 0; k < d; k++) {
                z[k] = rng.nextGaussian();
            }
            for (int k = 0; k < d; k++) {
                double s = 0;
                for (int l = 0; l <= k; l++) {
                    s += chol[k][l] * z[l];
                }
                v[k][i] = s;
            }
        }
        for (int mu = 0; mu < r; mu++) {
            readOut[mu][nu] = v[mu];
            landing[nu][mu] = v[r + mu];
        }
        if (patterns != null) {
            patterns[nu] = v[2 * r];
        }
    }

    private List<RandomBlock> drawBlocks(SplittableRandom rng) {
        List<RandomBlock> blocks = new ArrayList<>();
        List<int[]> independent = new ArrayList<>();
        List<SplittableRandom> streams = new ArrayList<>();
        Object shared = null;
        for (int mu = 0; mu < model.regions(); mu++) {
            for (int nu = 0; nu < model.regions(); nu++) {
                double g = mu == nu ? model.disorder(mu) : model.crossDisorder()[mu][nu];
                if (g == 0.0) {
                    continue;
                }
                SplittableRandom blockRng = rng.split();
                if (sharedMatrix) {
                    if (shared == null) {
                        shared = gaussianMatrix(blockRng);
                    }
                    blocks.add(block(mu, nu, g, shared, permutation(blockRng), permutation(blockRng)));
                } else {
                    independent.add(new int[] {mu, nu});
                    streams.add(blockRng);
                }
            }
        }
        if (!sharedMatrix) {
            // each block has its own stream, split above in a fixed order: filled on all cores, the same draw
            Object[] matrices = new Object[streams.size()];
            try (ParallelRange workers = new ParallelRange(0)) {
                workers.forEach(matrices.length, (from, to) -> {
                    for (int b = from; b < to; b++) {
                        matrices[b] = gaussianMatrix(streams.get(b));
                    }
                });
            }
            for (int b = 0; b < matrices.length; b++) {
                int mu = independent.get(b)[0];
                int nu = independent.get(b)[1];
                double g = mu == nu ? model.disorder(mu) : model.crossDisorder()[mu][nu];
                blocks.add(block(mu, nu, g, matrices[b], null, null));
            }
        }
        return blocks;
    }

    private static RandomBlock block(int mu, int nu, double g, Object matrix, int[] rowOf, int[] columnSource) {
        return matrix instanceof double[] d ? new RandomBlock(mu, nu, g, d, null, rowOf, columnSource)
                : new RandomBlock(mu, nu, g, null, (float[]) matrix, rowOf, columnSource);
    }

    /** N x N entries sd * z, z standard normal, drawn in double: a double[] or, in single precision, a float[]. */
    private Object gaussianMatrix(SplittableRandom rng) {
        int size = Math.multiplyExact(neurons, neurons);
        double sd = 1.0 / Math.sqrt(neurons);
        if (precision == CouplingPrecision.SINGLE) {
            float[] m = new float[size];
            for (int k = 0; k < size; k++) {
                m[k] = (float) (sd * rng.nextGaussian());
            }
            return m;
        }
        double[] m = new double[size];
        for (int k = 0; k < size; k++) {
            m[k] = sd * rng.nextGaussian();
        }
        return m;
    }

    private int[] permutation(SplittableRandom rng) {
        int[] p = new int[neurons];
        for (int i = 0; i < neurons; i++) {
            p[i] = i;
        }
        for (int i = neurons - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
