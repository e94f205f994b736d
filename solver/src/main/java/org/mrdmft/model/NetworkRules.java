package org.mrdmft.model;

import java.util.List;
import java.util.Locale;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;

/**
 * The rules a network's parameters must obey (docs/MODEL.md sections 1, 5 and 6), in one place for every way of
 * describing a network (a config file, the Java builder). Each check returns its argument when it holds and
 * otherwise throws an {@link InvalidNetworkException} naming the parameter as a config file spells it.
 */
public final class NetworkRules {
    /** Largest asymmetry |U[i][j] - U[j][i]| accepted, relative to the largest entry (at least 1). */
    public static final double SYMMETRY_TOLERANCE = 1e-10;
    /** Smallest eigenvalue of U^mu accepted, relative to the largest (at least 1). */
    public static final double DEFINITENESS_TOLERANCE = 1e-12;

    private NetworkRules() {
    }

    /** A finite number &gt;= 0, e.g. a disorder strength g^mu. */
    public static double nonNegative(String field, double value) {
        finite(field, value);
        if (value < 0) {
            throw new InvalidNetworkException(field, "must be >= 0, got " + value);
        }
        return value;
    }

    /** A finite number. */
    public static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidNetworkException(field, "must be a finite number, got " + value);
        }
        return value;
    }

    /**
     * Cross-region disorder g^{mu nu} (docs/MODEL.md section 5): entries &gt;= 0 and a zero diagonal, since the
     * within-region strength g^{mu mu} is {@code disorder[mu]} alone.
     */
    public static double[][] crossDisorder(double[][] c) {
        for (int mu = 0; mu < c.length; mu++) {
            for (int nu = 0; nu < c[mu].length; nu++) {
                String field = "crossDisorder[" + mu + "][" + nu + "]";
                finite(field, c[mu][nu]);
                if (c[mu][nu] < 0) {
                    throw new InvalidNetworkException(field, "must be >= 0, got " + c[mu][nu]);
                }
            }
            if (c[mu][mu] != 0.0) {
                throw new InvalidNetworkException("crossDisorder[" + mu + "][" + mu + "]", "the diagonal must be 0, got "
                        + c[mu][mu] + ": the within-region strength g^{mu mu} is disorder[" + mu + "]");
            }
        }
        return c;
    }

    /** A reciprocal sign s^mu: +1 or -1. */
    public static double sign(int mu, double s) {
        if (s != 1.0 && s != -1.0) {
            throw new InvalidNetworkException("interactions.reciprocal.signs[" + mu + "]",
                    "a sign must be +1 or -1, got " + s);
        }
        return s;
    }

    /**
     * The overlaps U (docs/MODEL.md section 1): each U^{mu} symmetric (to {@link #SYMMETRY_TOLERANCE}) and
     * positive-definite (smallest eigenvalue above {@link #DEFINITENESS_TOLERANCE} times the largest).
     */
    public static double[][][] overlaps(double[][][] u) {
        for (int mu = 0; mu < u.length; mu++) {
            symmetricPositiveDefinite(u[mu], mu);
        }
        return u;
    }

    private static void symmetricPositiveDefinite(double[][] u, int mu) {
        String field = "overlaps.tensor[" + mu + "]";
        int r = u.length;
        double scale = 0.0;
        for (double[] row : u) {
            for (double x : row) {
                scale = Math.max(scale, Math.abs(x));
            }
        }
        for (int i = 0; i < r; i++) {
            for (int j = i + 1; j < r; j++) {
                if (Math.abs(u[i][j] - u[j][i]) > SYMMETRY_TOLERANCE * Math.max(1.0, scale)) {
                    throw new InvalidNetworkException(field, "U^{" + mu + "} must be symmetric, but [" + i + "][" + j
                            + "] = " + u[i][j] + " and [" + j + "][" + i + "] = " + u[j][i]);
                }
            }
        }
        double[] eig = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(u)).getEigenvalues();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double e : eig) {
            min = Math.min(min, e);
            max = Math.max(max, e);
        }
        if (!(min > DEFINITENESS_TOLERANCE * Math.max(1.0, max))) {
            throw new InvalidNetworkException(field, "U^{" + mu + "} must be positive-definite, but its smallest"
                    + " eigenvalue is " + String.format(Locale.ROOT, "%.6g", min));
        }
    }

    /**
     * Phase {@code k} of an input schedule (docs/MODEL.md section 6): {@code to > from}; {@code to} infinite
     * ("until the end") only on the last phase.
     *
     * @param to the end of the phase, {@code Double.POSITIVE_INFINITY} when not given
     */
    public static InputPhase phase(int k, double from, double to, boolean last, double[] amplitude) {
        String field = "inputs.schedule[" + k + "]";
        if (Double.isInfinite(to) && to > 0) {
            if (!last) {
                throw new InvalidNetworkException(field + ".to",
                        "missing; only the last phase may omit 'to' (meaning: until the end)");
            }
        } else if (!(to > from)) {
            throw new InvalidNetworkException(field + ".to", "must be > from = " + from + ", got " + to);
        }
        return new InputPhase(from, to, amplitude);
    }

    /** An input schedule: phases sorted by {@code from} and not overlapping. */
    public static List<InputPhase> schedule(List<InputPhase> phases) {
        if (phases.isEmpty()) {
            throw new InvalidNetworkException("inputs.schedule",
                    "the schedule is empty; give at least one phase {from, to, amplitude}");
        }
        for (int k = 1; k < phases.size(); k++) {
            InputPhase prev = phases.get(k - 1);
            InputPhase phase = phases.get(k);
            String field = "inputs.schedule[" + k + "]";
            if (phase.from() < prev.from()) {
                throw new InvalidNetworkException(field, "phases must be sorted by from: from = " + phase.from()
                        + " comes before the previous phase's from = " + prev.from());
            }
            if (phase.from() < prev.to()) {
                throw new InvalidNetworkException(field, "phase [" + phase.from() + ", " + phase.to() + ") overlaps "
                        + "inputs.schedule[" + (k - 1) + "] = [" + prev.from() + ", " + prev.to() + ")");
            }
        }
        return phases;
    }
}
