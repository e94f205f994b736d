package org.mrdmft.sweep;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.mrdmft.config.ConfigLoader;

/**
 * A parsed sweep file: the base config, the grid axes, the draws per point and the seed they derive from.
 *
 * @param name the sweep name (default output directory ./out/&lt;name&gt;/)
 * @param base the base config as read (not validated against the axes yet)
 * @param baseName the default config name of the base
 * @param resolvedBase the base config resolved (defaults filled in), recorded in outputs
 * @param axes the grid axes, first varying slowest
 * @param draws repetitions per point, each with its own derived seed
 * @param seed the sweep seed every (point, draw) seed derives from
 * @param observables the per-region columns of the table
 */
public record SweepSpec(String name, ObjectNode base, String baseName, ObjectNode resolvedBase,
                        List<SweepAxis> axes, int draws, long seed, List<Observable> observables) {
    public SweepSpec {
        base = base.deepCopy();
        resolvedBase = resolvedBase.deepCopy();
        axes = List.copyOf(axes);
        observables = List.copyOf(observables);
    }

    @Override
    public ObjectNode base() {
        return base.deepCopy();
    }

    /** The sweep as recorded in summary.json: everything that determines the results. */
    public ObjectNode resolved() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("name", name);
        o.set("base", resolvedBase.deepCopy());
        axes.forEach(a -> o.withArray("axes").add(a.toJson()));
        o.withArray("axes");
        o.put("draws", draws);
        o.put("seed", seed);
        observables.forEach(ob -> o.withArray("observables").add(ob.spelling()));
        return o;
    }

    /** Identifies the sweep's results: the SHA-256 of the canonical resolved spec. */
    public String fingerprint() {
        return ConfigLoader.fingerprint(resolved());
    }
}
