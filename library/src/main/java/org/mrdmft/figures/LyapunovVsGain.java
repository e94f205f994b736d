package org.mrdmft.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.kernel.GaussianKernel;
import org.mrdmft.kernel.Kernels;
import org.mrdmft.model.Nonlinearity;
import org.mrdmft.stationary.RegionLyapunov;
import org.mrdmft.stationary.RegionState;
import org.mrdmft.stationary.RegionStationarySolver;
import org.mrdmft.stationary.RoutingBranches;
import org.mrdmft.stationary.StationaryBranch;
import org.mrdmft.stationary.StationaryLyapunov;

/**
 * The companion of fig4a: how much routing suppresses chaos. The maximal Lyapunov exponent from the stationary
 * DMFT (docs/MODEL.md section 10) of one routing region pinned at psi = 1/b against its disorder g, for several
 * pair loops b, next to the SCS exponent of an isolated region of the same g. Below the chaos onset g_c the
 * routing region is static (negative exponent, 0 at g_c); between g_c and the pure-chaos onset it is chaotic
 * with structure, with a smaller exponent than the SCS; beyond, it carries no current and is the SCS.
 * Stationary theory only (erf).
 */
public final class LyapunovVsGain {
    private LyapunovVsGain() {
    }

    /**
     * The knobs.
     *
     * @param pairLoops the pair loops b, one curve each
     * @param points the g grid points on [minDisorder, maxDisorder]
     * @param minDisorder the smallest g
     * @param maxDisorder the largest g
     */
    public record Options(double[] pairLoops, int points, double minDisorder, double maxDisorder) {
        public Options {
            pairLoops = pairLoops.clone();
            if (points < 2 || !(maxDisorder > minDisorder) || !(minDisorder >= 0)) {
                throw new IllegalArgumentException("need points >= 2 and 0 <= minDisorder < maxDisorder");
            }
        }

        /** b = 1.5, 2, 2.5 on 51 points of g in [0.5, 3]. */
        public static Options quick() {
            return new Options(new double[] {1.5, 2.0, 2.5}, 51, 0.5, 3.0);
        }

        /** b = 1.5, 2, 2.5 on 251 points of g in [0.5, 3]. */
        public static Options full() {
            return new Options(new double[] {1.5, 2.0, 2.5}, 251, 0.5, 3.0);
        }

        @Override
        public double[] pairLoops() {
            return pairLoops.clone();
        }
    }

    /**
     * The curves.
     *
     * @param disorder the g grid
     * @param scs the SCS exponent per g
     * @param pairLoops the b of each routing curve
     * @param routing per b, the routing region's exponent per g
     * @param chaoticWithStructure per b, whether the routing region is on the chaotic branch with structure
     * @param chaosOnsets per b, g_c
     * @param pureChaosOnsets per b, the g beyond which the region is the SCS
     */
    public record Data(double[] disorder, double[] scs, double[] pairLoops, List<double[]> routing,
                       List<boolean[]> chaoticWithStructure, double[] chaosOnsets, double[] pureChaosOnsets) {
        public Data {
            disorder = disorder.clone();
            scs = scs.clone();
            pairLoops = pairLoops.clone();
            routing = List.copyOf(routing);
            chaoticWithStructure = List.copyOf(chaoticWithStructure);
        }

        @Override
        public double[] disorder() {
            return disorder.clone();
        }

        @Override
        public double[] scs() {
            return scs.clone();
        }

        /** lyapunov-vs-gain (g, lambda_scs, per b lambda and the branch flag) and lyapunov-vs-gain-onsets. */
        public List<DataTable> tables() {
            DataTable.Builder main = DataTable.named("lyapunov-vs-gain").column("g", disorder)
                    .column("lambda_scs", scs);
            for (int k = 0; k < pairLoops.length; k++) {
                double b = pairLoops[k];
                main.column("lambda_routing_b" + b, routing.get(k))
                        .column("chaoticWithStructure_b" + b, chaoticWithStructure.get(k));
            }
            DataTable onsets = DataTable.named("lyapunov-vs-gain-onsets").column("b", pairLoops)
                    .column("chaosOnset", chaosOnsets).column("pureChaosOnset", pureChaosOnsets).build();
            return List.of(main.build(), onsets);
        }
    }

    /** The quick data. */
    public static Data compute() {
        return compute(Options.quick(), ProgressListener.NONE);
    }

    /** Solves the states and their tangent operators, one progress step per g. */
    public static Data compute(Options options, ProgressListener progress) {
        GaussianKernel kernel = Kernels.forNonlinearity(Nonlinearity.ERF);
        RoutingBranches branches = new RoutingBranches(kernel);
        RegionStationarySolver states = new RegionStationarySolver(kernel);
        StationaryLyapunov lyapunov = new StationaryLyapunov(kernel);
        Map<RegionState, RegionLyapunov> solved = new HashMap<>();
        int n = options.points();
        double[] loops = options.pairLoops();
        double[] g = new double[n];
        double[] scs = new double[n];
        List<double[]> routing = new ArrayList<>();
        List<boolean[]> chaotic = new ArrayList<>();
        for (int k = 0; k < loops.length; k++) {
            routing.add(new double[n]);
            chaotic.add(new boolean[n]);
        }
        for (int i = 0; i < n; i++) {
            g[i] = options.minDisorder() + (options.maxDisorder() - options.minDisorder()) * i / (n - 1);
            scs[i] = solved.computeIfAbsent(states.scs(g[i]), lyapunov::solve).exponent();
            for (int k = 0; k < loops.length; k++) {
                RegionState s = branches.routingState(loops[k], g[i]);
                routing.get(k)[i] = solved.computeIfAbsent(s, lyapunov::solve).exponent();
                chaotic.get(k)[i] = s.branch() == StationaryBranch.CHAOTIC;
            }
            progress.onProgress(i + 1, n);
        }
        double[] onsets = new double[loops.length];
        double[] pure = new double[loops.length];
        for (int k = 0; k < loops.length; k++) {
            onsets[k] = branches.chaosOnset(loops[k]);
            pure[k] = branches.pureChaosOnset(loops[k]);
        }
        return new Data(g, scs, loops, routing, chaotic, onsets, pure);
    }
}
