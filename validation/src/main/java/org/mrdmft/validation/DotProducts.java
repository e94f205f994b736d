package org.mrdmft.validation;

/** The dot products of the hot loops, written with independent accumulators so that HotSpot pipelines them. */
final class DotProducts {
    private DotProducts() {
    }

    /** sum_{i in [from, to)} a[i] b[i]. */
    static double dot(double[] a, double[] b, int from, int to) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = from;
        for (; i + 3 < to; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < to; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** sum_{k &lt; len} m[offset + k] y[k]: one row of a row-major matrix times a vector. */
    static double dot(double[] m, int offset, double[] y, int len) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double s5 = 0;
        double s6 = 0;
        double s7 = 0;
        int k = 0;
        for (; k + 7 < len; k += 8) {
            int o = offset + k;
            s0 += m[o] * y[k];
            s1 += m[o + 1] * y[k + 1];
            s2 += m[o + 2] * y[k + 2];
            s3 += m[o + 3] * y[k + 3];
            s4 += m[o + 4] * y[k + 4];
            s5 += m[o + 5] * y[k + 5];
            s6 += m[o + 6] * y[k + 6];
            s7 += m[o + 7] * y[k + 7];
        }
        for (; k < len; k++) {
            s0 += m[offset + k] * y[k];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }
}
