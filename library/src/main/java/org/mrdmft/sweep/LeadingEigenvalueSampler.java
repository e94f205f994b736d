package org.mrdmft.sweep;

import org.hipparchus.complex.Complex;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.mrdmft.config.ConfigException;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.stationary.Spectra;

/**
 * Random interactions with a prescribed leading outlier (fig5): T i.i.d. N(0, scale^2 / R) conditioned on the
 * eigenvalue of That with the largest real part lying within +-tolerance of the target in Re and in |Im|.
 * Giving up after {@code maxTries} proposals is a user error: the target is out of reach of that scale (or the
 * tolerance is too tight).
 *
 * <p>The draws have exactly the distribution of plain rejection sampling (draw T, keep it if its leading
 * eigenvalue hits the target), but far fewer proposals are needed. The leading eigenvalue is homogeneous of
 * degree one in T, so T = r Theta with r = |lambda_1(T)| and |lambda_1(Theta)| = 1. For Gaussian T,
 * given the direction Theta, r / s is chi-distributed with R^3 degrees of freedom, s = scale / (sqrt(R)
 * |Theta|) (Frobenius norm), and Theta alone is distributed as a normalised standard Gaussian draw. The
 * target box is hit iff r lies in the interval [a, b] where the ray through lambda_1(Theta) crosses the
 * box. So a proposal is a direction Theta, accepted with probability P(s chi in [a, b]) / M, where M bounds
 * that probability for every direction (the largest chi probability of an interval with b / a at most the
 * ratio of the box's largest to smallest modulus); r is then drawn from the chi law truncated to [a, b]
 * (inverse CDF). Integrating r out analytically instead of sampling it saves the factor 1 / M (about 10 to 20
 * at fig5's tolerance) in proposals.
 *
 * @param tolerance accepted distance in Re and in |Im|
 * @param maxTries proposals before giving up
 */
public record LeadingEigenvalueSampler(double tolerance, int maxTries) {

    /** An accepted draw: the tensor, its leading eigenvalue, and the proposals it took. */
    public record Draw(double[][][] tensor, Complex leading, int tries) {
    }

    /**
     * Draws T for R regions hitting the target re + i im.
     *
     * @throws ConfigException if no proposal within maxTries is accepted
     */
    public Draw sample(int regions, double re, double im, double scale, long seed) {
        if (!(scale > 0.0) || Double.isInfinite(scale)) { // a scale |lambda| of a target at the origin is 0
            throw new ConfigException("axes.leadingEigenvalue.scale", String.format(java.util.Locale.ROOT,
                    "the scale of T for the target %.6g + %.6gi is %s; it must be a finite number > 0 (give scale: S"
                            + " for a target at or near 0)", re, im, scale));
        }
        RandomGenerator rng = new Well19937c(seed);
        TargetBox box = new TargetBox(re, im, tolerance);
        int dimension = regions * regions * regions;
        ChiSquaredDistribution chi2 = new ChiSquaredDistribution(dimension);
        double bound = box.chiBound(chi2);
        LeadingOutlier outlier = new LeadingOutlier(regions);
        double[] theta = new double[dimension];
        for (int tries = 1; tries <= maxTries; tries++) {
            double norm2 = 0.0;
            for (int k = 0; k < dimension; k++) {
                theta[k] = rng.nextGaussian();
                norm2 += theta[k] * theta[k];
            }
            Complex lambda = outlier.of(theta);
            double modulus = Math.hypot(lambda.getReal(), lambda.getImaginary());
            double u = rng.nextDouble(); // drawn on every proposal: the stream does not depend on the branch
            double v = rng.nextDouble();
            if (!(modulus > 0.0)) {
                continue;
            }
            double[] ab = box.rayInterval(lambda.getReal() / modulus, Math.abs(lambda.getImaginary()) / modulus);
            if (ab == null) {
                continue;
            }
            // Theta = theta / modulus; r | Theta ~ s chi_d
            double s = scale * modulus / Math.sqrt(regions * norm2);
            if (!(s > 0.0) || Double.isInfinite(s)) { // an extreme scale under- or overflowed: no usable radius
                continue;
            }
            double pa = chiCdf(chi2, ab[0] / s);
            double pb = chiCdf(chi2, ab[1] / s);
            if (!(u * bound < pb - pa)) {
                continue;
            }
            double r = s * Math.sqrt(chi2.inverseCumulativeProbability(pa + v * (pb - pa)));
            r = Math.min(Math.max(r, ab[0]), ab[1]);
            double[][][] t = new double[regions][regions][regions];
            double factor = r / modulus;
            for (int k = 0; k < dimension; k++) {
                t[k / (regions * regions)][(k / regions) % regions][k % regions] = factor * theta[k];
            }
            Complex leading = Spectra.outliers(NetworkModel.of(new double[regions], t))[0];
            if (box.contains(leading)) { // else rounding put it just outside the box: keep looking
                return new Draw(t, leading, tries);
            }
        }
        throw new ConfigException("axes.leadingEigenvalue", String.format(java.util.Locale.ROOT,
                "no random T (scale %.6g, R = %d) had its leading eigenvalue within %.6g of %.6g + %.6gi in %d"
                        + " tries; widen the tolerance, raise maxTries or choose a reachable target",
                scale, regions, tolerance, re, im, maxTries));
    }

    /** P(chi &lt;= x) for chi^2 ~ chi2; 1 where x^2 overflows (the limit, which Hipparchus cannot evaluate). */
    private static double chiCdf(ChiSquaredDistribution chi2, double x) {
        double x2 = x * x;
        return x2 == Double.POSITIVE_INFINITY ? 1.0 : chi2.cumulativeProbability(x2);
    }
}
