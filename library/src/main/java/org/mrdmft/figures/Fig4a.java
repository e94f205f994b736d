package org.mrdmft.figures;

import java.util.ArrayList;
import java.util.List;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.kernel.GaussianKernel;
import org.mrdmft.kernel.Kernels;
import org.mrdmft.model.Nonlinearity;
import org.mrdmft.stationary.RoutingBranches;
import org.mrdmft.stationary.RoutingCurves;

/**
 * The data of fig4a (docs/FIGURES.md (fig4a)): sqrt(A) of one routing region pinned at psi = 1/b against its
 * disorder g, for several pair loops b: the static branch with its stability (lost at the chaos onset
 * g_c = (2 b^2 - 1)^(1/4)) and the chaotic branch down to A = 0. Stationary theory only, in about a second.
 */
public final class Fig4a {
    private Fig4a() {
    }

    /**
     * The knobs of fig4a.
     *
     * @param pairLoops the pair loops b, one curve each
     * @param points the g grid points on [0, maxDisorder]
     * @param maxDisorder the largest g
     */
    public record Options(double[] pairLoops, int points, double maxDisorder) {
        public Options {
            pairLoops = pairLoops.clone();
        }

        /** b = 1.5, 2, 2.5 on 2500 points of g in [0, 3] (the published figure). */
        public static Options quick() {
            return new Options(new double[] {1.5, 2.0, 2.5}, 2500, 3.0);
        }

        /** The same as {@link #quick()}: the figure is cheap at the published resolution. */
        public static Options full() {
            return quick();
        }

        @Override
        public double[] pairLoops() {
            return pairLoops.clone();
        }
    }

    /**
     * fig4a's data.
     *
     * @param disorder the g grid
     * @param curves per pair loop b: D0, g_c, the static branch sqrt(A) and its stability, the chaotic branch
     * @param rootAAtOnset per b: sqrt(A) of the static branch at g_c, sqrt(D0 - g_c^2 C(D0, D0, D0))
     */
    public record Data(double[] disorder, List<RoutingCurves> curves, double[] rootAAtOnset) {
        public Data {
            disorder = disorder.clone();
            curves = List.copyOf(curves);
            rootAAtOnset = rootAAtOnset.clone();
        }

        @Override
        public double[] disorder() {
            return disorder.clone();
        }

        @Override
        public double[] rootAAtOnset() {
            return rootAAtOnset.clone();
        }

        /** The pair loops b in order. */
        public double[] pairLoops() {
            return curves.stream().mapToDouble(RoutingCurves::pairLoop).toArray();
        }

        /** The chaos onsets g_c in order. */
        public double[] chaosOnsets() {
            return curves.stream().mapToDouble(RoutingCurves::chaosOnset).toArray();
        }

        /** fig4a (g and per b four columns) and fig4a-onsets (b, g_c, sqrt(A) there). */
        public List<DataTable> tables() {
            DataTable.Builder main = DataTable.named("fig4a").column("g", disorder);
            for (RoutingCurves c : curves) {
                double b = c.pairLoop();
                main.column("sqrtA_static_b" + b, c.staticRootA()).column("stable_static_b" + b, c.staticStable())
                        .column("sqrtA_chaotic_b" + b, c.chaoticRootA())
                        .column("deltaInf_chaotic_b" + b, c.chaoticDeltaInf());
            }
            DataTable onsets = DataTable.named("fig4a-onsets").column("b", pairLoops())
                    .column("chaosOnset", chaosOnsets()).column("sqrtA_at_onset", rootAAtOnset).build();
            return List.of(main.build(), onsets);
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

    /** Solves the branches; it takes about a second and reports no progress. */
    public static Data compute(Options options, ProgressListener progress) {
        GaussianKernel kernel = Kernels.forNonlinearity(Nonlinearity.ERF);
        RoutingBranches branches = new RoutingBranches(kernel);
        int n = options.points();
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = options.maxDisorder() * i / (n - 1);
        }
        double[] loops = options.pairLoops();
        List<RoutingCurves> curves = new ArrayList<>();
        double[] onsetA = new double[loops.length];
        for (int k = 0; k < loops.length; k++) {
            RoutingCurves c = branches.curves(loops[k], g);
            curves.add(c);
            double d0 = c.delta0();
            double gc = c.chaosOnset();
            // the static A at the onset is D0 minus the disorder's source g_c^2 C(D0, D0, D0)
            onsetA[k] = Math.sqrt(d0 - gc * gc * kernel.correlation(d0, d0, d0));
        }
        return new Data(g, curves, onsetA);
    }
}
