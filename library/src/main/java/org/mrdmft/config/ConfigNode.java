package org.mrdmft.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * One node of a config tree together with its dotted key path: the typed reads behind {@link ValueTypes},
 * shared by run configs and sweep files. Every typed read either returns a valid value
 * or throws a {@link ConfigException} naming that path, so validation code reads like the schema.
 * A JSON/YAML {@code null} counts as absent everywhere (the default applies).
 */
public final class ConfigNode {
    private final JsonNode node;
    private final String path;

    private ConfigNode(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The root of a tree (empty path). */
    public static ConfigNode root(JsonNode node) {
        return new ConfigNode(node, "");
    }

    /** The dotted key path of this node ({@code dmft.dt}, {@code disorder[1]}); empty at the root. */
    public String path() {
        return path;
    }

    /** The Jackson node (null or missing when absent). */
    public JsonNode raw() {
        return node;
    }

    /** Whether the key exists with a non-null value. */
    public boolean isPresent() {
        return node != null && !node.isMissingNode() && !node.isNull();
    }

    /** Whether the key is present with a list. */
    public boolean isArray() {
        return isPresent() && node.isArray();
    }

    /** Whether the key is present with a number. */
    public boolean isNumber() {
        return isPresent() && node.isNumber();
    }

    /** The child under a key (possibly absent). */
    public ConfigNode get(String key) {
        return new ConfigNode(isPresent() ? node.get(key) : null, ConfigPaths.child(path, key));
    }

    /** The element at an index of a list (possibly absent). */
    public ConfigNode at(int index) {
        return new ConfigNode(isPresent() ? node.get(index) : null, ConfigPaths.index(path, index));
    }

    /** The number of elements or keys (0 when absent). */
    public int size() {
        return isPresent() ? node.size() : 0;
    }

    /** A user error naming this node's path. */
    public ConfigException error(String problem) {
        return new ConfigException(path, problem);
    }

    /** Fails unless the key is present. */
    public ConfigNode require() {
        if (!isPresent()) {
            throw error("missing required key");
        }
        return this;
    }

    /** Fails unless this is a mapping whose keys are all among {@code known}; returns this. */
    public ConfigNode requireMapping(List<String> known) {
        require();
        if (!node.isObject()) {
            throw error("expected a mapping (keys: " + String.join(", ", known) + "), got " + describe(node));
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new ConfigException(ConfigPaths.child(path, name), KeySuggestions.unknownKey(name, known));
            }
        }
        return this;
    }

    /** Names of the keys among {@code candidates} that are present, in candidate order. */
    public List<String> presentAmong(List<String> candidates) {
        List<String> present = new ArrayList<>();
        for (String c : candidates) {
            if (get(c).isPresent()) {
                present.add(c);
            }
        }
        return present;
    }

    /** A finite number. */
    public double number() {
        require();
        if (!node.isNumber()) {
            throw error("expected a number, got " + describe(node));
        }
        double v = node.doubleValue();
        if (!Double.isFinite(v)) {
            throw error("must be a finite number, got " + v);
        }
        return v;
    }

    /** A finite number, or the default when absent. */
    public double number(double defaultValue) {
        return isPresent() ? number() : defaultValue;
    }

    /** A finite number &gt;= 0. */
    public double nonNegative() {
        double v = number();
        if (v < 0) {
            throw error("must be >= 0, got " + v);
        }
        return v;
    }

    /** A finite number &gt; 0. */
    public double positive() {
        double v = number();
        if (!(v > 0)) {
            throw error("must be > 0, got " + v);
        }
        return v;
    }

    /** An integer (an integral floating value such as 2.0 is accepted). */
    public long integer() {
        require();
        if (node.isIntegralNumber()) {
            if (!node.canConvertToLong()) {
                throw error("integer out of range: " + node.bigIntegerValue());
            }
            return node.longValue();
        }
        if (node.isNumber()) {
            double v = number();
            if (v == Math.rint(v) && Math.abs(v) < 0x1p53) {
                return (long) v;
            }
            throw error("expected an integer, got " + v);
        }
        throw error("expected an integer, got " + describe(node));
    }

    /** An integer, or the default when absent. */
    public long integer(long defaultValue) {
        return isPresent() ? integer() : defaultValue;
    }

    /** An integer in [min, Integer.MAX_VALUE]. */
    public int intAtLeast(int min) {
        long v = integer();
        if (v < min) {
            throw error("must be an integer >= " + min + ", got " + v);
        }
        if (v > Integer.MAX_VALUE) {
            throw error("too large: " + v + " (at most " + Integer.MAX_VALUE + ")");
        }
        return (int) v;
    }

