package org.mrdmft.figures;

import java.util.List;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.kernel.Kernels;
import org.mrdmft.model.Nonlinearity;
import org.mrdmft.stationary.RoutingBranches;
import org.mrdmft.stationary.StationaryBranch;

/**
 * The data of routing-phase (docs/FIGURES.md (routing-phase)): the phase diagram of one region that the paper
 * only cuts through. Plane 1, (g, b) for a region pinned by its pair loop b: chaos suppressed (static), chaos
 * with structure and pure chaos (no current), with the analytic boundaries g_c = (2 b^2 - 1)^(1/4) and the
 * A = 0 line. Plane 2, (a/b, g) at b = 2: the stronger of the self-loop a and the pair loop b pins the region,
 * so it self-generates for a &gt; b and transmits for a &lt; b, each until disorder turns it chaotic at the
 * thresholds of max(a, b).
 */
public final class RoutingPhase {
    /** The pair loop of the (a/b, g) plane. */
    public static final double AB_PAIR_LOOP = 2.0;
    /** The largest g of both planes. */
    public static final double MAX_DISORDER = 3.5;

    private RoutingPhase() {
    }

    /**
     * The knobs of routing-phase.
     *
     * @param disorderPoints g grid points on [0, 3.5] in both planes
     * @param loopPoints b grid points on [1.05, 3] (plane 1) and a/b grid points on [0, 2] (plane 2)
     */
    public record Options(int disorderPoints, int loopPoints) {
        /** 120 x 80. */
        public static Options quick() {
            return new Options(120, 80);
        }

        /** 300 x 200. */
        public static Options full() {
            return new Options(300, 200);
        }
    }

    /**
     * routing-phase's data. Phases are indexed [j][i]: j over the vertical grid (b, or a/b), i over g.
     *
     * @param disorder the g grid
     * @param pairLoops the b grid of plane 1
     * @param gbPhase plane 1's phase at (g_i, b_j)
     * @param chaosOnset g_c at each b of plane 1
     * @param pureChaosOnset the g of A = 0 at each b of plane 1
     * @param selfOverPair the a/b grid of plane 2 (b = {@link #AB_PAIR_LOOP})
     * @param abPhase plane 2's phase at (a/b_j, g_i), set by max(a, b)
     */
    public record Data(double[] disorder, double[] pairLoops, StationaryBranch[][] gbPhase, double[] chaosOnset,
                       double[] pureChaosOnset, double[] selfOverPair, StationaryBranch[][] abPhase) {
        public Data {
            disorder = disorder.clone();
            pairLoops = pairLoops.clone();
            gbPhase = copy(gbPhase);
            chaosOnset = chaosOnset.clone();
            pureChaosOnset = pureChaosOnset.clone();
            selfOverPair = selfOverPair.clone();
            abPhase = copy(abPhase);
        }

        @Override
        public double[] disorder() {
            return disorder.clone();
        }

        @Override
        public double[] pairLoops() {
            return pairLoops.clone();
        }

        @Override
        public StationaryBranch[][] gbPhase() {
            return copy(gbPhase);
        }

        @Override
        public double[] chaosOnset() {
            return chaosOnset.clone();
        }

        @Override
        public double[] pureChaosOnset() {
            return pureChaosOnset.clone();
        }

        @Override
        public double[] selfOverPair() {
            return selfOverPair.clone();
        }

        @Override
        public StationaryBranch[][] abPhase() {
            return copy(abPhase);
        }

        private static StationaryBranch[][] copy(StationaryBranch[][] phase) {
            StationaryBranch[][] out = new StationaryBranch[phase.length][];
            for (int j = 0; j < phase.length; j++) {
                out[j] = phase[j].clone();
            }
            return out;
        }

        /** Whether the region of plane 2's row j transmits (a &lt; b) rather than self-generates. */
        public boolean transmitting(int j) {
            return selfOverPair[j] * AB_PAIR_LOOP < AB_PAIR_LOOP;
        }

        /**
         * routing-phase-gb (g, b, phase code per grid point), routing-phase-gb-boundaries (b, g_c, A = 0 line) and
         * routing-phase-ab (a/b, g, phase code, transmitting 1/0); codes 0 chaos suppressed, 1 chaos with
         * structure, 2 pure chaos.
         */
        public List<DataTable> tables() {
            int ng = disorder.length;
            int nb = pairLoops.length;
            double[] gs = new double[ng * nb];
            double[] bs = new double[ng * nb];
            double[] label = new double[ng * nb];
            for (int j = 0; j < nb; j++) {
                for (int i = 0; i < ng; i++) {
                    gs[j * ng + i] = disorder[i];
                    bs[j * ng + i] = pairLoops[j];
                    label[j * ng + i] = gbPhase[j][i].ordinal();
                }
            }
            int nr = selfOverPair.length;
            double[] ratio = new double[ng * nr];
            double[] gr = new double[ng * nr];
            double[] phase = new double[ng * nr];
            double[] transmitting = new double[ng * nr];
            for (int j = 0; j < nr; j++) {
                for (int i = 0; i < ng; i++) {
                    ratio[j * ng + i] = selfOverPair[j];
                    gr[j * ng + i] = disorder[i];
                    phase[j * ng + i] = abPhase[j][i].ordinal();
                    transmitting[j * ng + i] = transmitting(j) ? 1.0 : 0.0;
                }
            }
            return List.of(DataTable.named("routing-phase-gb").column("g", gs).column("b", bs).column("phase", label)
                            .build(),
                    DataTable.named("routing-phase-gb-boundaries").column("b", pairLoops).column("chaosOnset", chaosOnset)
                            .column("pureChaosOnset", pureChaosOnset).build(),
                    DataTable.named("routing-phase-ab").column("a_over_b", ratio).column("g", gr).column("phase", phase)
                            .column("transmitting", transmitting).build());
        }
    }

