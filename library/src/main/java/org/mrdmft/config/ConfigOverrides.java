package org.mrdmft.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line overrides {@code key=value} ({@code --set}) applied to a parsed config tree before validation.
 * Keys are dotted camelCase paths ({@code dmft.dt}, {@code interactions.reciprocal.b}); list elements are
 * addressed by index ({@code disorder.0} or {@code disorder[0]}). The value is parsed as a YAML flow value,
 * so {@code 0.025}, {@code [1.5, 2]}, {@code tanh} and {@code {scale: 2, seed: 3}} all work. Missing sections
 * are created. Unknown keys are not rejected here but by validation, exactly like unknown keys in a file.
 *
 * <p>Setting one of mutually exclusive alternatives replaces the others: {@code interactions.random.scale=2}
 * on a config with {@code interactions.reciprocal} switches to random interactions, and likewise for
 * {@code inputs.amplitude} versus {@code inputs.schedule}.
 */
public final class ConfigOverrides {
    /** Sections whose keys are mutually exclusive alternatives. */
    private static final Map<String, Set<String>> ALTERNATIVES = Map.of(
            "interactions", Set.of("tensor", "reciprocal", "random"),
            "inputs", Set.of("amplitude", "schedule"));

    private ConfigOverrides() {
    }

    /** Applies every {@code key=value} in order (later ones win). */
    public static void apply(ObjectNode tree, List<String> overrides) {
        for (String o : overrides) {
            int eq = o.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException(o, "an override must look like key=value, got '" + o + "'");
            }
            String key = o.substring(0, eq).strip();
            String text = o.substring(eq + 1);
            JsonNode value = ConfigReader.readValue(text, displayPath(segments(key, o)));
            if (value == null) {
                throw new ConfigException(key, "the override has no value (write " + key + "=null to reset it)");
            }
            set(tree, key, value);
        }
    }

    /** Sets one dotted key to a value, creating missing sections. */
    public static void set(ObjectNode tree, String key, JsonNode value) {
        List<String> segs = segments(key, key);
        if (segs.size() >= 2 && !isIndex(segs.get(1))) {
            Set<String> alternatives = ALTERNATIVES.get(segs.get(0));
            JsonNode section = tree.get(segs.get(0));
            if (alternatives != null && alternatives.contains(segs.get(1)) && section instanceof ObjectNode) {
                for (String other : alternatives) {
                    if (!other.equals(segs.get(1))) {
                        ((ObjectNode) section).remove(other);
                    }
                }
            }
        }
        JsonNode container = tree;
        for (int k = 0; k < segs.size() - 1; k++) {
            container = child(container, segs, k);
        }
        String last = segs.get(segs.size() - 1);
        put(container, segs, segs.size() - 1, last, value.deepCopy());
    }

    /** The container at segs[k] inside container, created if missing or null. */
    private static JsonNode child(JsonNode container, List<String> segs, int k) {
        String seg = segs.get(k);
        boolean nextIsIndex = isIndex(segs.get(k + 1));
        JsonNode existing = isIndex(seg) ? container.get(Integer.parseInt(seg)) : container.get(seg);
        if (existing != null && (existing.isObject() || existing.isArray())) {
            return existing;
        }
        if (existing != null && !existing.isNull()) {
            throw new ConfigException(displayPath(segs.subList(0, k + 1)),
                    "cannot set " + displayPath(segs) + ": " + displayPath(segs.subList(0, k + 1)) + " is "
                            + ConfigNode.describe(existing) + ", not a " + (nextIsIndex ? "list" : "section"));
        }
        JsonNode created = nextIsIndex ? JsonNodeFactory.instance.arrayNode() : JsonNodeFactory.instance.objectNode();
        put(container, segs, k, seg, created);
        return created;
    }

    private static void put(JsonNode container, List<String> segs, int k, String seg, JsonNode value) {
        if (container instanceof ObjectNode && !isIndex(seg)) {
            ((ObjectNode) container).set(seg, value);
            return;
        }
        String where = displayPath(segs.subList(0, k));
        if (container instanceof ArrayNode && isIndex(seg)) {
            ArrayNode a = (ArrayNode) container;
            int i = Integer.parseInt(seg);
            if (i < a.size()) {
                a.set(i, value);
            } else if (i == a.size()) {
                a.add(value);
            } else {
                throw new ConfigException(displayPath(segs.subList(0, k + 1)),
                        "index " + i + " is out of range: " + where + " has " + a.size() + " elements");
            }
            return;
        }
        throw new ConfigException(displayPath(segs.subList(0, k + 1)), isIndex(seg)
                ? where + " is a section, not a list; cannot set element " + seg
                : where + " is a list; address its elements by index");
    }

    /** Splits {@code a.b[2].c} into [a, b, 2, c]. */
    private static List<String> segments(String key, String original) {
        String normalised = key.strip().replaceAll("\\[(\\d+)]", ".$1");
        List<String> segs = new ArrayList<>(List.of(normalised.split("\\.", -1)));
        if (normalised.isEmpty() || segs.stream().anyMatch(String::isEmpty)) {
            throw new ConfigException(key, "malformed override key in '" + original + "' (expected a dotted path)");
        }
        if (isIndex(segs.get(0))) {
            throw new ConfigException(key, "an override key must start with a key name, got '" + key + "'");
        }
        return segs;
    }

    private static boolean isIndex(String seg) {
        return !seg.isEmpty() && seg.length() < 10 && seg.chars().allMatch(Character::isDigit);
    }

    /** [a, b, 2, c] spelt as {@code a.b[2].c}, the spelling of validation errors. */
    private static String displayPath(List<String> segs) {
        String path = "";
        for (String s : segs) {
            path = isIndex(s) ? ConfigPaths.index(path, Integer.parseInt(s)) : ConfigPaths.child(path, s);
        }
        return path;
    }
}
