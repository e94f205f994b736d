package org.mrdmft.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.stationary.FixedPointComponents;
import org.mrdmft.stationary.FixedPointPolytope;
import org.mrdmft.stationary.PolytopeReport;

/**
 * The data of the polytope figure (docs/FIGURES.md (polytope)): the fixed-point manifold of reciprocal networks
 * with a = 0 (docs/MODEL.md section 3). For b^mu drawn from U(1, 3) and sorted, R in {5, 6, 7}: the number of
 * fracture variables f and the vertex count of every draw, summarised per f as mean and 2 SD of log10 of the
 * vertex count (R = 5 gives 42, 30, 20, 12, 6 vertices for f = 0..4). Second part: for one seeded draw (R = 5,
 * the first with f &gt;= 2, g = 0), the fixed points a multi-start search finds on the manifold, each assigned
 * to one of the 2^f components.
 */
public final class Polytope {
    /** The region counts drawn. */
    public static final int[] REGIONS = {5, 6, 7};
    /** Seed of the draws of b. */
    public static final long SEED = 20250214L;
    /** Seed of the draw of the components part (b, signs) and of its search's starts. */
    public static final long COMPONENTS_SEED = 5L;
    /** Regions of the components part's network. */
    public static final int COMPONENTS_REGIONS = 5;

    private Polytope() {
    }

    /**
     * The knobs.
     *
     * @param draws draws of b per region count, in the order of {@link #REGIONS}
     * @param componentStarts starts of the components part's fixed-point search
     */
    public record Options(int[] draws, int componentStarts) {
        public Options {
            if (draws.length != REGIONS.length) {
                throw new IllegalArgumentException("polytope: give " + REGIONS.length + " draw counts, got "
                        + draws.length);
            }
            draws = draws.clone();
        }

        @Override
        public int[] draws() {
            return draws.clone();
        }

        /** The command line's default: 400, 100, 24 draws; 200 starts. */
        public static Options quick() {
            return new Options(new int[] {400, 100, 24}, 200);
        }

        /** {@code --full}: 2000, 500, 100 draws; 1000 starts. */
        public static Options full() {
            return new Options(new int[] {2000, 500, 100}, 1000);
        }
    }

    /**
     * One feasible draw of b.
     *
     * @param regions R
     * @param draw the draw's index among the draws of that R
     * @param fractureVariables f
     * @param vertices the polytope's vertex count
     * @param components the manifold's components, 2^f
     */
    public record Draw(int regions, int draw, int fractureVariables, int vertices, int components) {
    }

    /**
     * log10 of the vertex count over the draws of one R with f fracture variables.
     *
     * @param regions R
     * @param fractureVariables f
     * @param meanLog10Vertices the mean of log10(vertex count)
     * @param twoSd twice the standard deviation of log10(vertex count)
     * @param draws the draws with that f
     */
    public record Summary(int regions, int fractureVariables, double meanLog10Vertices, double twoSd, int draws) {
    }

    /**
     * The figure's numbers.
     *
     * @param options what was computed
     * @param draws every feasible draw, by R then draw index
     * @param summaries per R and f (increasing), the log10 vertex counts of the draws
     * @param components the components part: the seeded network's fixed points by component
     */
    public record Data(Options options, List<Draw> draws, List<Summary> summaries, FixedPointComponents components) {
        public Data {
            draws = List.copyOf(draws);
            summaries = List.copyOf(summaries);
        }

        /** The summaries of one R. */
        public List<Summary> summaries(int regions) {
            return summaries.stream().filter(s -> s.regions() == regions).toList();
        }

