package org.mrdmft.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.mrdmft.stationary.FixedPointPolytope;
import org.mrdmft.stationary.PolytopeReport;

/**
 * The fixed-point manifold of a reciprocal network with a = 0 (docs/MODEL.md section 3) for summary.json:
 * the polytope of squared pair currents, its vertex count, fracture variables and number of disconnected
 * components. Present only for configs with {@code interactions.reciprocal}, all a = 0 and all b &gt; 1.
 */
final class ManifoldSection {
    private ManifoldSection() {
    }

    static Optional<PolytopeReport> of(JsonNode resolvedConfig) {
        JsonNode rec = resolvedConfig.path("interactions").path("reciprocal");
        if (!rec.isObject()) {
            return Optional.empty();
        }
        JsonNode a = rec.path("a");
        JsonNode b = rec.path("b");
        if (a.size() < 2 || b.size() != a.size()) {
            return Optional.empty();
        }
        double[] bs = new double[b.size()];
        for (int i = 0; i < bs.length; i++) {
            if (a.get(i).asDouble() != 0.0 || !(b.get(i).asDouble() > 1.0)) {
                return Optional.empty();
            }
            bs[i] = b.get(i).asDouble();
        }
        return Optional.of(new FixedPointPolytope(bs).report());
    }

    static void write(ObjectNode target, PolytopeReport report) {
        target.put("feasible", report.feasible());
        target.put("vertices", report.vertexCount());
        ArrayNode pairs = target.putArray("fracturePairs");
        for (int[] p : report.fracturePairs()) {
            pairs.addArray().add(p[0] + 1).add(p[1] + 1);
        }
        target.put("components", report.components());
    }
}
