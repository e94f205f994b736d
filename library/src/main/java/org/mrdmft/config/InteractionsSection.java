package org.mrdmft.config;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.mrdmft.model.InteractionTensors;

/**
 * The {@code interactions:} section: exactly one of {@code tensor}, {@code reciprocal} or {@code random},
 * resolved to the effective interactions T[mu][nu][rho]. The resolved section repeats what the user wrote
 * (defaults filled in) and adds {@code resolvedTensor}, the actual T. {@code resolvedTensor} is accepted on
 * input so that a resolved config can be fed back, but it is derived data: it is ignored and recomputed.
 */
final class InteractionsSection {
    static final String RESOLVED_TENSOR = "resolvedTensor";
    private static final List<String> KINDS = List.of("tensor", "reciprocal", "random");
    private static final List<String> KEYS = List.of("tensor", "reciprocal", "random", RESOLVED_TENSOR);

    /** The effective interactions T, R x R x R. */
    final double[][][] tensor;
    /** The resolved section. */
    final ObjectNode resolved = JsonNodeFactory.instance.objectNode();

    InteractionsSection(ConfigNode section, int r) {
        section.requireMapping(KEYS);
        List<String> kinds = section.presentAmong(KINDS);
        if (kinds.size() != 1) {
            throw section.error("give exactly one of tensor, reciprocal, random; got "
                    + (kinds.isEmpty() ? "none" : String.join(" and ", kinds)));
        }
        String shape3 = ConfigNode.shape(r, 3);
        String shape1 = ConfigNode.shape(r, 1);
        switch (kinds.get(0)) {
            case "tensor":
                tensor = section.get("tensor").cube(r, shape3);
                resolved.set("tensor", JsonArrays.of(tensor));
                break;
            case "reciprocal": {
                ConfigNode rec = section.get("reciprocal").requireMapping(List.of("a", "b", "signs"));
                double[] a = rec.get("a").vector(r, shape1);
                double[] b = rec.get("b").nonNegativeVector(r, shape1);
                double[] signs = new double[r];
                java.util.Arrays.fill(signs, 1.0);
                ConfigNode s = rec.get("signs");
                if (s.isPresent()) {
                    signs = s.vector(r, shape1);
                }
                tensor = InteractionTensors.reciprocal(a, b, signs); // checks the signs (NetworkRules)
                ObjectNode out = resolved.putObject("reciprocal");
                out.set("a", JsonArrays.of(a));
                out.set("b", JsonArrays.of(b));
                out.set("signs", JsonArrays.of(signs));
                break;
            }
            default: {
                ConfigNode rnd = section.get("random").requireMapping(List.of("scale", "seed"));
                double scale = rnd.get("scale").nonNegative();
                long seed = rnd.get("seed").integer(0L);
                tensor = InteractionTensors.random(r, scale, seed);
                ObjectNode out = resolved.putObject("random");
                out.put("scale", scale);
                out.put("seed", seed);
                break;
            }
        }
        resolved.set(RESOLVED_TENSOR, JsonArrays.of(tensor));
    }
}
