package org.mrdmft.kernel;

/**
 * out[i] = scale * asin(clamp(cross[i] * aux[i] * auxNew, -1, 1)) over a column: the hot loop of the erf
 * kernel.
 *
 * <p>Two loops give bitwise the same numbers as {@link FastAsin}: a plain loop calling it, and a
 * branch-free form in which both argument ranges of FastAsin are computed with exact 0/1 blends
 * ({@code w X + (1 - w) Y} with w in {0, 1} selects exactly), the selector and the sign taken from
 * roundings rather than clamps and a division. HotSpot's C2 compiler vectorises the
 * branch-free loop with AVX only when it may unroll a loop body of its size, i.e. when the JVM runs with
 * {@code -XX:LoopUnrollLimit=250} or more (the mrdmft launcher, tests and benchmarks do); without that
 * flag the plain loop is faster, so the choice is made once from the running JVM's option.
 */
final class AsinColumn {
    /** Unroll limit from which the branch-free loop is vectorised (measured: 400 works, 60 does not). */
    static final int VECTOR_UNROLL_LIMIT = 250;

    private static final boolean VECTORISED = UnrollLimit.current() >= VECTOR_UNROLL_LIMIT;

    private AsinColumn() {
    }

    /** Whether this JVM runs the branch-free, vectorised loop. */
    static boolean vectorised() {
        return VECTORISED;
    }

    static void fill(double scale, double[] aux, double auxNew, double[] cross, int from, int to, double[] out) {
        if (VECTORISED) {
            blended(scale, aux, auxNew, cross, from, to, out);
        } else {
            plain(scale, aux, auxNew, cross, from, to, out);
        }
    }

    /**
     * {@link #fill} without the clamp where that is cheaper (the vectorised loop: the two-sided clamp costs a
     * quarter of its time): bitwise the same wherever |cross[i] aux[i] auxNew| &lt;= 1, NaN where it is beyond
     * (or NaN), where {@link #fill} clamps. Callers that find a NaN redo the range with {@link #fill}.
     */
    static void fillUnclamped(double scale, double[] aux, double auxNew, double[] cross, int from, int to,
                              double[] out) {
        if (VECTORISED) {
            unclamped(scale, aux, auxNew, cross, from, to, out);
        } else {
            plain(scale, aux, auxNew, cross, from, to, out);
        }
    }

    static void plain(double scale, double[] aux, double auxNew, double[] cross, int from, int to, double[] out) {
        for (int i = from; i < to; i++) {
            double z = cross[i] * aux[i] * auxNew;
            out[i] = scale * FastAsin.asin(Math.max(-1.0, Math.min(1.0, z)));
        }
    }

    /**
     * FastAsin's two ranges computed for every element and selected by exact blends; no branch, no call. The
     * selector and the sign come from roundings, which C2 vectorises as single instructions (a clamp costs
     * several, a division many): w = ceil(|x| - 1/2) is 1 above 1/2 and (+-)0 up to it (the added 0.0 makes
     * it +0), and rint(x) is exactly +-1 wherever w = 1.
     */
    static void blended(double scale, double[] aux, double auxNew, double[] cross, int from, int to, double[] out) {
        for (int i = from; i < to; i++) {
            out[i] = scale * blend(Math.max(-1.0, Math.min(1.0, cross[i] * aux[i] * auxNew)));
        }
    }

    /**
     * {@link #blended} without the clamp: above 1 in modulus the selector w exceeds 1/2 and zUpper is negative,
     * so the square root makes the element NaN; within [-1, 1] the clamp was the identity.
     */
    static void unclamped(double scale, double[] aux, double auxNew, double[] cross, int from, int to,
                          double[] out) {
        for (int i = from; i < to; i++) {
            out[i] = scale * blend(cross[i] * aux[i] * auxNew);
        }
    }

    /** FastAsin of x in [-1, 1] by {@link #blended}'s exact blends (one element; inlined into both loops). */
    private static double blend(double x) {
        double a = Math.abs(x);
        double w = Math.ceil(a - 0.5) + 0.0; // 1 above 1/2, else 0
        double v = 1.0 - w;
        double zUpper = 0.5 - 0.5 * a;
        double z = w * zUpper + v * (x * x);
        double t = w * (2.0 * Math.sqrt(zUpper)) + v * x;
        double u = t * FastAsin.rational(z);
        double sign = Math.rint(x); // exactly +-1 wherever w = 1
        return w * sign * (FastAsin.HALF_PI_HI - (t + (u - FastAsin.HALF_PI_LO))) + v * (t + u);
    }
}
