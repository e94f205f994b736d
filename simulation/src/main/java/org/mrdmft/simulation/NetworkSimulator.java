package org.mrdmft.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mrdmft.simulation.SimulationSettings;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.failure.DivergenceException;
import org.mrdmft.failure.InvalidInputException;
import org.mrdmft.model.MemoryEstimate;
import org.mrdmft.model.NetworkModel;

/**
 * Finite-N simulation of a multiregion network (docs/MODEL.md section 8), the check of the DMFT: draws
 * {@code settings.draws()} networks with {@link NetworkSampler}, integrates each with
 * {@link NetworkIntegration} and records, every {@code recordEvery} steps, the filtered and instantaneous
 * currents, the empirical gains and variances and the first neurons' traces; after the burn-in it keeps
 * the activity of up to {@link #TRACKED_NEURONS} neurons per region for the FFT autocorrelation and (of
 * up to {@link #DIMENSION_NEURONS} of them) the participation-ratio dimension.
 *
 * <p>Memory is estimated before anything is allocated; a run that would not fit into this JVM's heap is
 * refused with an {@link InvalidInputException}; a draw whose recorded state becomes non-finite stops with a
 * {@link DivergenceException} instead of returning NaN.
 */
public final class NetworkSimulator {
    /** Neurons per region whose traces are recorded. */
    public static final int TRACE_NEURONS = 20;
    /** Neurons per region kept after the burn-in for the autocorrelation. */
    public static final int TRACKED_NEURONS = 2000;
    /** Neurons per region entering the participation ratio. */
    public static final int DIMENSION_NEURONS = 500;

    private final NetworkModel model;
    private final SimulationSettings settings;
    private final NetworkSampler sampler;

    /** @throws InvalidInputException for impossible times, or if the run would not fit into memory */
    public NetworkSimulator(NetworkModel model, SimulationSettings settings) {
        if (!(settings.dt() > 0 && Double.isFinite(settings.dt()))) {
            throw new InvalidInputException("simulation.dt", "must be finite and > 0, got " + settings.dt());
        }
        if (!(settings.duration() > settings.dt() && Double.isFinite(settings.duration()))) {
            throw new InvalidInputException("simulation.duration", "must be finite and > simulation.dt = "
                    + settings.dt() + ", got " + settings.duration());
        }
        if (!(settings.burnIn() >= 0 && settings.burnIn() < settings.duration())) {
            throw new InvalidInputException("simulation.burnIn", "must lie in [0, duration), got "
                    + settings.burnIn());
        }
        this.model = model;
        this.settings = settings;
        this.sampler = new NetworkSampler(model, settings.neurons(), settings.sharedMatrix(), settings.precision());
        requireMemory(Runtime.getRuntime().maxMemory());
    }

    /** The sampler of the network draws. */
    public NetworkSampler sampler() {
        return sampler;
    }

    /** Number of recorded time points, including t = 0. */
    public int recordedSteps() {
        return settings.steps() / settings.recordEvery() + 1;
    }

    /** Index of the first recorded point at or after the burn-in. */
    private int firstTrackedRecord() {
        double step = settings.dt() * settings.recordEvery();
        return (int) Math.ceil(settings.burnIn() / step - 1e-9);
    }

    /** Bytes a run needs: dense matrices, loading vectors, integration buffers and recordings. */
    public long estimateBytes() {
        return (long) Math.min(memoryEstimate().bytes(), Long.MAX_VALUE);
    }

