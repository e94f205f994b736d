package org.mrdmft.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A random-draw axis over target leading eigenvalues lambda = re + i im of That (fig5): every (re, im) of the
 * product grid {@code re x im} (re varying slowest) is one setting, and each (point, draw) gets random
 * interactions whose leading eigenvalue hits the target (see {@link LeadingEigenvalueSampler}).
 *
 * @param re target real parts
 * @param im target imaginary parts (compared with |Im lambda|)
 * @param tolerance accepted distance in Re and in |Im|
 * @param scale the standard deviation scale of T (T ~ N(0, scale^2 / R)), or NaN for |lambda| of the target
 * @param maxTries draws before giving up (a user error)
 */
public record LeadingEigenvalueAxis(double[] re, double[] im, double tolerance, double scale, int maxTries)
        implements SweepAxis {
    /** The only key this axis kind sets. */
    public static final String KEY = "interactions";
    /** The default accepted distance from the target in Re and in |Im|. */
    public static final double DEFAULT_TOLERANCE = 0.01875;
    /** The default bound on rejection-sampling draws. */
    public static final int DEFAULT_MAX_TRIES = 200_000;
    /** Spelling of the target-modulus scale in sweep files. */
    public static final String MODULUS_SCALE = "|lambda|";

    public LeadingEigenvalueAxis {
        re = re.clone();
        im = im.clone();
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int size() {
        return re.length * im.length;
    }

    @Override
    public List<String> columns() {
        return List.of("leadingEigenvalue.re", "leadingEigenvalue.im");
    }

    @Override
    public List<JsonNode> coordinates(int i) {
        return List.of(DoubleNode.valueOf(targetRe(i)), DoubleNode.valueOf(targetIm(i)));
    }

    /** Re of target {@code i}. */
    public double targetRe(int i) {
        return re[i / im.length];
    }

    /** Im of target {@code i}. */
    public double targetIm(int i) {
        return im[i % im.length];
    }

    /** The scale of T for target {@code i}. */
    public double scaleFor(int i) {
        return Double.isNaN(scale) ? Math.hypot(targetRe(i), targetIm(i)) : scale;
    }

    @Override
    public double[] re() {
        return re.clone();
    }

    @Override
    public double[] im() {
        return im.clone();
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("key", KEY);
        ObjectNode l = o.putObject("leadingEigenvalue");
        for (double v : re) {
            l.withArray("re").add(v);
        }
        for (double v : im) {
            l.withArray("im").add(v);
        }
        l.put("tolerance", tolerance);
        if (Double.isNaN(scale)) {
            l.put("scale", MODULUS_SCALE);
        } else {
            l.put("scale", scale);
        }
        l.put("maxTries", maxTries);
        return o;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LeadingEigenvalueAxis a && toJson().equals(a.toJson());
    }

    @Override
    public int hashCode() {
        return toJson().hashCode();
    }

    @Override
    public String toString() {
        return toJson().toString();
    }
}
