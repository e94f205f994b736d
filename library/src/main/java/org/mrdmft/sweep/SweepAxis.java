package org.mrdmft.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One dimension of a sweep grid: a list of settings applied to the base config. The grid is the product of
 * all axes, the first axis varying slowest.
 */
public sealed interface SweepAxis permits ValuesAxis, LeadingEigenvalueAxis {
    /** The config key the axis sets (dotted path). */
    String key();

    /** Number of settings along the axis (at least 1). */
    int size();

    /** Names of the table columns holding the axis coordinates. */
    List<String> columns();

    /** The coordinates of setting {@code i}, one per column. */
    List<JsonNode> coordinates(int i);

    /** The axis as written in the resolved sweep spec. */
    ObjectNode toJson();
}