    /**
     * The memory a run needs, naming the key to blame: {@code simulation.neurons} when the network of a draw
     * (dense N x N blocks, per-neuron vectors, integration buffers) dominates, {@code simulation.duration}
     * when the recordings (every {@code recordEvery} steps, of every draw, and the tracked activity after the
     * burn-in) do.
     */
    public MemoryEstimate memoryEstimate() {
        double n = settings.neurons();
        double r = model.regions();
        double network = (double) settings.precision().bytesPerEntry() * sampler.denseMatrices() * n * n;
        network += 8.0 * r * (2 * r + 1) * n;
        network += 8.0 * r * n * (settings.scheme() == SimulationScheme.RK4 ? 9 : 5);
        network += settings.sharedMatrix() ? 8.0 * r * r * n : 0;
        network += settings.lyapunov() ? 8.0 * r * n * 6 : 0; // tangent vector and its Heun buffers
        // from duration / dt, not steps(), which saturates at Integer.MAX_VALUE
        double rec = Math.floor(Math.rint(settings.duration() / settings.dt()) / settings.recordEvery()) + 1;
        double firstTracked = Math.ceil(settings.burnIn() / (settings.dt() * settings.recordEvery()) - 1e-9);
        double tracked = Math.min(n, TRACKED_NEURONS);
        double recordings = 8.0 * r * tracked * Math.max(0, rec - firstTracked);
        double perRecord = 8.0 * r * Math.min(n, TRACE_NEURONS) // traces, and copies of S, J, psi, Delta
                + 2 * MemoryEstimate.matrix(r, r) + 2 * MemoryEstimate.doubles(r) + 4 * 4.0;
        recordings += rec * perRecord * settings.draws();
        double total = network + recordings;
        if (network >= recordings) {
            return new MemoryEstimate("simulation.neurons", "N = " + settings.neurons() + " neurons per region",
                    total, String.format(Locale.ROOT, "%d dense N x N block%s (%s precision) and the state of %.0f regions",
                            sampler.denseMatrices(), sampler.denseMatrices() == 1 ? "" : "s",
                            settings.precision().configName(), r),
                    "fewer simulation.neurons"
                            + (settings.precision() == CouplingPrecision.DOUBLE ? ", simulation.precision: single" : "")
                            + (settings.sharedMatrix() ? "" : " or simulation.sharedMatrix: true"));
        }
        return new MemoryEstimate("simulation.duration", String.format(Locale.ROOT,
                "a duration of %s (%.0f recorded points of %d draw%s)", MemoryEstimate.number(settings.duration()),
                rec, settings.draws(),
                settings.draws() == 1 ? "" : "s"), total, "recorded currents, traces and tracked activity",
                "a shorter simulation.duration or a larger simulation.recordEvery");
    }

    /**
     * Refuses settings whose estimated memory exceeds {@code maxHeap} minus a headroom, or whose N x N
     * matrix would not fit into one Java array.
     *
     * @throws InvalidInputException naming the key to blame ({@link #memoryEstimate()})
     */
    public void requireMemory(long maxHeap) {
        memoryEstimate().requireFits(maxHeap);
        boolean tooLargeArray = sampler.denseMatrices() > 0
                && (long) settings.neurons() * settings.neurons() > Integer.MAX_VALUE - 8;
        if (tooLargeArray) {
            throw new InvalidInputException("simulation.neurons", "N = " + settings.neurons()
                    + " is too large for one N x N matrix (N^2 must stay below 2^31)");
        }
    }

    /** Simulates every draw in order. */
    public List<SimulationResult> run(ProgressListener progress) {
        List<SimulationResult> out = new ArrayList<>();
        for (int d = 0; d < settings.draws(); d++) {
            out.add(run(sampler.sample(settings.seed(), d), d, progress));
        }
        return out;
    }

    /** Simulates one sampled network; progress counts steps over all draws. */
    public SimulationResult run(SampledNetwork net, int draw, ProgressListener progress) {
        long start = System.nanoTime();
        int steps = settings.steps();
        int every = settings.recordEvery();
        Recorder rec = new Recorder(model.regions(), settings.neurons(), recordedSteps(), firstTrackedRecord());
        long total = (long) steps * settings.draws();
        long reportEvery = Math.max(1, steps / 200);
        LyapunovEstimate lyapunov = null;
        try (NetworkIntegration integration = new NetworkIntegration(model, net, settings.scheme(), settings.dt(),
                settings.threads());
             TangentPropagation tangent = settings.lyapunov() ? tangent(net, draw) : null) {
            NetworkIntegration.Observer both = tangent == null ? rec : both(rec, tangent);
            for (int k = 0; k < steps; k++) {
                integration.step(k % every == 0 ? both : tangent);
                if (k % reportEvery == 0) {
                    progress.onProgress((long) draw * steps + k, total);
                }
            }
            if (steps % every == 0) {
                integration.measure(both);
            } else if (tangent != null) {
                integration.measure(tangent);
            }
            lyapunov = tangent == null ? null : tangent.estimate();
        }
        progress.onProgress((long) (draw + 1) * steps, total);
        double[][] autocorrelation = new double[model.regions()][];
        double[] dimension = new double[model.regions()];
        // one region per task, each writing its own slots: the same numbers for every thread count
        try (ParallelRange workers = new ParallelRange(settings.threads())) {
            workers.forEach(model.regions(), (from, to) -> {
                for (int mu = from; mu < to; mu++) {
                    double[][] series = rec.tracked[mu];
                    int len = series[0].length;
                    autocorrelation[mu] = len > 0 ? Autocorrelation.average(series, len / 2) : new double[0];
                    int p = Math.min(series.length, DIMENSION_NEURONS);
                    dimension[mu] = len > 1 ? ParticipationRatio.of(java.util.Arrays.copyOf(series, p)) : Double.NaN;
                }
            });
        }
        return new SimulationResult(settings.scheme(), settings.dt(), settings.dt() * every, rec.currents,
                rec.drives, rec.gain, rec.variance, autocorrelation, settings.burnIn(), dimension, rec.traces,
                net.readOutVariance(), net.warnings(), (System.nanoTime() - start) / 1e9, lyapunov);
    }

