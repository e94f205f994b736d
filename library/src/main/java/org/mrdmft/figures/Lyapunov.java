package org.mrdmft.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.simulation.SimulationSettings;

/**
 * The data of the lyapunov figure (docs/FIGURES.md (lyapunov)): how much routing suppresses chaos, measured by the
 * maximal Lyapunov exponent lambda rather than read off the autocorrelation.
 *
 * <p>(a) The companion of fig4a: lambda of a routing region against g for b = 1.5, 2, 2.5 next to the SCS exponent,
 * from the stationary DMFT ({@link LyapunovVsGain}); with {@code --full} also finite-N points: the routing region
 * is simulated as one region whose self-loop a = b pins its gain at 1/b as a pair loop b does (docs/MODEL.md
 * section 3), at four g per b (below g_c, two inside the band of chaos with structure, and in pure chaos).
 * (b) lambda across fig6's g1 for both tensors ({@link Fig6Lyapunov}).
 */
public final class Lyapunov {
    /** The g at which every b's routing region is in pure chaos (beyond each b's pure-chaos onset). */
    static final double PURE_CHAOS_G = 2.8;

    private Lyapunov() {
    }

    /**
     * The knobs.
     *
     * @param gain panel (a)'s theory curves
     * @param routing panel (a)'s simulations, null for none
     * @param fig6 panel (b)
     */
    public record Options(LyapunovVsGain.Options gain, SimulationSettings routing, Fig6Lyapunov.Options fig6) {
        /** Panel (a) theory only (51 g), panel (b) quick ({@link Fig6Lyapunov.Options#quick()}). */
        public static Options quick() {
            return new Options(LyapunovVsGain.Options.quick(), null, Fig6Lyapunov.Options.quick());
        }

        /**
         * Panel (a) on 251 g with finite-N points (N = 500, 4 draws, T = 200, burn-in 50), panel (b) full
         * ({@link Fig6Lyapunov.Options#full()}).
         */
        public static Options full() {
            return new Options(LyapunovVsGain.Options.full(), Fig6Lyapunov.settings(500, 4, 200, 50),
                    Fig6Lyapunov.Options.full());
        }
    }

    /**
     * A simulated routing region of panel (a).
     *
     * @param pairLoop b
     * @param disorder g
     * @param simulated the exponent measured on the simulated networks
     * @param theory the stationary DMFT's exponent of the same network: the larger of the region's exponent and the
     *     self-current's growth rate at its stable fixed point (NaN where there is none)
     */
    public record RoutingPoint(double pairLoop, double disorder, SimulatedExponent simulated, double theory) {
    }

    /**
     * The figure's numbers.
     *
     * @param gain panel (a)'s curves
     * @param routing panel (a)'s simulated points (empty in the quick figure)
     * @param routingSettings their simulation settings (null when none)
     * @param fig6 panel (b)
     */
    public record Data(LyapunovVsGain.Data gain, List<RoutingPoint> routing, SimulationSettings routingSettings,
                       Fig6Lyapunov.Data fig6) {
        public Data {
            routing = List.copyOf(routing);
        }

        /**
         * lyapunov-vs-gain, lyapunov-vs-gain-onsets,
         * lyapunov-vs-gain-simulated (b, g, lambda, se, lambda_theory, draws, N) and lyapunov-fig6.
         */
        public List<DataTable> tables() {
            List<DataTable> out = new ArrayList<>(gain.tables());
            int n = routing.size();
            double[][] c = new double[7][n];
            for (int i = 0; i < n; i++) {
                RoutingPoint p = routing.get(i);
                c[0][i] = p.pairLoop();
                c[1][i] = p.disorder();
                c[2][i] = p.simulated().exponent();
                c[3][i] = p.simulated().standardError();
                c[4][i] = p.theory();
                c[5][i] = p.simulated().exponents().length;
                c[6][i] = routingSettings.neurons();
            }
            out.add(DataTable.named("lyapunov-vs-gain-simulated").column("b", c[0]).column("g", c[1])
                    .column("lambda", c[2]).column("se", c[3]).column("lambda_theory", c[4]).column("draws", c[5])
                    .column("N", c[6]).build());
            out.add(fig6.table());
            return out;
        }

        /** lyapunov-sources: for every lambda column, where its numbers come from. */
        public TextTable sources() {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("lyapunov-vs-gain", "lambda_scs", "stationary DMFT: an isolated region of disorder g "
                    + "(SCS)"));
            for (double b : gain.pairLoops()) {
                rows.add(List.of("lyapunov-vs-gain", "lambda_routing_b" + b, "stationary DMFT: a routing region "
                        + "(gain pinned at 1/b while it carries current): static below g_c, chaotic with structure up "
                        + "to the pure-chaos onset, the SCS beyond"));
            }
            String sim = routingSettings == null ? "none in the quick figure" : String.format(Locale.ROOT,
                    "finite-N tangent propagation of one region with self-loop a = b, N = %d, mean and standard "
                    + "error over %d draws, T = %s (transient %s)", routingSettings.neurons(),
                    routingSettings.draws(), trim(routingSettings.duration()), trim(routingSettings.burnIn()));
            rows.add(List.of("lyapunov-vs-gain-simulated", "lambda", sim));
            rows.add(List.of("lyapunov-vs-gain-simulated", "lambda_theory", "stationary DMFT of the simulated "
                    + "network: the larger of the region's exponent and the self-current's growth rate"));
            rows.addAll(fig6.sources());
            return new TextTable("lyapunov-sources", List.of("table", "column", "source"), rows);
        }
    }

    /** The quick figure. */
    public static Data compute() {
        return compute(Options.quick(), ProgressListener.NONE);
    }

    /** Computes both panels; progress counts simulated networks (with one unit for the theory curves). */
    public static Data compute(Options options, ProgressListener progress) {
        List<double[]> points = new ArrayList<>();
        AtomicLong done = new AtomicLong();
        LyapunovVsGain.Data gain = LyapunovVsGain.compute(options.gain(), ProgressListener.NONE);
        if (options.routing() != null) {
            double[] loops = gain.pairLoops();
            for (int k = 0; k < loops.length; k++) {
                double gc = gain.chaosOnsets()[k];
                double pure = gain.pureChaosOnsets()[k];
                for (double g : new double[] {gc - 0.3, gc + 0.25 * (pure - gc), gc + 0.75 * (pure - gc),
                    PURE_CHAOS_G}) {
                    points.add(new double[] {loops[k], g});
                }
            }
        }
        long total = 1 + points.size() + options.fig6().simulations();
        progress.onProgress(done.incrementAndGet(), total);
        List<RoutingPoint> routing = points.parallelStream().map(p -> {
            NetworkModel model = routingRegion(p[0], p[1]);
            RoutingPoint point = new RoutingPoint(p[0], p[1], SimulatedExponent.of(model, options.routing()),
                    Fig6Lyapunov.stationary(model)[0]);
            progress.onProgress(done.incrementAndGet(), total);
            return point;
        }).toList();
        long before = done.get();
        Fig6Lyapunov.Data fig6 = Fig6Lyapunov.compute(options.fig6(),
                (d, t) -> progress.onProgress(before + d, total));
        return new Data(gain, routing, options.routing(), fig6);
    }

    /** One region of disorder g whose self-loop a = b pins its gain at 1/b (the routing region of fig4a). */
    public static NetworkModel routingRegion(double b, double g) {
        return NetworkModel.of(new double[] {g}, new double[][][] {{{b}}});
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
