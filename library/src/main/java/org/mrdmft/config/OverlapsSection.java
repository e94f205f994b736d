package org.mrdmft.config;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.model.NetworkRules;

/**
 * The {@code overlaps:} section: U[mu][rho][rho'] = &lt;m^{mu rho} m^{mu rho'}&gt;, identity per region by
 * default. Each U^{mu} must be symmetric and positive-definite ({@link NetworkRules#overlaps}).
 */
final class OverlapsSection {
    /** U, R x R x R. */
    final double[][][] tensor;
    /** The resolved section. */
    final ObjectNode resolved = JsonNodeFactory.instance.objectNode();

    OverlapsSection(ConfigNode section, int r) {
        if (section.isPresent()) {
            section.requireMapping(List.of("tensor"));
            ConfigNode t = section.get("tensor");
            tensor = NetworkRules.overlaps(t.cube(r, ConfigNode.shape(r, 3)));
        } else {
            tensor = NetworkModel.identityOverlaps(r);
        }
        resolved.set("tensor", JsonArrays.of(tensor));
    }
}
