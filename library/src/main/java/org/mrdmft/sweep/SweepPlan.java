package org.mrdmft.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.mrdmft.config.ConfigException;
import org.mrdmft.config.ConfigLoader;
import org.mrdmft.config.ConfigOverrides;
import org.mrdmft.config.RunConfig;
import org.mrdmft.dmft.TransientProblem;
import org.mrdmft.model.MemoryEstimate;

/**
 * The rows of a sweep: grid points (the product of the axes, first axis slowest) times draws, row index
 * {@code point * draws + draw}, and the config of each row. Building a plan checks every point's config,
 * so an axis key unknown to the config fails before anything runs.
 */
public final class SweepPlan {
    private final SweepSpec spec;
    private final int points;
    private final MemoryEstimate largestRow;
    private final int regions;

    /** Bytes a finished row keeps per region (its arrays, labels, journal and table text), and per row. */
    static final double KEPT_BYTES_PER_REGION = 512;
    static final double KEPT_BYTES_PER_ROW = 256;

    /** The config of one row, with the random draw that made its interactions (if any). */
    public record RowConfig(RunConfig config, long seed, LeadingEigenvalueSampler.Draw draw) {
    }

    /**
     * Plans a sweep and checks the config of every grid point.
     *
     * @throws ConfigException naming the axis key when a point's config is invalid
     */
    public SweepPlan(SweepSpec spec) {
        this.spec = spec;
        long n = 1;
        for (SweepAxis a : spec.axes()) {
            n *= a.size();
            if (n * spec.draws() > Integer.MAX_VALUE) {
                throw new ConfigException("axes", "the sweep has more than 2^31 rows");
            }
        }
        this.points = (int) n;
        // the kept rows of one region each, before the configs of the points are built one by one
        memoryEstimate(1, null, 1).requireFits();
        MemoryEstimate largest = null;
        int r = 1;
        for (int p = 0; p < points; p++) {
            RunConfig config;
            try {
                config = ConfigLoader.fromTree(pointTree(p), spec.baseName(), List.of());
            } catch (ConfigException e) {
                throw new ConfigException("axes", "point " + p + " " + coordinatesText(p) + ": " + e.getMessage());
            }
            MemoryEstimate row = new TransientProblem(config.model(), config.dmft()).memoryEstimate();
            largest = largest == null || row.bytes() > largest.bytes() ? row : largest;
            r = Math.max(r, config.model().regions());
        }
        this.largestRow = largest;
        this.regions = r;
    }

    /**
     * The memory of a run of the plan on {@code threads} threads: each thread solves one row at a time (the
     * largest row's transient solve counts for every thread), and every finished row is kept until the
     * table is written. Names the largest row's key (e.g. {@code dmft.steps}) when the solves dominate,
     * {@code axes} when the kept rows do.
     */
    public MemoryEstimate memoryEstimate(int threads) {
        return memoryEstimate(threads, largestRow, regions);
    }

    private MemoryEstimate memoryEstimate(int threads, MemoryEstimate largestRow, int regions) {
        double kept = (double) rows() * (KEPT_BYTES_PER_ROW + KEPT_BYTES_PER_REGION * regions);
        double solves = largestRow == null ? 0 : threads * largestRow.bytes();
        if (largestRow != null && solves >= kept) {
            return new MemoryEstimate(largestRow.input(), largestRow.request() + " in each of " + threads
                    + " thread" + (threads == 1 ? "" : "s"), solves + kept, largestRow.dominant(),
                    largestRow.remedy() + ", or fewer --threads");
        }
        return new MemoryEstimate("axes", rows() + " rows (" + points + " points x " + spec.draws() + " draws)",
                solves + kept, "the finished rows kept for the table", "fewer axis values or draws");
    }

    /** The sweep. */
    public SweepSpec spec() {
        return spec;
    }

    /** Number of grid points. */
    public int points() {
        return points;
    }

