package org.mrdmft.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The value types of config keys, each a validator with its message ("must be > 0, got -0.1") and its
 * write-back. One place for every check, so a run config, an override and a sweep file refuse the same value
 * with the same words.
 */
public final class ValueTypes {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A finite number. */
    public static final ValueType<Double> NUMBER = of("number", (n, r) -> n.number(), NODES::numberNode);
    /** A finite number &gt; 0. */
    public static final ValueType<Double> POSITIVE = of("number > 0", (n, r) -> n.positive(), NODES::numberNode);
    /** A finite number &gt;= 0. */
    public static final ValueType<Double> NON_NEGATIVE = of("number >= 0", (n, r) -> n.nonNegative(),
            NODES::numberNode);
    /** A (64-bit) integer; an integral number such as 2.0 is accepted. */
    public static final ValueType<Long> INTEGER = of("integer", (n, r) -> n.integer(), NODES::numberNode);
    /** true or false. */
    public static final ValueType<Boolean> BOOLEAN = of("`true` | `false`", (n, r) -> n.bool(false),
            NODES::booleanNode);
    /** A string. */
    public static final ValueType<String> TEXT = of("text", (n, r) -> n.text(), NODES::textNode);
    /** A name usable as a directory name (stripped; not empty, no '/' or '\'). */
    public static final ValueType<String> NAME = of("text usable as a directory name", ValueTypes::name,
            NODES::textNode);
    /** A list of any length of finite numbers. */
    public static final ValueType<double[]> NUMBERS = of("list of numbers", (n, r) -> n.numbers(), JsonArrays::of);
    /** A list of any length of finite numbers &gt;= 0. */
    public static final ValueType<double[]> NON_NEGATIVE_NUMBERS = of("list of numbers >= 0",
            ValueTypes::nonNegativeNumbers, JsonArrays::of);
    /** An R x R matrix of finite numbers. */
    public static final ValueType<double[][]> MATRIX = of("R x R numbers",
            (n, r) -> n.matrix(r, r, ConfigNode.shape(r, 2)), JsonArrays::of);
    /** A number &gt;= 0 for every region, or one such number per region. */
    public static final ValueType<double[]> NON_NEGATIVE_PER_REGION = of("number >= 0, or a list of R",
            (n, r) -> n.nonNegativeVectorOrScalar(r, ConfigNode.shape(r, 1)), JsonArrays::of);
    /** A non-empty list of network sizes (integers &gt;= 2), sorted on reading. */
    public static final ValueType<int[]> NETWORK_SIZES = of("list of integers >= 2", ValueTypes::networkSizes,
            v -> JsonArrays.of(Arrays.stream(v).asDoubleStream().toArray()));
    /** The node as written, for keys whose reader interprets it itself (inline sections, paths). */
    public static final ValueType<ConfigNode> RAW = of("see below", (n, r) -> n, ConfigNode::raw);

    private ValueTypes() {
    }

    /** A type from its description, reader and writer. */
    public static <V> ValueType<V> of(String describe, BiFunction<ConfigNode, Integer, V> read,
                                      Function<V, JsonNode> write) {
        return new ValueType<>() {
            @Override
            public V read(ConfigNode node, int regions) {
                return read.apply(node, regions);
            }

            @Override
            public JsonNode write(V value) {
                return write.apply(value);
            }

            @Override
            public String describe() {
                return describe;
            }
        };
    }

    /** The same reader and writer, another description. */
    public static <V> ValueType<V> describedAs(String describe, ValueType<V> type) {
        return of(describe, type::read, type::write);
    }

    /** An integer in [min, 2^31 - 1]. */
    public static ValueType<Integer> intAtLeast(int min) {
        return of("integer >= " + min, (n, r) -> n.intAtLeast(min), NODES::numberNode);
    }

    /** One of the constants of an enum, by its config spelling (exact, with a "did you mean" hint). */
    public static <E extends Enum<E>> ValueType<E> choice(E[] constants, Function<E, String> spelling) {
        List<String> names = Arrays.stream(constants).map(spelling).toList();
        String describe = names.stream().map(s -> "`" + s + "`").collect(Collectors.joining(" | "));
        return of(describe, (n, r) -> constants[names.indexOf(n.choice(names, null))],
                e -> NODES.textNode(spelling.apply(e)));
    }

    private static String name(ConfigNode n, int regions) {
        String name = n.text().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/") || name.contains("\\")) {
            throw n.error("must be a non-empty name usable as a directory name (no '/' or '\\'), got '" + name + "'");
        }
        return name;
    }

    private static double[] nonNegativeNumbers(ConfigNode n, int regions) {
        double[] v = n.numbers();
        for (int k = 0; k < v.length; k++) {
            if (!(v[k] >= 0)) {
                throw n.at(k).error("must be >= 0, got " + v[k]);
            }
        }
        return v;
    }

    private static int[] networkSizes(ConfigNode n, int regions) {
        double[] values = n.numbers();
        if (values.length == 0) {
            throw n.error("must list at least one network size");
        }
        int[] sizes = new int[values.length];
        for (int k = 0; k < values.length; k++) {
            if (!(values[k] >= 2) || values[k] != Math.rint(values[k])) {
                throw n.at(k).error("must be an integer >= 2, got " + values[k]);
            }
            sizes[k] = (int) values[k];
        }
        Arrays.sort(sizes);
        return sizes;
    }
}
