package org.mrdmft.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.mrdmft.config.ConfigException;
import org.mrdmft.config.ConfigLoader;
import org.mrdmft.config.RunConfig;

/**
 * Reads a sweep file (YAML or JSON) into a {@link SweepSpec}; every problem is one {@link ConfigException}
 * naming the key. Keys: {@code name}, {@code description}, {@code base} (a config path relative to the sweep
 * file, or an inline config), {@code axes}, {@code draws}, {@code seed}, {@code observables}.
 */
public final class SweepSpecReader {
    private static final Set<String> KEYS = Set.of("name", "description", "base", "axes", "draws", "seed",
            "observables");
    private static final Set<String> AXIS_KEYS = Set.of("key", "values", "linspace", "leadingEigenvalue");
    private static final Set<String> EIGEN_KEYS = Set.of("re", "im", "tolerance", "scale", "maxTries");
    private static final double DEFAULT_TOLERANCE = 0.01875;

    private SweepSpecReader() {
    }

    /** Reads and checks a sweep file. */
    public static SweepSpec read(Path file) {
        ObjectNode tree = ConfigLoader.readTree(file);
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String defaultName = dot > 0 ? fileName.substring(0, dot) : fileName;
        return parse(tree, file.toAbsolutePath().getParent(), defaultName);
    }

    /** Checks a parsed sweep tree; a {@code base} path is resolved against {@code dir}. */
    public static SweepSpec parse(ObjectNode tree, Path dir, String defaultName) {
        checkKeys(tree, KEYS, "");
        String name = tree.has("name") ? text(tree.get("name"), "name") : defaultName;
        JsonNode baseNode = tree.get("base");
        ObjectNode base;
        String baseName;
        if (baseNode == null || baseNode.isNull()) {
            throw new ConfigException("base", "missing: give a config path or an inline config");
        } else if (baseNode.isTextual()) {
            Path p = dir.resolve(baseNode.asText());
            base = ConfigLoader.readTree(p);
            String f = p.getFileName().toString();
            baseName = f.lastIndexOf('.') > 0 ? f.substring(0, f.lastIndexOf('.')) : f;
        } else if (baseNode.isObject()) {
            base = (ObjectNode) baseNode;
            baseName = name;
        } else {
            throw new ConfigException("base", "must be a config path or an inline config");
        }
        RunConfig resolvedBase;
        try {
            resolvedBase = ConfigLoader.fromTree(base, baseName, List.of());
        } catch (ConfigException e) {
            throw new ConfigException("base", "invalid config: " + e.getMessage());
        }
        List<SweepAxis> axes = new ArrayList<>();
        JsonNode axesNode = tree.path("axes");
        if (!axesNode.isMissingNode() && !axesNode.isArray()) {
            throw new ConfigException("axes", "must be a list of axes");
        }
        for (int i = 0; i < axesNode.size(); i++) {
            SweepAxis axis = axis(axesNode.get(i), "axes[" + i + "]");
            if (axes.stream().anyMatch(a -> a.key().equals(axis.key()))) {
                throw new ConfigException("axes[" + i + "].key", "key " + axis.key() + " is swept twice");
            }
            axes.add(axis);
        }
        int draws = tree.has("draws") ? positiveInt(tree.get("draws"), "draws") : 1;
        long seed = tree.has("seed") ? integer(tree.get("seed"), "seed") : 0L;
        List<Observable> observables = observables(tree.get("observables"));
        return new SweepSpec(name, base, baseName, resolvedBase.resolved(), axes, draws, seed, observables);
    }