    /** Number of rows, points x draws. */
    public int rows() {
        return points * spec.draws();
    }

    /** The grid point of a row. */
    public int pointOf(int row) {
        return row / spec.draws();
    }

    /** The draw of a row. */
    public int drawOf(int row) {
        return row % spec.draws();
    }

    /** The axis columns of the table, in order. */
    public List<String> axisColumns() {
        List<String> c = new ArrayList<>();
        spec.axes().forEach(a -> c.addAll(a.columns()));
        return c;
    }

    /** The coordinates of a point, one per axis column. */
    public List<JsonNode> coordinates(int point) {
        List<JsonNode> c = new ArrayList<>();
        int[] idx = indices(point);
        for (int k = 0; k < idx.length; k++) {
            c.addAll(spec.axes().get(k).coordinates(idx[k]));
        }
        return c;
    }

    /** Whether the sweep draws its interactions by rejection sampling. */
    public boolean samplesInteractions() {
        return spec.axes().stream().anyMatch(LeadingEigenvalueAxis.class::isInstance);
    }

    /** The seed of a row. */
    public long seed(int point, int draw) {
        return DerivedSeeds.of(spec.seed(), point, draw);
    }

    /**
     * The resolved config of a row: the base with the point's axis values, dmft.seed set to the row's derived
     * seed and, for a leadingEigenvalue axis, a rejection-sampled interactions.tensor.
     *
     * @throws ConfigException if the sampler cannot hit the target
     */
    public RowConfig rowConfig(int point, int draw) {
        long seed = seed(point, draw);
        ObjectNode tree = pointTree(point);
        ConfigOverrides.set(tree, "dmft.seed", LongNode.valueOf(seed));
        LeadingEigenvalueSampler.Draw sampled = null;
        int[] idx = indices(point);
        for (int k = 0; k < idx.length; k++) {
            if (spec.axes().get(k) instanceof LeadingEigenvalueAxis a) {
                int regions = ConfigLoader.fromTree(tree, spec.baseName(), List.of()).model().regions();
                sampled = new LeadingEigenvalueSampler(a.tolerance(), a.maxTries())
                        .sample(regions, a.targetRe(idx[k]), a.targetIm(idx[k]), a.scaleFor(idx[k]), seed);
                ConfigOverrides.set(tree, "interactions.tensor", tensorNode(sampled.tensor()));
            }
        }
        return new RowConfig(ConfigLoader.fromTree(tree, spec.baseName(), List.of()), seed, sampled);
    }

    /** The base tree with the point's values set (leadingEigenvalue axes not applied). */
    private ObjectNode pointTree(int point) {
        ObjectNode tree = spec.base();
        int[] idx = indices(point);
        for (int k = 0; k < idx.length; k++) {
            if (spec.axes().get(k) instanceof ValuesAxis a) {
                ConfigOverrides.set(tree, a.key(), a.values().get(idx[k]));
            }
        }
        return tree;
    }

    private int[] indices(int point) {
        List<SweepAxis> axes = spec.axes();
        int[] idx = new int[axes.size()];
        int rest = point;
        for (int k = axes.size() - 1; k >= 0; k--) {
            idx[k] = rest % axes.get(k).size();
            rest /= axes.get(k).size();
        }
        return idx;
    }

    private String coordinatesText(int point) {
        List<String> cols = axisColumns();
        List<JsonNode> c = coordinates(point);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            parts.add(cols.get(i) + "=" + c.get(i));
        }
        return "(" + String.join(", ", parts) + ")";
    }

    private static JsonNode tensorNode(double[][][] t) {
        var f = JsonNodeFactory.instance;
        var out = f.arrayNode();
        for (double[][] m : t) {
            var rows = out.addArray();
            for (double[] r : m) {
                var row = rows.addArray();
                for (double v : r) {
                    row.add(v);
                }
            }
        }
        return out;
    }
}
