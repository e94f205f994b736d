package org.mrdmft.sweep;

import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mrdmft.config.ConfigNode;
import org.mrdmft.config.Setting;
import org.mrdmft.config.SettingsSection;
import org.mrdmft.config.ValueType;
import org.mrdmft.config.ValueTypes;

/**
 * The keys of a sweep file, declared like the sections of a run config and read with the same validators
 * ({@link ValueTypes}): the top level, one axis, and a leadingEigenvalue axis. They drive the reader's known
 * keys, defaults and checks, and the tables of docs/CONFIG.md (Sweep files).
 */
public final class SweepFileKeys {
    /** A list of finite numbers, or {linspace: [start, stop, count]}: the targets of a leadingEigenvalue axis. */
    static final ValueType<double[]> TARGETS = ValueTypes.of(
            "list of numbers, or `{linspace: [start, stop, count]}`", SweepFileKeys::targets,
            v -> JsonNodeFactory.instance.arrayNode().addAll(Arrays.stream(v).mapToObj(DoubleNode::valueOf).toList()));
    /** numpy's linspace(start, stop, count): count &gt;= 1 points, both ends included. */
    static final ValueType<double[]> LINSPACE = ValueTypes.of("`[start, stop, count]`, count >= 1",
            SweepFileKeys::linspace, TARGETS::write);
    /** A number &gt; 0, or "|lambda|" (NaN): the modulus of each target. */
    static final ValueType<Double> SCALE = ValueTypes.of("number > 0, or `\"|lambda|\"`", SweepFileKeys::scale,
            v -> Double.isNaN(v) ? TextNode.valueOf(LeadingEigenvalueAxis.MODULUS_SCALE) : DoubleNode.valueOf(v));
    /** A non-empty list of observables, each once, in table order. */
    static final ValueType<List<Observable>> OBSERVABLES = ValueTypes.of(
            "list of " + String.join(", ", Arrays.stream(Observable.values()).map(o -> "`" + o.spelling() + "`")
                    .toList()), SweepFileKeys::observables,
            v -> JsonNodeFactory.instance.arrayNode().addAll(v.stream().map(o -> TextNode.valueOf(o.spelling())).toList()));

    static final Setting<Void, String> NAME = Setting.optional("name", ValueTypes.NAME,
            "the file name without its extension", "the sweep's name, also its default output directory out/NAME/");
    static final Setting<Void, String> DESCRIPTION = Setting.optional("description", ValueTypes.TEXT, "none",
            "free text");
    static final Setting<Void, ConfigNode> BASE = Setting.required("base",
            ValueTypes.describedAs("path, or a run config", ValueTypes.RAW),
            "the run config every row starts from: a file (relative to the sweep file) or inline");
    static final Setting<Void, ConfigNode> AXES = Setting.optional("axes",
            ValueTypes.describedAs("list of axes (below)", ValueTypes.RAW), "none: one grid point",
            "the grid, the product of the axes, the first varying slowest");
    static final Setting<Void, Integer> DRAWS = Setting.withDefault("draws", ValueTypes.intAtLeast(1), 1,
            "rows per grid point, each with its own derived seed");
    static final Setting<Void, Long> SEED = Setting.withDefault("seed", ValueTypes.INTEGER, 0L,
            "the sweep seed every row's seed derives from");
    static final Setting<Void, List<Observable>> OBSERVABLES_KEY = Setting.withDefault("observables", OBSERVABLES,
            List.of(Observable.values()), "the per-region columns of the table, in this order");

    static final Setting<Void, String> AXIS_KEY = Setting.required("key", ValueTypes.TEXT,
            "the dotted config key the axis sets (`interactions` for a leadingEigenvalue axis)");
    static final Setting<Void, ConfigNode> VALUES = Setting.optional("values",
            ValueTypes.describedAs("non-empty list", ValueTypes.RAW), "one of the three",
            "the values of the key, in order");
    static final Setting<Void, double[]> LINSPACE_KEY = Setting.optional("linspace", LINSPACE, "one of the three",
            "count values from start to stop, both included");
    static final Setting<Void, ConfigNode> LEADING_EIGENVALUE = Setting.optional("leadingEigenvalue",
            ValueTypes.describedAs("mapping (below)", ValueTypes.RAW), "one of the three",
            "random interactions whose leading eigenvalue of That hits each target");

