package org.mrdmft.simulation;

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

    /**
     * Two rows at once, out[0] = sum_k m[offset0 + k] y[k] and out[1] likewise at offset1: every y[k] is
     * loaded once for both rows. Each row's sum is accumulated exactly as by {@link #dot(double[], int,
     * double[], int)}, so the results are bitwise the same.
     */
    static void dot2(double[] m, int offset0, int offset1, double[] y, int len, double[] out) {
        double a0 = 0;
        double a1 = 0;
        double a2 = 0;
        double a3 = 0;
        double a4 = 0;
        double a5 = 0;
        double a6 = 0;
        double a7 = 0;
        double b0 = 0;
        double b1 = 0;
        double b2 = 0;
        double b3 = 0;
        double b4 = 0;
        double b5 = 0;
        double b6 = 0;
        double b7 = 0;
        int k = 0;
        for (; k + 7 < len; k += 8) {
            int o = offset0 + k;
            int p = offset1 + k;
            double y0 = y[k];
            double y1 = y[k + 1];
            double y2 = y[k + 2];
            double y3 = y[k + 3];
            double y4 = y[k + 4];
            double y5 = y[k + 5];
            double y6 = y[k + 6];
            double y7 = y[k + 7];
            a0 += m[o] * y0;
            a1 += m[o + 1] * y1;
            a2 += m[o + 2] * y2;
            a3 += m[o + 3] * y3;
            a4 += m[o + 4] * y4;
            a5 += m[o + 5] * y5;
            a6 += m[o + 6] * y6;
            a7 += m[o + 7] * y7;
            b0 += m[p] * y0;
            b1 += m[p + 1] * y1;
            b2 += m[p + 2] * y2;
            b3 += m[p + 3] * y3;
            b4 += m[p + 4] * y4;
            b5 += m[p + 5] * y5;
            b6 += m[p + 6] * y6;
            b7 += m[p + 7] * y7;
        }
        for (; k < len; k++) {
            a0 += m[offset0 + k] * y[k];
            b0 += m[offset1 + k] * y[k];
        }
        out[0] = ((a0 + a1) + (a2 + a3)) + ((a4 + a5) + (a6 + a7));
        out[1] = ((b0 + b1) + (b2 + b3)) + ((b4 + b5) + (b6 + b7));
    }

    /** {@link #dot(double[], int, double[], int)} for a matrix stored in single precision, summed in double. */
    static double dot(float[] m, int offset, double[] y, int len) {
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

    /** {@link #dot2(double[], int, int, double[], int, double[])} for a matrix in single precision. */
    static void dot2(float[] m, int offset0, int offset1, double[] y, int len, double[] out) {
        double a0 = 0;
        double a1 = 0;
        double a2 = 0;
        double a3 = 0;
        double a4 = 0;
        double a5 = 0;
        double a6 = 0;
        double a7 = 0;
        double b0 = 0;
        double b1 = 0;
        double b2 = 0;
        double b3 = 0;
        double b4 = 0;
        double b5 = 0;
        double b6 = 0;
        double b7 = 0;
        int k = 0;
        for (; k + 7 < len; k += 8) {
            int o = offset0 + k;
            int p = offset1 + k;
            double y0 = y[k];
            double y1 = y[k + 1];
            double y2 = y[k + 2];
            double y3 = y[k + 3];
            double y4 = y[k + 4];
            double y5 = y[k + 5];
            double y6 = y[k + 6];
            double y7 = y[k + 7];
            a0 += m[o] * y0;
            a1 += m[o + 1] * y1;
            a2 += m[o + 2] * y2;
            a3 += m[o + 3] * y3;
            a4 += m[o + 4] * y4;
            a5 += m[o + 5] * y5;
            a6 += m[o + 6] * y6;
            a7 += m[o + 7] * y7;
            b0 += m[p] * y0;
            b1 += m[p + 1] * y1;
            b2 += m[p + 2] * y2;
            b3 += m[p + 3] * y3;
            b4 += m[p + 4] * y4;
            b5 += m[p + 5] * y5;
            b6 += m[p + 6] * y6;
            b7 += m[p + 7] * y7;
        }
        for (; k < len; k++) {
            a0 += m[offset0 + k] * y[k];
            b0 += m[offset1 + k] * y[k];
        }
        out[0] = ((a0 + a1) + (a2 + a3)) + ((a4 + a5) + (a6 + a7));
        out[1] = ((b0 + b1) + (b2 + b3)) + ((b4 + b5) + (b6 + b7));
    }
}
