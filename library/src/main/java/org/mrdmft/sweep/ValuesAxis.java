package org.mrdmft.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * An axis that sets one config key to each of a list of values ({@code values: [..]} or
 * {@code linspace: [start, stop, count]} in the sweep file).
 *
 * @param key the dotted config key
 * @param values the values, in order (not empty)
 */
public record ValuesAxis(String key, List<JsonNode> values) implements SweepAxis {
    public ValuesAxis {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("axis " + key + " has no values");
        }
    }

    @Override
    public int size() {
        return values.size();
    }

    @Override
    public List<String> columns() {
        return List.of(key);
    }

    @Override
    public List<JsonNode> coordinates(int i) {
        return List.of(values.get(i));
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("key", key);
        o.putArray("values").addAll(values);
        return o;
    }
}
