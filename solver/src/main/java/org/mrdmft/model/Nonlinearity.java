package org.mrdmft.model;

/** The single-neuron nonlinearity phi. */
public enum Nonlinearity {
    /** phi(x) = erf(sqrt(pi) x / 2): phi'(0) = 1 and closed-form Gaussian averages. */
    ERF,
    /** phi(x) = tanh(x): Gaussian averages by Gauss-Hermite quadrature. */
    TANH;

    /** The config spelling of this nonlinearity. */
    public String configName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
