package org.mrdmft.figures;

import java.util.ArrayList;
import java.util.List;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.kernel.Kernels;
import org.mrdmft.model.Nonlinearity;
import org.mrdmft.stationary.LagProfile;
import org.mrdmft.stationary.RoutingBranches;
import org.mrdmft.stationary.StationaryBranch;

/**
 * The data of fig4b (docs/FIGURES.md (fig4b)): the stationary two-time function Delta(tau) of a routing region
 * with pair loop b = 2.5 at g = 1.5 (static: chaos suppressed), 2.25 (chaos with structure) and 2.6 (pure
 * chaos), each with the regime the theory puts it in.
 */
public final class Fig4b {
    private Fig4b() {
    }

    /**
     * The knobs of fig4b.
     *
     * @param pairLoop b
     * @param disorder the g of each curve
     * @param maxLag the largest lag tau
     * @param points lag grid points on [0, maxLag]
     */
    public record Options(double pairLoop, double[] disorder, double maxLag, int points) {
        public Options {
            disorder = disorder.clone();
        }

        /** b = 2.5, g = 1.5, 2.25, 2.6, tau in [0, 40] on 801 points (the published figure). */
        public static Options quick() {
            return new Options(2.5, new double[] {1.5, 2.25, 2.6}, 40.0, 801);
        }

        /** The same as {@link #quick()}: the figure is cheap at the published resolution. */
        public static Options full() {
            return quick();
        }

        @Override
        public double[] disorder() {
            return disorder.clone();
        }
    }

    /**
     * One curve.
     *
     * @param disorder g
     * @param regime the region's stationary state at that g
     * @param profile Delta(tau)
     */
    public record Curve(double disorder, StationaryBranch regime, LagProfile profile) {
    }

    /**
     * fig4b's data.
     *
     * @param pairLoop b
     * @param curves one per g, in the order of the options
     */
    public record Data(double pairLoop, List<Curve> curves) {
        public Data {
            curves = List.copyOf(curves);
        }

        /** fig4b: tau and one Delta column per g. */
        public List<DataTable> tables() {
            DataTable.Builder table = DataTable.named("fig4b").column("tau", curves.get(0).profile().lag());
            for (Curve c : curves) {
                table.column("delta_g" + c.disorder(), c.profile().delta());
            }
            return List.of(table.build());
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

    /** Solves the three states and their Delta(tau); it takes about a second and reports no progress. */
    public static Data compute(Options options, ProgressListener progress) {
        RoutingBranches branches = new RoutingBranches(Kernels.forNonlinearity(Nonlinearity.ERF));
        List<Curve> curves = new ArrayList<>();
        for (double g : options.disorder()) {
            curves.add(new Curve(g, branches.routingState(options.pairLoop(), g).branch(),
                    branches.lagProfile(options.pairLoop(), g, options.maxLag(), options.points())));
        }
        return new Data(options.pairLoop(), curves);
    }
}
