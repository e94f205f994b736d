package org.mrdmft.simulation;

import org.mrdmft.model.Nonlinearity;

/**
 * Pointwise phi and phi' of a configured {@link Nonlinearity}, for the network simulation:
 * erf(sqrt(pi) x / 2) (phi'(x) = exp(-pi x^2 / 4)) or tanh.
 */
final class Activation {
    private static final double ERF_SCALE = Math.sqrt(Math.PI) / 2;
    private static final double ERF_SLOPE = Math.PI / 4;

    private final Nonlinearity kind;

    Activation(Nonlinearity kind) {
        this.kind = kind;
    }

    /** phi(x). */
    double rate(double x) {
        return kind == Nonlinearity.ERF ? Erf.erf(ERF_SCALE * x) : Math.tanh(x);
    }

    /** phi'(x). */
    double slope(double x) {
        if (kind == Nonlinearity.ERF) {
            return Math.exp(-ERF_SLOPE * x * x);
        }
        double c = Math.cosh(x);
        return 1.0 / (c * c);
    }

    /** out[i] = phi(in[i]) for from &lt;= i &lt; to. */
    void rates(double[] in, double[] out, int from, int to) {
        if (kind == Nonlinearity.ERF) {
            for (int i = from; i < to; i++) {
                out[i] = Erf.erf(ERF_SCALE * in[i]);
            }
        } else {
            for (int i = from; i < to; i++) {
                out[i] = Math.tanh(in[i]);
            }
        }
    }
}