    private static SweepAxis axis(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new ConfigException(where, "an axis must be {key: ..., values: [..]}, {key: ..., linspace: "
                    + "[start, stop, count]} or {key: interactions, leadingEigenvalue: {..}}");
        }
        checkKeys(node, AXIS_KEYS, where);
        String key = text(node.get("key"), where + ".key");
        int kinds = (node.has("values") ? 1 : 0) + (node.has("linspace") ? 1 : 0)
                + (node.has("leadingEigenvalue") ? 1 : 0);
        if (kinds != 1) {
            throw new ConfigException(where, "give exactly one of values, linspace, leadingEigenvalue");
        }
        if (node.has("leadingEigenvalue")) {
            if (!LeadingEigenvalueAxis.KEY.equals(key)) {
                throw new ConfigException(where + ".key", "a leadingEigenvalue axis sets interactions, not " + key);
            }
            return eigenAxis(node.get("leadingEigenvalue"), where + ".leadingEigenvalue");
        }
        List<JsonNode> values = new ArrayList<>();
        if (node.has("values")) {
            JsonNode v = node.get("values");
            if (!v.isArray()) {
                throw new ConfigException(where + ".values", "must be a list");
            }
            v.forEach(values::add);
        } else {
            for (double x : linspace(node.get("linspace"), where + ".linspace")) {
                values.add(DoubleNode.valueOf(x));
            }
        }
        if (values.isEmpty()) {
            throw new ConfigException(where + ".values", "axis " + key + " is empty");
        }
        return new ValuesAxis(key, values);
    }

    private static LeadingEigenvalueAxis eigenAxis(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new ConfigException(where, "must be {re: .., im: .., tolerance: .., scale: .., maxTries: ..}");
        }
        checkKeys(node, EIGEN_KEYS, where);
        double[] re = numbers(node.get("re"), where + ".re");
        double[] im = numbers(node.get("im"), where + ".im");
        double tolerance = node.has("tolerance") ? number(node.get("tolerance"), where + ".tolerance")
                : DEFAULT_TOLERANCE;
        if (!(tolerance > 0)) {
            throw new ConfigException(where + ".tolerance", "must be > 0");
        }
        double scale = Double.NaN;
        JsonNode s = node.get("scale");
        if (s != null && !(s.isTextual() && LeadingEigenvalueAxis.MODULUS_SCALE.equals(s.asText()))) {
            scale = number(s, where + ".scale");
            if (!(scale > 0)) {
                throw new ConfigException(where + ".scale", "must be > 0 or \"|lambda|\"");
            }
        }
        int maxTries = node.has("maxTries") ? positiveInt(node.get("maxTries"), where + ".maxTries")
                : LeadingEigenvalueAxis.DEFAULT_MAX_TRIES;
        return new LeadingEigenvalueAxis(re, im, tolerance, scale, maxTries);
    }

    /** A list of numbers, or {linspace: [start, stop, count]}. */
    private static double[] numbers(JsonNode node, String where) {
        if (node == null) {
            throw new ConfigException(where, "missing: give a list of numbers or {linspace: [start, stop, count]}");
        }
        if (node.isObject()) {
            checkKeys(node, Set.of("linspace"), where);
            return linspace(node.get("linspace"), where + ".linspace");
        }
        if (!node.isArray() || node.isEmpty()) {
            throw new ConfigException(where, "must be a non-empty list of numbers or {linspace: [start, stop, count]}");
        }
        double[] out = new double[node.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(node.get(i), where + "[" + i + "]");
        }
        return out;
    }

    /** numpy's linspace(start, stop, count): count >= 1 points, both ends included. */
    static double[] linspace(JsonNode node, String where) {
        if (node == null || !node.isArray() || node.size() != 3) {
            throw new ConfigException(where, "must be [start, stop, count]");
        }
        double start = number(node.get(0), where + "[0]");
        double stop = number(node.get(1), where + "[1]");
        JsonNode c = node.get(2);
        if (!c.isIntegralNumber() || c.asLong() < 1) {
            throw new ConfigException(where + "[2]", "count must be an integer >= 1, got " + c);
        }
        int n = c.asInt();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = n == 1 ? start : i == n - 1 ? stop : start + i * (stop - start) / (n - 1);
        }
        return out;
    }

    private static final String KNOWN_OBSERVABLES = String.join(", ",
            java.util.Arrays.stream(Observable.values()).map(Observable::spelling).toList());

    private static List<Observable> observables(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of(Observable.values());
        }
        if (!node.isArray() || node.isEmpty()) {
            throw new ConfigException("observables", "must be a non-empty list of " + KNOWN_OBSERVABLES);
        }
        List<Observable> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String s = text(node.get(i), "observables[" + i + "]");
            Observable o = Observable.named(s).orElseThrow(() -> new ConfigException("observables",
                    "unknown observable '" + s + "'; known: " + KNOWN_OBSERVABLES));
            if (!out.contains(o)) {
                out.add(o);
            }
        }
        out.sort(null);
        return out;
    }

    private static void checkKeys(JsonNode node, Set<String> allowed, String where) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new ConfigException(where.isEmpty() ? k : where + "." + k, "unknown key; known: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    private static String text(JsonNode node, String where) {
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new ConfigException(where, "must be a non-empty text");
        }
        return node.asText();
    }

    private static double number(JsonNode node, String where) {
        if (node == null || !node.isNumber() || !Double.isFinite(node.asDouble())) {
            throw new ConfigException(where, "must be a finite number");
        }
        return node.asDouble();
    }

    private static long integer(JsonNode node, String where) {
        if (!node.isIntegralNumber()) {
            throw new ConfigException(where, "must be an integer");
        }
        return node.asLong();
    }

    private static int positiveInt(JsonNode node, String where) {
        long v = integer(node, where);
        if (v < 1 || v > Integer.MAX_VALUE) {
            throw new ConfigException(where, "must be an integer >= 1");
        }
        return (int) v;
    }
}
