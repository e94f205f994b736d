package org.mrdmft.config;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** Nested double arrays as JSON lists, for the resolved config tree. */
final class JsonArrays {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonArrays() {
    }

    static ArrayNode of(double[] v) {
        ArrayNode a = NODES.arrayNode(v.length);
        for (double x : v) {
            a.add(x);
        }
        return a;
    }

    static ArrayNode of(double[][] m) {
        ArrayNode a = NODES.arrayNode(m.length);
        for (double[] row : m) {
            a.add(of(row));
        }
        return a;
    }

    static ArrayNode of(double[][][] t) {
        ArrayNode a = NODES.arrayNode(t.length);
        for (double[][] m : t) {
            a.add(of(m));
        }
        return a;
    }
}
