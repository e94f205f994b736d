package org.mrdmft.simulation;

import java.util.SplittableRandom;
import org.mrdmft.failure.DivergenceException;

/**
 * The maximal Lyapunov exponent of one simulated network by tangent propagation (docs/NUMERICS.md, "Finite-N
 * Lyapunov exponent"). The tangent v of x obeys dv/dt = -v + W (phi'(h(t)) * v), W the full connectivity
 * (dense blocks g chi plus the rank-one channels m^{mu nu} n^{mu nu T} / N); inputs shift h but not the
 * tangent. It is stepped with Heun's second-order rule on the simulator's own grid, with the Jacobian taken at
 * both ends of the step: v* = v_k + dt A_k v_k, v_{k+1} = v_k + dt/2 (A_k v_k + A_{k+1} v*), two products with
 * W per step (RK4 needs four for the state). Every {@code renormalizeEvery} steps v is scaled back to unit
 * norm; after the transient the log of each scale factor is summed, lambda = sum / elapsed time, and each
 * region's share ||v^mu||^2 / ||v||^2 is averaged over the renormalisations.
 *
 * <p>Used as an {@link NetworkIntegration.Observer} that must see every step, in order.
 */
public final class TangentPropagation implements NetworkIntegration.Observer, AutoCloseable {
    private final SampledNetwork net;
    private final Activation activation;
    private final double dt;
    private final int renormalizeEvery;
    private final double transientTime;
    private final int n;
    private final int r;
    private final ParallelRange workers;
    private final RowProducts kernel = RowProducts.best();

    private final double[][] v;
    private final double[][] slope;
    private final double[][] k1;
    private final double[][] trial;
    private final double[][] k2;
    private final double[][] scaled;
    private final double[][] gathered;
    private boolean started;
    private int step;
    private double logGrowth;
    private double measuredTime;
    private final double[] shareSum;
    private int renormalisations;

    /**
     * @param net the simulated network
     * @param activation its nonlinearity
     * @param dt the simulator's time step
     * @param renormalizeEvery steps between renormalisations (&gt;= 1)
     * @param transientTime time before which growth is not counted
     * @param seed seed of the random initial tangent vector
     * @param threads worker threads (0 = all cores)
     */
    TangentPropagation(SampledNetwork net, Activation activation, double dt, int renormalizeEvery, double transientTime,
                       long seed, int threads) {
        if (renormalizeEvery < 1) {
            throw new IllegalArgumentException("renormalizeEvery must be >= 1, got " + renormalizeEvery);
        }
        this.net = net;
        this.activation = activation;
        this.dt = dt;
        this.renormalizeEvery = renormalizeEvery;
        this.transientTime = transientTime;
        this.n = net.neurons();
        this.r = net.regions();
        this.workers = new ParallelRange(threads);
        v = new double[r][n];
        slope = new double[r][n];
        k1 = new double[r][n];
        trial = new double[r][n];
        k2 = new double[r][n];
        scaled = new double[r][n];
        gathered = new double[net.blocks().size()][];
        for (int b = 0; b < gathered.length; b++) {
            gathered[b] = net.blocks().get(b).columnSource() != null ? new double[n] : null;
        }
        shareSum = new double[r];
        SplittableRandom random = new SplittableRandom(seed);
        for (double[] row : v) {
            for (int i = 0; i < n; i++) {
                row[i] = random.nextGaussian();
            }
        }
        normalise();
    }

    @Override
    public void observe(double time, double[][] currents, double[][] drives, double[] gain, double[] variance,
                        double[][] preactivation) {
        for (int mu = 0; mu < r; mu++) {
            double[] h = preactivation[mu];
            double[] d = slope[mu];
            for (int i = 0; i < n; i++) {
                d[i] = activation.slope(h[i]);
            }
        }
        if (started) {
            for (int mu = 0; mu < r; mu++) {
                for (int i = 0; i < n; i++) {
                    trial[mu][i] = v[mu][i] + dt * k1[mu][i];
                }
            }
            apply(trial, k2);
            for (int mu = 0; mu < r; mu++) {
                for (int i = 0; i < n; i++) {
                    v[mu][i] += 0.5 * dt * (k1[mu][i] + k2[mu][i]);
                }
            }
            step++;
            if (step % renormalizeEvery == 0) {
                renormalise(time);
            }
        }
        started = true;
        apply(v, k1);
    }