    static final Setting<Void, double[]> RE = Setting.required("re", TARGETS, "target real parts");
    static final Setting<Void, double[]> IM = Setting.required("im", TARGETS, "target imaginary parts, compared with"
            + " |Im lambda|");
    static final Setting<Void, Double> TOLERANCE = Setting.withDefault("tolerance", ValueTypes.POSITIVE,
            LeadingEigenvalueAxis.DEFAULT_TOLERANCE, "accepted distance from the target in Re and in |Im|");
    static final Setting<Void, Double> SCALE_KEY = Setting.withDefault("scale", SCALE, Double.NaN,
            "T ~ N(0, scale^2 / R); `\"|lambda|\"` is the modulus of each target");
    static final Setting<Void, Integer> MAX_TRIES = Setting.withDefault("maxTries", ValueTypes.intAtLeast(1),
            LeadingEigenvalueAxis.DEFAULT_MAX_TRIES, "proposals before the target counts as unreachable (exit 2)");

    /** The top level of a sweep file. */
    public static final SettingsSection<Void> SWEEP = new SettingsSection<>("sweep", null,
            List.of(NAME, DESCRIPTION, BASE, AXES, DRAWS, SEED, OBSERVABLES_KEY), v -> null);
    /** One entry of {@code axes}: a key and exactly one of values, linspace, leadingEigenvalue. */
    public static final SettingsSection<Void> AXIS = new SettingsSection<>("axes[k]", null,
            List.of(AXIS_KEY, VALUES, LINSPACE_KEY, LEADING_EIGENVALUE), v -> null);
    /** The {@code leadingEigenvalue} mapping of a random-draw axis. */
    public static final SettingsSection<Void> TARGET = new SettingsSection<>("leadingEigenvalue", null,
            List.of(RE, IM, TOLERANCE, SCALE_KEY, MAX_TRIES), v -> null);

    private SweepFileKeys() {
    }

    private static double[] targets(ConfigNode node, int regions) {
        if (node.raw().isObject()) {
            node.requireMapping(List.of("linspace"));
            return LINSPACE.read(node.get("linspace").require(), regions);
        }
        double[] v = node.numbers();
        if (v.length == 0) {
            throw node.error("must be a non-empty list of numbers or {linspace: [start, stop, count]}");
        }
        return v;
    }

    private static double[] linspace(ConfigNode node, int regions) {
        if (!node.isArray() || node.size() != 3) {
            throw node.error("must be [start, stop, count]");
        }
        double start = node.at(0).number();
        double stop = node.at(1).number();
        long count = node.at(2).integer();
        if (count < 1 || count > Integer.MAX_VALUE) {
            throw node.at(2).error("count must be an integer >= 1, got " + count);
        }
        int n = (int) count;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = n == 1 ? start : i == n - 1 ? stop : start + i * (stop - start) / (n - 1);
        }
        return out;
    }

    private static Double scale(ConfigNode node, int regions) {
        if (node.raw().isTextual() && LeadingEigenvalueAxis.MODULUS_SCALE.equals(node.raw().textValue())) {
            return Double.NaN;
        }
        if (node.raw().isTextual()) {
            throw node.error("expected a number > 0 or \"" + LeadingEigenvalueAxis.MODULUS_SCALE + "\", got "
                    + ConfigNode.describe(node.raw()));
        }
        return node.positive();
    }

    private static List<Observable> observables(ConfigNode node, int regions) {
        ValueType<Observable> one = ValueTypes.choice(Observable.values(), Observable::spelling);
        int n = node.listSize();
        if (n == 0) {
            throw node.error("must be a non-empty list of " + String.join(", ",
                    Arrays.stream(Observable.values()).map(Observable::spelling).toList()));
        }
        List<Observable> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Observable o = one.read(node.at(i), regions);
            if (!out.contains(o)) {
                out.add(o);
            }
        }
        out.sort(null);
        return List.copyOf(out);
    }
}
