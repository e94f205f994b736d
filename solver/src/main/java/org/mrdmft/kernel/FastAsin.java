package org.mrdmft.kernel;

/**
 * Fast full-precision arcsine for the hot loop of {@link ErfKernel#correlationColumn}.
 *
 * <p>{@code Math.asin} in Java 17 is the strict fdlibm algorithm behind a call that the JIT cannot
 * inline; this version is pure inlinable Java with a single rational approximation and no
 * data-dependent branch in the arithmetic (the two ranges only select operands). Accuracy: within a few
 * ulp of {@link StrictMath#asin} on [-1, 1] (see {@code FastAsinTest}); asin(+-1) = +-pi/2 exactly;
 * NaN for |x| &gt; 1 or NaN input.
 *
 * <p>Method: for |x| &lt;= 1/2, asin(x) = x + x R(x^2); above, with z = (1 - |x|)/2 (exact),
 * asin(|x|) = pi/2 - 2 asin(sqrt z) = pi/2 - 2 (s + s R(z)), s = sqrt z. R(z) = z P(z)/Q(z) is the
 * published degree (6, 4) minimax rational approximation of (asin(sqrt z) - sqrt z)/sqrt z on
 * [0, 1/4] (the coefficients used by fdlibm; its error is below 2^-58).
 */
public final class FastAsin {

    private static final double P0 = 1.66666666666666657415e-01;
    private static final double P1 = -3.25565818622400915405e-01;
    private static final double P2 = 2.01212532134862925881e-01;
    private static final double P3 = -4.00555345006794114027e-02;
    private static final double P4 = 7.91534994289814532176e-04;
    private static final double P5 = 3.47933107596021167570e-05;
    private static final double Q1 = -2.40339491173441421878e+00;
    private static final double Q2 = 2.02094576023350569471e+00;
    private static final double Q3 = -6.88283971605453293030e-01;
    private static final double Q4 = 7.70381505559019352791e-02;
    /** pi/2 split in a double and the remainder below its last bit. */
    static final double HALF_PI_HI = 1.57079632679489655800e+00;
    static final double HALF_PI_LO = 6.12323399573676603587e-17;

    private FastAsin() {
    }

    /**
     * The arcsine of {@code x} in [-pi/2, pi/2].
     *
     * @param x argument in [-1, 1]
     * @return asin(x), NaN outside [-1, 1]
     */
    public static double asin(double x) {
        double a = Math.abs(x);
        boolean upper = a > 0.5;
        double zUpper = 0.5 - 0.5 * a;          // exact for a in [1/2, 1]
        double z = upper ? zUpper : a * a;
        double t = upper ? 2.0 * Math.sqrt(zUpper) : a;
        double u = t * rational(z);
        double r = upper ? HALF_PI_HI - (t + (u - HALF_PI_LO)) : t + u;
        return Math.copySign(r, x);
    }

    /** R(z) = z P(z) / Q(z), the minimax approximation of (asin(sqrt z) - sqrt z) / sqrt z on [0, 1/4]. */
    static double rational(double z) {
        // Horner with fused multiply-adds: one rounding per step, and one instruction each once vectorised
        double p = z * Math.fma(z, Math.fma(z, Math.fma(z, Math.fma(z, Math.fma(z, P5, P4), P3), P2), P1), P0);
        double q = Math.fma(z, Math.fma(z, Math.fma(z, Math.fma(z, Q4, Q3), Q2), Q1), 1.0);
        return p / q;
    }
}
