package org.mrdmft.simulation;

import org.mrdmft.simulation.SimulationScheme;
import org.mrdmft.model.NetworkModel;

/**
 * The time stepping of one sampled network (docs/MODEL.md sections 1 and 6):
 * dx^mu/dt = -x^mu + sum_nu g^{mu nu} chi^{mu nu} phi(h^nu) + sum_nu m^{mu nu} J^{mu nu},
 * J^{mu nu} = (1/N) n^{mu nu} . phi(h^nu), together with the filtered currents (1 + d/dt) S = J.
 *
 * <p>Inputs enter the preactivation directly, h^nu(t) = x^nu(t) + I^nu(t) w^nu, as in the DMFT, where the
 * input adds I(t) I(t') to the two-time function of x and psi V I to J (the gain-scaled drive; the authors'
 * unscaled variant has no network counterpart). Without inputs h = x.
 *
 * <p>Per right-hand side: the rates and the current dot products run over fixed blocks of neurons (partial
 * sums reduced in block order), the dense random blocks by {@link RowProducts} (SIMD when the JVM has the
 * Vector API); both are split over a fixed thread count, and no sum depends on how the work is split, so
 * results are identical for every thread count. The couplings may be stored in single precision
 * ({@link CouplingPrecision}); all sums are accumulated in double.
 */
public final class NetworkIntegration implements AutoCloseable {
    /** Neurons per block of the current dot products (fixed: the summation order must not depend on threads). */
    static final int DOT_BLOCK = 2048;

    /** Receives the measured state at the start of a step (or at {@link #measure}); arrays are reused. */
    @FunctionalInterface
    public interface Observer {
        /**
         * @param time t
         * @param currents S [R][R]
         * @param drives J [R][R]
         * @param gain &lt;phi'(h^mu)&gt; [R]
         * @param variance &lt;(h^mu)^2&gt; [R]
         * @param preactivation h [R][N]
         */
        void observe(double time, double[][] currents, double[][] drives, double[] gain, double[] variance,
                     double[][] preactivation);
    }

    private final SampledNetwork net;
    private final NetworkModel model;
    private final Activation activation;
    private final SimulationScheme scheme;
    private final double dt;
    private final int n;
    private final int r;
    private final boolean inputs;
    private final ParallelRange workers;
    private final RowProducts kernel = RowProducts.best();
    private final int dotBlocks;

    private final double[][] x;
    private final double[][] s;
    private final double[][][] kx;
    private final double[][][] ks;
    private final double[][] tmpX;
    private final double[][] tmpS;
    private final double[][] preact;
    private final double[][] rates;
    private final double[][] gathered;
    private final double[][] partial;
    private final double[] reduced;
    private final double[][] j;
    private final double[] amplitude;
    private final double[] gain;
    private final double[] variance;
    private double t;
    private long stepsDone;

    /**
     * Starts at t = 0 from x^mu(0) = sum_nu m^{mu nu} S^{mu nu}(0) with the network's initial currents.
     *
     * @param model the model the network was drawn from (nonlinearity and inputs)
     * @param net the sampled network
     * @param scheme RK4 or forward Euler
     * @param dt time step
     * @param threads worker threads (0 = all cores)
     */
    public NetworkIntegration(NetworkModel model, SampledNetwork net, SimulationScheme scheme, double dt,
                              int threads) {
        this.net = net;
        this.model = model;
        this.activation = new Activation(model.nonlinearity());
        this.scheme = scheme;
        this.dt = dt;
        this.n = net.neurons();
        this.r = net.regions();
        this.inputs = net.patterns() != null;
        this.workers = new ParallelRange(threads);
        this.dotBlocks = (n + DOT_BLOCK - 1) / DOT_BLOCK;
        if (!net.blocks().isEmpty()) {
            kernel.warmUp(net.blocks().get(0).precision());
        }
        int stages = scheme == SimulationScheme.RK4 ? 4 : 1;
        x = new double[r][n];
        s = new double[r][r];
        kx = new double[stages][r][n];
        ks = new double[stages][r][r];
        tmpX = stages > 1 ? new double[r][n] : null;
        tmpS = new double[r][r];
        preact = inputs ? new double[r][n] : null;
        rates = new double[r][n];
        gathered = new double[net.blocks().size()][];
        for (int b = 0; b < gathered.length; b++) {
            gathered[b] = net.blocks().get(b).columnSource() != null ? new double[n] : null;
        }
        partial = new double[dotBlocks][r * r + 2 * r];
        reduced = new double[r * r + 2 * r];
        j = new double[r][r];
        amplitude = new double[r];
        gain = new double[r];
        variance = new double[r];
        double[][] s0 = net.initialCurrents();
        for (int mu = 0; mu < r; mu++) {
            s[mu] = s0[mu].clone();
            for (int nu = 0; nu < r; nu++) {
                double c = s0[mu][nu];
                double[] m = net.landing()[mu][nu];
                for (int i = 0; i < n; i++) {
                    x[mu][i] += c * m[i];
                }
            }
        }
    }