    /** Scales v to unit norm, counting the growth once the transient is over. */
    private void renormalise(double time) {
        double[] sq = new double[r];
        double total = 0;
        for (int mu = 0; mu < r; mu++) {
            double s = 0;
            for (double x : v[mu]) {
                s += x * x;
            }
            sq[mu] = s;
            total += s;
        }
        if (!(total > 0) || !Double.isFinite(total)) {
            throw new DivergenceException("the tangent vector's norm", 1, time, total,
                    "a smaller simulation.dt or simulation.lyapunovInterval");
        }
        if (time > transientTime + 1e-9 * dt) {
            logGrowth += 0.5 * Math.log(total);
            measuredTime += renormalizeEvery * dt;
            for (int mu = 0; mu < r; mu++) {
                shareSum[mu] += sq[mu] / total;
            }
            renormalisations++;
        }
        double f = 1 / Math.sqrt(total);
        for (double[] row : v) {
            for (int i = 0; i < n; i++) {
                row[i] *= f;
            }
        }
    }

    private void normalise() {
        double total = 0;
        for (double[] row : v) {
            for (double x : row) {
                total += x * x;
            }
        }
        double f = 1 / Math.sqrt(total);
        for (double[] row : v) {
            for (int i = 0; i < n; i++) {
                row[i] *= f;
            }
        }
    }

    /** out = A u = -u + W (phi'(h) * u) at the slopes of the current step. */
    private void apply(double[][] u, double[][] out) {
        for (int mu = 0; mu < r; mu++) {
            double[] a = u[mu];
            double[] d = slope[mu];
            double[] o = scaled[mu];
            for (int i = 0; i < n; i++) {
                o[i] = d[i] * a[i];
            }
        }
        double[][] channel = new double[r][r];
        for (int mu = 0; mu < r; mu++) {
            for (int nu = 0; nu < r; nu++) {
                channel[mu][nu] = DotProducts.dot(net.readOut()[mu][nu], scaled[nu], 0, n) / n;
            }
        }
        for (int b = 0; b < gathered.length; b++) {
            if (gathered[b] != null) {
                RandomBlock block = net.blocks().get(b);
                double[] src = scaled[block.source()];
                int[] map = block.columnSource();
                for (int k = 0; k < n; k++) {
                    gathered[b][k] = src[map[k]];
                }
            }
        }
        workers.forEach(n, (from, to) -> rows(from, to, u, channel, out));
    }

    private void rows(int from, int to, double[][] u, double[][] channel, double[][] out) {
        for (int mu = 0; mu < r; mu++) {
            double[] o = out[mu];
            double[] a = u[mu];
            for (int i = from; i < to; i++) {
                o[i] = -a[i];
            }
            for (int nu = 0; nu < r; nu++) {
                double c = channel[mu][nu];
                double[] m = net.landing()[mu][nu];
                for (int i = from; i < to; i++) {
                    o[i] += c * m[i];
                }
            }
        }
        for (int b = 0; b < gathered.length; b++) {
            RandomBlock block = net.blocks().get(b);
            double[] y = gathered[b] != null ? gathered[b] : scaled[block.source()];
            kernel.accumulate(block, y, out[block.target()], from, to);
        }
    }

    /**
     * The estimate so far.
     *
     * @return lambda and the mean shares, NaN when no renormalisation followed the transient
     */
    public LyapunovEstimate estimate() {
        double[] shares = new double[r];
        for (int mu = 0; mu < r; mu++) {
            shares[mu] = renormalisations > 0 ? shareSum[mu] / renormalisations : Double.NaN;
        }
        double lambda = measuredTime > 0 ? logGrowth / measuredTime : Double.NaN;
        return new LyapunovEstimate(lambda, shares, measuredTime, renormalisations);
    }

    @Override
    public void close() {
        workers.close();
    }
}