    /** The quick data. */
    public static Data compute() {
        return compute(Options.quick());
    }

    /** The data with {@code options}, without progress. */
    public static Data compute(Options options) {
        return compute(options, ProgressListener.NONE);
    }

    /** Classifies both planes; {@code progress} counts grid rows (b, then a/b). */
    public static Data compute(Options options, ProgressListener progress) {
        RoutingBranches branches = new RoutingBranches(Kernels.forNonlinearity(Nonlinearity.ERF));
        int ng = options.disorderPoints();
        int nb = options.loopPoints();
        double[] g = new double[ng];
        for (int i = 0; i < ng; i++) {
            g[i] = MAX_DISORDER * i / (ng - 1);
        }
        double[] b = new double[nb];
        double[] onset = new double[nb];
        double[] pure = new double[nb];
        StationaryBranch[][] gb = new StationaryBranch[nb][ng];
        for (int j = 0; j < nb; j++) {
            b[j] = 1.05 + 1.95 * j / (nb - 1);
            onset[j] = branches.chaosOnset(b[j]);
            pure[j] = branches.pureChaosOnset(b[j]);
            for (int i = 0; i < ng; i++) {
                gb[j][i] = branches.routingState(b[j], g[i]).branch();
            }
            progress.onProgress(j + 1, 2L * nb);
        }
        double[] ratio = new double[nb];
        StationaryBranch[][] ab = new StationaryBranch[nb][ng];
        for (int j = 0; j < nb; j++) {
            ratio[j] = 2.0 * j / (nb - 1);
            double pinning = Math.max(ratio[j] * AB_PAIR_LOOP, AB_PAIR_LOOP);
            for (int i = 0; i < ng; i++) {
                ab[j][i] = branches.routingState(pinning, g[i]).branch();
            }
            progress.onProgress(nb + j + 1, 2L * nb);
        }
        return new Data(g, b, gb, onset, pure, ratio, ab);
    }
}