        /**
         * The CSV tables of {@code mrdmft figure polytope}: polytope, polytope-components,
         * polytope-components-network, polytope-components-fracture-pairs and polytope-components-summary.
         */
        public List<DataTable> tables() {
            List<DataTable> out = new ArrayList<>();
            out.add(DataTable.named("polytope")
                    .column("regions", draws.stream().mapToDouble(Draw::regions).toArray())
                    .column("draw", draws.stream().mapToDouble(Draw::draw).toArray())
                    .column("fractureVariables", draws.stream().mapToDouble(Draw::fractureVariables).toArray())
                    .column("vertices", draws.stream().mapToDouble(Draw::vertices).toArray())
                    .column("components", draws.stream().mapToDouble(Draw::components).toArray()).build());
            FixedPointComponents c = components;
            int points = c.currents().size();
            int r = c.b().length;
            DataTable.Builder fixedPoints = DataTable.named("polytope-components")
                    .column("component", Arrays.stream(c.component()).asDoubleStream().toArray());
            for (int mu = 0; mu < r; mu++) {
                for (int nu = 0; nu < r; nu++) {
                    double[] col = new double[points];
                    for (int k = 0; k < points; k++) {
                        col[k] = c.currents().get(k)[mu][nu];
                    }
                    fixedPoints.column("S_" + (mu + 1) + "_" + (nu + 1), col);
                }
            }
            out.add(fixedPoints.build());
            out.add(DataTable.named("polytope-components-network")
                    .column("region", IntStream.rangeClosed(1, r).asDoubleStream().toArray())
                    .column("b", c.b()).column("sign", c.signs()).build());
            int[][] fracture = c.polytope().fracturePairs();
            int f = fracture.length;
            out.add(DataTable.named("polytope-components-fracture-pairs")
                    .column("fracturePair", IntStream.range(0, f).asDoubleStream().toArray())
                    .column("i", Arrays.stream(fracture).mapToDouble(p -> p[0] + 1).toArray())
                    .column("j", Arrays.stream(fracture).mapToDouble(p -> p[1] + 1).toArray()).build());
            out.add(DataTable.named("polytope-components-summary")
                    .column("fractureVariables", new double[] {f})
                    .column("componentsExpected", new double[] {1 << f})
                    .column("componentsFound", new double[] {c.componentsFound()})
                    .column("vertices", new double[] {c.polytope().vertexCount()})
                    .column("starts", new double[] {c.starts()})
                    .column("converged", new double[] {c.converged()})
                    .column("fixedPointsOnManifold", new double[] {points})
                    .column("discardedFixedPoints", new double[] {c.discarded()}).build());
            return out;
        }
    }

    /** The quick figure. */
    public static Data compute() {
        return compute(Options.quick());
    }

    /** The figure with these options. */
    public static Data compute(Options options) {
        return compute(options, ProgressListener.NONE);
    }

    /** The figure with these options; it takes seconds and reports no progress. */
    public static Data compute(Options options, ProgressListener progress) {
        List<Draw> draws = new ArrayList<>();
        List<Summary> summaries = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(SEED);
        for (int k = 0; k < REGIONS.length; k++) {
            int r = REGIONS[k];
            int maxF = r * (r - 1) / 2;
            double[] sum = new double[maxF + 1];
            double[] sumSq = new double[maxF + 1];
            int[] count = new int[maxF + 1];
            for (int d = 0; d < options.draws[k]; d++) {
                double[] b = new double[r];
                for (int mu = 0; mu < r; mu++) {
                    b[mu] = 1.0 + 2.0 * rng.nextDouble();
                }
                Arrays.sort(b);
                PolytopeReport report = new FixedPointPolytope(b).report();
                if (!report.feasible() || report.vertexCount() == 0) {
                    continue;
                }
                int f = report.fractureCount();
                double lv = Math.log10(report.vertexCount());
                sum[f] += lv;
                sumSq[f] += lv * lv;
                count[f]++;
                draws.add(new Draw(r, d, f, report.vertexCount(), report.components()));
            }
            for (int f = 0; f <= maxF; f++) {
                if (count[f] > 0) {
                    double mean = sum[f] / count[f];
                    double var = Math.max(0.0, sumSq[f] / count[f] - mean * mean);
                    summaries.add(new Summary(r, f, mean, 2.0 * Math.sqrt(var), count[f]));
                }
            }
        }
        return new Data(options, draws, summaries, components(options.componentStarts()));
    }

    /** The components part alone: the seeded draw (R = 5, f &gt;= 2) searched from {@code starts} starts. */
    public static FixedPointComponents components(int starts) {
        double[][] draw = FixedPointComponents.draw(COMPONENTS_SEED, COMPONENTS_REGIONS, 2);
        return FixedPointComponents.search(draw[0], draw[1], starts, COMPONENTS_SEED);
    }
}