    /** Current time. */
    public double time() {
        return t;
    }

    /** Worker threads in use. */
    public int threads() {
        return workers.threads();
    }

    /** Evaluates the state at the current time and hands it to {@code observer} without stepping. */
    public void measure(Observer observer) {
        rhs(t, x, s, kx[0], ks[0], true);
        observer.observe(t, s, j, gain, variance, inputs ? preact : x);
    }

    /** Advances one step dt; {@code observer} (may be null) sees the state at the start of the step. */
    public void step(Observer observer) {
        rhs(t, x, s, kx[0], ks[0], observer != null);
        if (observer != null) {
            observer.observe(t, s, j, gain, variance, inputs ? preact : x);
        }
        if (scheme == SimulationScheme.EULER) {
            axpy(x, s, dt, kx[0], ks[0], x, s);
        } else {
            double h = dt / 2;
            axpy(x, s, h, kx[0], ks[0], tmpX, tmpS);
            rhs(t + h, tmpX, tmpS, kx[1], ks[1], false);
            axpy(x, s, h, kx[1], ks[1], tmpX, tmpS);
            rhs(t + h, tmpX, tmpS, kx[2], ks[2], false);
            axpy(x, s, dt, kx[2], ks[2], tmpX, tmpS);
            rhs(t + dt, tmpX, tmpS, kx[3], ks[3], false);
            combineRk4();
        }
        stepsDone++;
        t = stepsDone * dt;
    }

    /** out = base + a * k, elementwise over neurons (split over threads) and currents. */
    private void axpy(double[][] baseX, double[][] baseS, double a, double[][] k, double[][] kS,
                      double[][] outX, double[][] outS) {
        workers.forEach(n, (from, to) -> {
            for (int mu = 0; mu < r; mu++) {
                double[] b = baseX[mu];
                double[] d = k[mu];
                double[] o = outX[mu];
                for (int i = from; i < to; i++) {
                    o[i] = b[i] + a * d[i];
                }
            }
        });
        for (int mu = 0; mu < r; mu++) {
            for (int nu = 0; nu < r; nu++) {
                outS[mu][nu] = baseS[mu][nu] + a * kS[mu][nu];
            }
        }
    }

    private void combineRk4() {
        double w = dt / 6;
        workers.forEach(n, (from, to) -> {
            for (int mu = 0; mu < r; mu++) {
                double[] o = x[mu];
                double[] k1 = kx[0][mu];
                double[] k2 = kx[1][mu];
                double[] k3 = kx[2][mu];
                double[] k4 = kx[3][mu];
                for (int i = from; i < to; i++) {
                    o[i] += w * (k1[i] + 2 * (k2[i] + k3[i]) + k4[i]);
                }
            }
        });
        for (int mu = 0; mu < r; mu++) {
            for (int nu = 0; nu < r; nu++) {
                s[mu][nu] += w * (ks[0][mu][nu] + 2 * (ks[1][mu][nu] + ks[2][mu][nu]) + ks[3][mu][nu]);
            }
        }
    }

