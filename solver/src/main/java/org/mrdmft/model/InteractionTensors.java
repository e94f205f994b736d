package org.mrdmft.model;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;

/** Builders for the named parameterisations of the effective interactions T (docs/MODEL.md section 1). */
public final class InteractionTensors {
    private InteractionTensors() {
    }

    /**
     * Reciprocal (symmetric) interactions: T^{mu nu rho} = delta^{mu rho} c^{mu nu},
     * c = u u^T + diag(a - b), u^mu = s^mu sqrt(b^mu).
     *
     * @throws InvalidNetworkException if some a is not finite, some b is negative or some sign is not +-1
     */
    public static double[][][] reciprocal(double[] a, double[] b, double[] signs) {
        int r = a.length;
        if (b.length != r || signs.length != r) {
            throw new IllegalArgumentException("a, b and signs must have the same length");
        }
        for (int mu = 0; mu < r; mu++) {
            NetworkRules.finite("interactions.reciprocal.a[" + mu + "]", a[mu]);
            NetworkRules.nonNegative("interactions.reciprocal.b[" + mu + "]", b[mu]);
            NetworkRules.sign(mu, signs[mu]);
        }
        double[][][] t = new double[r][r][r];
        for (int mu = 0; mu < r; mu++) {
            double uMu = signs[mu] * Math.sqrt(b[mu]);
            for (int nu = 0; nu < r; nu++) {
                double c = uMu * signs[nu] * Math.sqrt(b[nu]);
                if (mu == nu) {
                    c += a[mu] - b[mu];
                }
                t[mu][nu][mu] = c;
            }
        }
        return t;
    }

    /**
     * Random interactions (the config's {@code interactions.random}): T i.i.d. N(0, scale^2 / R), drawn in
     * [mu][nu][rho] order from a Well19937c seeded with {@code seed}.
     *
     * @throws InvalidNetworkException if the scale is negative or not finite
     */
    public static double[][][] random(int r, double scale, long seed) {
        NetworkRules.nonNegative("interactions.random.scale", scale);
        return random(r, scale, new Well19937c(seed));
    }

    /**
     * Random interactions T i.i.d. N(0, scale^2 / R) drawn in [mu][nu][rho] order from {@code rng}; repeated
     * calls continue the stream (rejection sampling draws many tensors from one generator).
     */
    public static double[][][] random(int r, double scale, RandomGenerator rng) {
        double sd = scale / Math.sqrt(r);
        double[][][] t = new double[r][r][r];
        for (int mu = 0; mu < r; mu++) {
            for (int nu = 0; nu < r; nu++) {
                for (int rho = 0; rho < r; rho++) {
                    t[mu][nu][rho] = sd * rng.nextGaussian();
                }
            }
        }
        return t;
    }

    /**
     * The R^2 x R^2 matrix That_{(mu nu),(nu' rho)} = delta^{nu nu'} T^{mu nu rho}, row index mu*R + nu,
     * column index nu'*R + rho. Its eigenvalues are the outliers of the connectivity spectrum.
     */
    public static double[][] lifted(double[][][] t) {
        int r = t.length;
        double[][] h = new double[r * r][r * r];
        for (int mu = 0; mu < r; mu++) {
            for (int nu = 0; nu < r; nu++) {
                for (int rho = 0; rho < r; rho++) {
                    h[mu * r + nu][nu * r + rho] = t[mu][nu][rho];
                }
            }
        }
        return h;
    }
}
