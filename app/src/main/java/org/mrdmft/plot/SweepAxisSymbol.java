package org.mrdmft.plot;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The symbol an axis of a sweep map is labelled with, in {@link MathText} markup: the column of points.csv
 * ({@code leadingEigenvalue.re}, {@code disorder.0}, {@code interactions.reciprocal.b[1]}) spelt as the physics
 * writes it (Re λ, g^1, b^2). Regions count from 1 as everywhere a user reads. A key the table does not know
 * keeps its own spelling, the only honest name left.
 */
final class SweepAxisSymbol {
    /** Whole keys and their symbols. */
    private static final Map<String, String> WHOLE = Map.of(
            "leadingEigenvalue.re", "Re λ",
            "leadingEigenvalue.im", "Im λ",
            "disorder", "g",
            "dmft.dt", "Δt",
            "simulation.dt", "Δt",
            "simulation.neurons", "N",
            "inputs.amplitude", "I");
    /** Per-region keys (an index follows) and their symbols. */
    private static final Map<String, String> INDEXED = Map.of(
            "disorder", "g",
            "interactions.reciprocal.a", "a",
            "interactions.reciprocal.b", "b",
            "inputs.amplitude", "I");
    private static final Pattern INDEX = Pattern.compile("(.*?)(?:\\.(\\d+)|\\[(\\d+)])");

    private SweepAxisSymbol() {
    }

    /** The markup of column {@code column}. */
    static String of(String column) {
        String whole = WHOLE.get(column);
        if (whole != null) {
            return whole;
        }
        Matcher m = INDEX.matcher(column);
        if (m.matches()) {
            String base = INDEXED.get(m.group(1));
            if (base != null) {
                int index = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
                return base + "^{" + (index + 1) + "}";
            }
        }
        return column;
    }
}
