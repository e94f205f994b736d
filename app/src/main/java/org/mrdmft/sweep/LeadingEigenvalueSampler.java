package org.mrdmft.sweep;

import org.hipparchus.complex.Complex;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.mrdmft.config.ConfigException;
import org.mrdmft.model.InteractionTensors;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.stationary.Spectra;

/**
 * Rejection sampling of random interactions with a prescribed leading outlier (fig5): draws T i.i.d.
 * N(0, scale^2 / R) from one seeded generator until the eigenvalue of That with the largest real part lies
 * within +-tolerance of the target in Re and in |Im|. Giving up after {@code maxTries} draws is a user error:
 * the target is out of reach of that scale (or the tolerance is too tight).
 *
 * @param tolerance accepted distance in Re and in |Im|
 * @param maxTries draws before giving up
 */
public record LeadingEigenvalueSampler(double tolerance, int maxTries) {

    /** An accepted draw. */
    public record Draw(double[][][] tensor, Complex leading, int tries) {
    }

    /**
     * Draws T for R regions hitting the target re + i im.
     *
     * @throws ConfigException if no draw within maxTries hits it
     */
    public Draw sample(int regions, double re, double im, double scale, long seed) {
        RandomGenerator rng = new Well19937c(seed);
        double[] noDisorder = new double[regions];
        for (int tries = 1; tries <= maxTries; tries++) {
            double[][][] t = InteractionTensors.random(regions, scale, rng);
            Complex leading = Spectra.outliers(NetworkModel.of(noDisorder, t))[0];
            if (Math.abs(leading.getReal() - re) <= tolerance
                    && Math.abs(Math.abs(leading.getImaginary()) - im) <= tolerance) {
                return new Draw(t, leading, tries);
            }
        }
        throw new ConfigException("axes.leadingEigenvalue", String.format(java.util.Locale.ROOT,
                "no random T (scale %.6g, R = %d) had its leading eigenvalue within %.6g of %.6g + %.6gi in %d"
                        + " tries; widen the tolerance, raise maxTries or choose a reachable target",
                scale, regions, tolerance, re, im, maxTries));
    }
}