    /** An integer &gt;= min, or the default when absent. */
    public int intAtLeast(int min, int defaultValue) {
        return isPresent() ? intAtLeast(min) : defaultValue;
    }

    /** A string. */
    public String text() {
        require();
        if (!node.isTextual()) {
            throw error("expected a string, got " + describe(node));
        }
        return node.textValue();
    }

    /** true or false, or the default when absent. */
    public boolean bool(boolean defaultValue) {
        if (!isPresent()) {
            return defaultValue;
        }
        if (!node.isBoolean()) {
            throw error("expected true or false, got " + describe(node));
        }
        return node.booleanValue();
    }

    /** One of the allowed spellings (exact). */
    public String choice(List<String> allowed, String defaultValue) {
        if (!isPresent()) {
            return defaultValue;
        }
        String s = node.isTextual() ? node.textValue() : null;
        if (s == null || !allowed.contains(s)) {
            String got = s == null ? describe(node) : "'" + s + "'";
            String hint = s == null ? "" : KeySuggestions.didYouMean(s, allowed);
            throw error("expected one of " + String.join(" | ", allowed) + ", got " + got + hint);
        }
        return s;
    }

    /** A list of exactly n finite numbers; {@code shape} names the expected shape in messages. */
    public double[] vector(int n, String shape) {
        requireList(n, "numbers", shape);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = at(i).number();
        }
        return v;
    }

    /** A list of n numbers &gt;= 0. */
    public double[] nonNegativeVector(int n, String shape) {
        requireList(n, "numbers", shape);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = at(i).nonNegative();
        }
        return v;
    }

    /** A scalar &gt;= 0 broadcast to n entries, or a list of n numbers &gt;= 0. */
    public double[] nonNegativeVectorOrScalar(int n, String shape) {
        require();
        if (node.isNumber()) {
            double[] v = new double[n];
            java.util.Arrays.fill(v, nonNegative());
            return v;
        }
        if (!node.isArray()) {
            throw error("expected a number or a list of " + n + " numbers (" + shape + "), got " + describe(node));
        }
        return nonNegativeVector(n, shape);
    }

    /** An n x m matrix of finite numbers. */
    public double[][] matrix(int n, int m, String shape) {
        requireList(n, "lists", shape);
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = at(i).vector(m, shape);
        }
        return a;
    }

    /** An n x n x n tensor of finite numbers. */
    public double[][][] cube(int n, String shape) {
        requireList(n, "lists", shape);
        double[][][] a = new double[n][][];
        for (int i = 0; i < n; i++) {
            a[i] = at(i).matrix(n, n, shape);
        }
        return a;
    }

    /** A list of any length of finite numbers. */
    public double[] numbers() {
        require();
        if (!node.isArray()) {
            throw error("expected a list of numbers, got " + describe(node));
        }
        double[] v = new double[node.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = at(i).number();
        }
        return v;
    }

    /** Fails unless this is a list (of any length); returns its length. */
    public int listSize() {
        require();
        if (!node.isArray()) {
            throw error("expected a list, got " + describe(node));
        }
        return node.size();
    }

    private void requireList(int n, String elements, String shape) {
        require();
        if (!node.isArray() || node.size() != n) {
            throw error("wrong shape: expected a list of " + n + " " + elements + " (" + shape + "), got "
                    + describe(node));
        }
    }

    /** The expected shape of an R-sized array of the given rank, for messages: "R x R = 2 x 2". */
    public static String shape(int r, int rank) {
        String symbols = String.join(" x ", java.util.Collections.nCopies(rank, "R"));
        String sizes = String.join(" x ", java.util.Collections.nCopies(rank, Integer.toString(r)));
        return symbols + " = " + sizes;
    }

    /** A short human description of a value, for "expected X, got Y" messages. */
    public static String describe(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            return "nothing";
        }
        if (n.isArray()) {
            return "a list of " + n.size() + (n.size() == 1 ? " element" : " elements");
        }
        if (n.isObject()) {
            return "a mapping";
        }
        if (n.isTextual()) {
            return "the string \"" + n.textValue() + "\"";
        }
        if (n.isBoolean()) {
            return "the boolean " + n.booleanValue();
        }
        if (n.isBigInteger()) {
            BigInteger b = n.bigIntegerValue();
            return "the number " + b;
        }
        if (n.isNumber()) {
            return "the number " + n.numberValue();
        }
        return n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }
}
