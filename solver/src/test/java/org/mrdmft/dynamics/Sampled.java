package org.mrdmft.dynamics;

import java.util.function.DoubleUnaryOperator;

/** Test signals: f(k dt) for k = 0..n-1. */
final class Sampled {
    static final double DT = 0.05;

    private Sampled() {
    }

    static double[] of(int n, DoubleUnaryOperator f) {
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = f.applyAsDouble(k * DT);
        }
        return x;
    }
}