    /** dx, dS at (time, xs, ss); leaves J in {@code j} and, when measuring, gain and variance. */
    private void rhs(double time, double[][] xs, double[][] ss, double[][] dx, double[][] dS, boolean measuring) {
        if (inputs) {
            model.inputs().amplitudeAt(time, amplitude);
        }
        double[][] h = inputs ? preact : xs;
        workers.forEach(dotBlocks, (b0, b1) -> {
            for (int b = b0; b < b1; b++) {
                blockCurrents(b, xs, h, measuring);
            }
        });
        reduceCurrents(measuring);
        for (int b = 0; b < gathered.length; b++) {
            if (gathered[b] != null) {
                RandomBlock block = net.blocks().get(b);
                double[] src = rates[block.source()];
                int[] map = block.columnSource();
                double[] y = gathered[b];
                for (int k = 0; k < n; k++) {
                    y[k] = src[map[k]];
                }
            }
        }
        workers.forEach(n, (from, to) -> rows(from, to, xs, dx));
        for (int mu = 0; mu < r; mu++) {
            for (int nu = 0; nu < r; nu++) {
                dS[mu][nu] = j[mu][nu] - ss[mu][nu];
            }
        }
    }

    private void blockCurrents(int b, double[][] xs, double[][] h, boolean measuring) {
        int lo = b * DOT_BLOCK;
        int hi = Math.min(n, lo + DOT_BLOCK);
        double[] p = partial[b];
        for (int nu = 0; nu < r; nu++) {
            if (inputs) {
                double a = amplitude[nu];
                double[] w = net.patterns()[nu];
                double[] xn = xs[nu];
                double[] hn = h[nu];
                for (int i = lo; i < hi; i++) {
                    hn[i] = xn[i] + a * w[i];
                }
            }
            activation.rates(h[nu], rates[nu], lo, hi);
            for (int mu = 0; mu < r; mu++) {
                p[mu * r + nu] = DotProducts.dot(net.readOut()[mu][nu], rates[nu], lo, hi);
            }
            if (measuring) {
                double g = 0;
                double v = 0;
                double[] hn = h[nu];
                for (int i = lo; i < hi; i++) {
                    g += activation.slope(hn[i]);
                    v += hn[i] * hn[i];
                }
                p[r * r + nu] = g;
                p[r * r + r + nu] = v;
            }
        }
    }

    private void reduceCurrents(boolean measuring) {
        int width = measuring ? r * r + 2 * r : r * r;
        double[] sum = reduced;
        java.util.Arrays.fill(sum, 0.0);
        for (double[] p : partial) {
            for (int k = 0; k < width; k++) {
                sum[k] += p[k];
            }
        }
        for (int mu = 0; mu < r; mu++) {
            for (int nu = 0; nu < r; nu++) {
                j[mu][nu] = sum[mu * r + nu] / n;
            }
        }
        if (measuring) {
            for (int nu = 0; nu < r; nu++) {
                gain[nu] = sum[r * r + nu] / n;
                variance[nu] = sum[r * r + r + nu] / n;
            }
        }
    }

    /** dx for neurons [from, to) of every region: leak, rank-one channels, then the dense blocks. */
    private void rows(int from, int to, double[][] xs, double[][] dx) {
        for (int mu = 0; mu < r; mu++) {
            double[] d = dx[mu];
            double[] xm = xs[mu];
            for (int i = from; i < to; i++) {
                d[i] = -xm[i];
            }
            for (int nu = 0; nu < r; nu++) {
                double c = j[mu][nu];
                double[] m = net.landing()[mu][nu];
                for (int i = from; i < to; i++) {
                    d[i] += c * m[i];
                }
            }
        }
        for (int b = 0; b < gathered.length; b++) {
            RandomBlock block = net.blocks().get(b);
            double[] y = gathered[b] != null ? gathered[b] : rates[block.source()];
            kernel.accumulate(block, y, dx[block.target()], from, to);
        }
    }

    @Override
    public void close() {
        workers.close();
    }
}