    /** The tangent propagation of one draw: transient = burn-in, its own seed per draw. */
    private TangentPropagation tangent(SampledNetwork net, int draw) {
        long seed = new java.util.SplittableRandom(settings.seed() ^ 0x4c59_4150_554eL).split().nextLong() + draw;
        return new TangentPropagation(net, new Activation(model.nonlinearity()), settings.dt(),
                settings.lyapunovSteps(), settings.burnIn(), seed, settings.threads());
    }

    private static NetworkIntegration.Observer both(NetworkIntegration.Observer a, NetworkIntegration.Observer b) {
        return (time, s, j, psi, delta, h) -> {
            a.observe(time, s, j, psi, delta, h);
            b.observe(time, s, j, psi, delta, h);
        };
    }

    /** What to try when a simulated network diverges. */
    static final String DIVERGENCE_SUGGESTION = "a smaller simulation.dt (or simulation.scheme: rk4), "
            + "or disorder and interaction strengths of order 1";

    /** Stops a draw at the first recorded state with a non-finite variance or current (R^2 + R numbers). */
    private static void requireFinite(double time, double[][] s, double[] delta) {
        for (int mu = 0; mu < delta.length; mu++) {
            if (!Double.isFinite(delta[mu])) {
                throw new DivergenceException("the simulated variance <x^2>", mu + 1, time, delta[mu],
                        DIVERGENCE_SUGGESTION);
            }
            for (int nu = 0; nu < delta.length; nu++) {
                if (!Double.isFinite(s[mu][nu])) {
                    throw new DivergenceException("the simulated current S^{" + (mu + 1) + (nu + 1) + "}", mu + 1,
                            time, s[mu][nu], DIVERGENCE_SUGGESTION);
                }
            }
        }
    }

    /** Copies each observed state into the recordings. */
    private static final class Recorder implements NetworkIntegration.Observer {
        final double[][][] currents;
        final double[][][] drives;
        final double[][] gain;
        final double[][] variance;
        final double[][][] traces;
        final double[][][] tracked;
        final int firstTracked;
        int k;

        Recorder(int r, int n, int records, int firstTracked) {
            currents = new double[records][][];
            drives = new double[records][][];
            gain = new double[records][];
            variance = new double[records][];
            traces = new double[r][Math.min(n, TRACE_NEURONS)][records];
            this.firstTracked = Math.min(firstTracked, records);
            tracked = new double[r][Math.min(n, TRACKED_NEURONS)][records - this.firstTracked];
        }

        @Override
        public void observe(double time, double[][] s, double[][] j, double[] psi, double[] delta, double[][] h) {
            requireFinite(time, s, delta);
            currents[k] = org.mrdmft.model.Arrays2.copy(s);
            drives[k] = org.mrdmft.model.Arrays2.copy(j);
            gain[k] = psi.clone();
            variance[k] = delta.clone();
            for (int mu = 0; mu < traces.length; mu++) {
                for (int i = 0; i < traces[mu].length; i++) {
                    traces[mu][i][k] = h[mu][i];
                }
                if (k >= firstTracked) {
                    for (int i = 0; i < tracked[mu].length; i++) {
                        tracked[mu][i][k - firstTracked] = h[mu][i];
                    }
                }
            }
            k++;
        }
    }
}
