package org.mrdmft.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mrdmft.config.ConfigException;
import org.mrdmft.config.ConfigLoader;
import org.mrdmft.config.ConfigNode;
import org.mrdmft.config.RunConfig;
import org.mrdmft.config.Setting;
import org.mrdmft.config.SettingValues;

/**
 * Reads a sweep file (YAML or JSON) into a {@link SweepSpec}; every problem is one {@link ConfigException}
 * naming the key. The keys are described in {@link SweepFileKeys} and checked with the validators of run
 * configs; the base config and every grid point's config are checked as run configs, so a sweep is refused
 * here for any value a run config refuses.
 */
public final class SweepSpecReader {
    private SweepSpecReader() {
    }

    /** Reads and checks a sweep file. */
    public static SweepSpec read(Path file) {
        return readPlan(file).spec();
    }

    /** Reads and checks a sweep file; returns the plan its check built (every grid point's config resolved). */
    public static SweepPlan readPlan(Path file) {
        ObjectNode tree = ConfigLoader.readTree(file);
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String defaultName = dot > 0 ? fileName.substring(0, dot) : fileName;
        return parsePlan(tree, file.toAbsolutePath().getParent(), defaultName);
    }

    /** Checks a parsed sweep tree; a {@code base} path is resolved against {@code dir}. */
    public static SweepSpec parse(ObjectNode tree, Path dir, String defaultName) {
        return parsePlan(tree, dir, defaultName).spec();
    }

    /**
     * Checks a parsed sweep tree and returns the plan the check built: every grid point's config is resolved
     * as a run config once, here, and callers run that plan instead of building it again.
     */
    public static SweepPlan parsePlan(ObjectNode tree, Path dir, String defaultName) {
        ConfigNode root = ConfigNode.root(tree).requireMapping(SweepFileKeys.SWEEP.keys());
        String name = value(SweepFileKeys.NAME, root);
        name = name != null ? name : defaultName;
        ConfigNode baseNode = root.get(SweepFileKeys.BASE.name());
        ObjectNode base;
        String baseName;
        if (!baseNode.isPresent()) {
            throw baseNode.error("missing: give a config path or an inline config");
        } else if (baseNode.raw().isTextual()) {
            Path p = dir.resolve(baseNode.raw().asText());
            base = ConfigLoader.readTree(p);
            String f = p.getFileName().toString();
            baseName = f.lastIndexOf('.') > 0 ? f.substring(0, f.lastIndexOf('.')) : f;
        } else if (baseNode.raw().isObject()) {
            base = (ObjectNode) baseNode.raw();
            baseName = name;
        } else {
            throw baseNode.error("must be a config path or an inline config");
        }
        RunConfig resolvedBase;
        try {
            resolvedBase = ConfigLoader.fromTree(base, baseName, List.of());
        } catch (ConfigException e) {
            throw baseNode.error("invalid config: " + e.getMessage());
        }
        List<SweepAxis> axes = new ArrayList<>();
        ConfigNode axesNode = root.get(SweepFileKeys.AXES.name());
        if (axesNode.isPresent() && !axesNode.isArray()) {
            throw axesNode.error("must be a list of axes");
        }
        for (int i = 0; i < axesNode.size(); i++) {
            ConfigNode a = axesNode.at(i);
            SweepAxis axis = axis(a);
            if (axes.stream().anyMatch(b -> b.key().equals(axis.key()))) {
                throw a.get(SweepFileKeys.AXIS_KEY.name()).error("key " + axis.key() + " is swept twice");
            }
            axes.add(axis);
        }
        int draws = value(SweepFileKeys.DRAWS, root);
        long seed = value(SweepFileKeys.SEED, root);
        List<Observable> observables = value(SweepFileKeys.OBSERVABLES_KEY, root);
        SweepSpec spec = new SweepSpec(name, base, baseName, resolvedBase.resolved(), axes, draws, seed, observables);
        return new SweepPlan(spec); // every grid point's config, checked as a run config
    }

    private static SweepAxis axis(ConfigNode node) {
        if (!node.raw().isObject()) {
            throw node.error("an axis must be {key: ..., values: [..]}, {key: ..., linspace: "
                    + "[start, stop, count]} or {key: interactions, leadingEigenvalue: {..}}");
        }
        node.requireMapping(SweepFileKeys.AXIS.keys());
        String key = value(SweepFileKeys.AXIS_KEY, node);
        if (key.isBlank()) {
            throw node.get(SweepFileKeys.AXIS_KEY.name()).error("must be a non-empty dotted config key");
        }
        List<String> kinds = node.presentAmong(List.of(SweepFileKeys.VALUES.name(), SweepFileKeys.LINSPACE_KEY.name(),
                SweepFileKeys.LEADING_EIGENVALUE.name()));
        if (kinds.size() != 1) {
            throw node.error("give exactly one of values, linspace, leadingEigenvalue");
        }
        if (kinds.get(0).equals(SweepFileKeys.LEADING_EIGENVALUE.name())) {
            if (!LeadingEigenvalueAxis.KEY.equals(key)) {
                throw node.get(SweepFileKeys.AXIS_KEY.name()).error("a leadingEigenvalue axis sets "
                        + LeadingEigenvalueAxis.KEY + ", not " + key);
            }
            return eigenAxis(node.get(SweepFileKeys.LEADING_EIGENVALUE.name()));
        }
        List<JsonNode> values = new ArrayList<>();
        ConfigNode valuesNode = node.get(SweepFileKeys.VALUES.name());
        if (valuesNode.isPresent()) {
            if (!valuesNode.isArray()) {
                throw valuesNode.error("must be a list");
            }
            valuesNode.raw().forEach(values::add);
        } else {
            for (double x : value(SweepFileKeys.LINSPACE_KEY, node)) {
                values.add(DoubleNode.valueOf(x));
            }
        }
        if (values.isEmpty()) {
            throw valuesNode.error("axis " + key + " is empty");
        }
        return new ValuesAxis(key, values);
    }

    private static LeadingEigenvalueAxis eigenAxis(ConfigNode node) {
        if (!node.raw().isObject()) {
            throw node.error("must be {re: .., im: .., tolerance: .., scale: .., maxTries: ..}");
        }
        node.requireMapping(SweepFileKeys.TARGET.keys());
        double[] re = value(SweepFileKeys.RE, node);
        double[] im = value(SweepFileKeys.IM, node);
        double tolerance = value(SweepFileKeys.TOLERANCE, node);
        double scale = value(SweepFileKeys.SCALE_KEY, node);
        int maxTries = value(SweepFileKeys.MAX_TRIES, node);
        return new LeadingEigenvalueAxis(re, im, tolerance, scale, maxTries);
    }

    /** A key of a sweep file: read and validated if present, else its default. */
    private static <V> V value(Setting<Void, V> key, ConfigNode parent) {
        return key.read(parent, null, new SettingValues(0));
    }
}
