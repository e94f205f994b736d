package org.mrdmft.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Iterator;
import java.util.Map;
import org.mrdmft.config.ConfigReference;
import org.mrdmft.config.Setting;
import org.mrdmft.config.SettingsSection;

/**
 * The resolved config as output files show it: without floating-point noise in the settings and with counts
 * as integers. Every number is rounded to 15 significant digits (2.0000000000000004 becomes 2.0, which is
 * what the user wrote or meant), an entry of a list below 1e-13 of the list's largest magnitude is written
 * as 0 (4.4e-16 beside 2 in a derived tensor), and the values of integer-typed settings (docs/CONFIG.md:
 * {@code validation.neurons}, {@code dmft.steps}, ...) as integers. Only the copy that is written changes; the
 * config fingerprint stays that of the resolved config.
 */
public final class TidyConfig {
    private static final MathContext DIGITS = new MathContext(15);
    private static final double NOISE = 1e-13;

    private TidyConfig() {
    }

    /** A tidied copy of a resolved config tree. */
    public static ObjectNode of(JsonNode resolved) {
        ObjectNode copy = (ObjectNode) tidy(resolved, 0.0);
        for (SettingsSection<?> section : ConfigReference.settingsSections()) {
            JsonNode values = copy.path(section.name());
            if (values instanceof ObjectNode o) {
                for (Setting<?, ?> s : section.settings()) {
                    if (s.type().describe().contains("integer") && o.has(s.name())) {
                        o.set(s.name(), integers(o.get(s.name())));
                    }
                }
            }
        }
        return copy;
    }

    /** A number rounded to 15 significant digits: 29.950000000000003 (199 x 0.05) becomes 29.95. */
    public static double round(double v) {
        return Double.isFinite(v) ? new BigDecimal(v).round(DIGITS).doubleValue() : v;
    }

    private static JsonNode tidy(JsonNode node, double scale) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.set(e.getKey(), tidy(e.getValue(), 0.0));
            }
            return out;
        }
        if (node.isArray()) {
            double s = scale > 0 ? scale : largest(node);
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> out.add(tidy(n, s)));
            return out;
        }
        if (node.isFloatingPointNumber()) {
            double v = node.doubleValue();
            if (!Double.isFinite(v)) {
                return node;
            }
            if (Math.abs(v) < NOISE * scale) {
                return JsonNodeFactory.instance.numberNode(0.0);
            }
            return JsonNodeFactory.instance.numberNode(round(v));
        }
        return node;
    }

    /** The largest magnitude among the numbers of a (nested) list. */
    private static double largest(JsonNode array) {
        double m = 0.0;
        for (JsonNode n : array) {
            if (n.isArray()) {
                m = Math.max(m, largest(n));
            } else if (n.isNumber() && Double.isFinite(n.doubleValue())) {
                m = Math.max(m, Math.abs(n.doubleValue()));
            }
        }
        return m;
    }

    private static JsonNode integers(JsonNode node) {
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> out.add(integers(n)));
            return out;
        }
        if (node.isNumber() && node.doubleValue() == Math.rint(node.doubleValue())
                && Math.abs(node.doubleValue()) < 0x1p53) {
            return JsonNodeFactory.instance.numberNode(node.longValue());
        }
        return node;
    }
}
