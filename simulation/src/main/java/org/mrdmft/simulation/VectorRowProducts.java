package org.mrdmft.simulation;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The SIMD kernel of {@link RowProducts} (incubating Vector API, JDK 17): eight rows at a time, so each vector
 * of y loaded serves eight rows and eight row streams are read from memory at once (more reads in flight than
 * with four: 1.3x at two threads), one fused multiply-add per vector of the matrix; single-precision entries are
 * widened lane by lane to double before the multiply (exactly), so sums are accumulated in 64 bits. Vector
 * expressions stay inside the loops: a vector returned from a helper that C2 does not inline is boxed on the
 * heap. Loaded only when the JVM resolves {@code jdk.incubator.vector}.
 *
 * <p>Every row is summed in the same order, whether in a group of eight or alone: lane l accumulates the
 * entries k = l mod L of the full vectors (fused multiply-add, exactly rounded both when compiled and when
 * interpreted), the L lane sums are added in lane order, then the remaining entries one by one. No horizontal
 * {@code reduceLanes}, whose order the API leaves open, so results are reproducible from run to run.
 */
final class VectorRowProducts implements RowProducts {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> F = VectorSpecies.of(float.class,
            VectorShape.forBitSize(D.vectorBitSize() / 2));
    private static final int L = D.length();

    /** Rows per group (sixteen measured no faster than eight). */
    private static final int GROUP = 8;

    @Override
    public void accumulate(RandomBlock block, double[] y, double[] d, int from, int to) {
        int n = y.length;
        double g = block.scale();
        int[] rowOf = block.rowOf();
        double[] lanes = new double[GROUP * L];
        double[] sums = new double[GROUP];
        int[] offsets = new int[GROUP];
        int i = from;
        for (; i + GROUP <= to; i += GROUP) {
            for (int q = 0; q < GROUP; q++) {
                offsets[q] = offset(rowOf, i + q, n);
            }
            if (block.matrix() != null) {
                rows8(block.matrix(), offsets, y, lanes, sums);
            } else {
                rows8(block.singleMatrix(), offsets, y, lanes, sums);
            }
            for (int q = 0; q < GROUP; q++) {
                d[i + q] += g * sums[q];
            }
        }
        for (; i < to; i++) {
            int o = offset(rowOf, i, n);
            double s = block.matrix() != null ? row(block.matrix(), o, y, lanes) : row(block.singleMatrix(), o, y, lanes);
            d[i] += g * s;
        }
    }

    /** Calls of {@link #warmUp}: each makes two group calls, past C2's invocation threshold (5000). */
    private static final int WARM_UP_CALLS = 4000;

    @Override
    public void warmUp(CouplingPrecision precision) {
        int n = 2 * GROUP + 1; // two groups of rows, one row alone, two vectors and one tail column per row
        RandomBlock block = precision == CouplingPrecision.DOUBLE
                ? new RandomBlock(0, 0, 1.0, new double[n * n], null, null, null)
                : new RandomBlock(0, 0, 1.0, null, new float[n * n], null, null);
        double[] y = new double[n];
        double[] d = new double[n];
        for (int k = 0; k < WARM_UP_CALLS; k++) {
            accumulate(block, y, d, 0, n);
        }
    }

    private static int offset(int[] rowOf, int i, int n) {
        return Math.toIntExact((long) (rowOf == null ? i : rowOf[i]) * n);
    }

    /** Columns per call of the vector loops: short loops reach C2 as whole methods, not as boxed OSR loops. */
    private static final int TILE = 2048;

    private static void rows8(double[] m, int[] offsets, double[] y, double[] lanes, double[] sums) {
        int n = y.length;
        java.util.Arrays.fill(lanes, 0.0);
        int full = n - n % L;
        for (int k0 = 0; k0 < full; k0 += TILE) {
            tile8(m, offsets, y, k0, Math.min(full, k0 + TILE), lanes);
        }
        for (int q = 0; q < GROUP; q++) {
            double s = laneSum(lanes, q * L);
            int o = offsets[q];
            for (int t = full; t < n; t++) {
                s += m[o + t] * y[t];
            }
            sums[q] = s;
        }
    }

    private static void rows8(float[] m, int[] offsets, double[] y, double[] lanes, double[] sums) {
        int n = y.length;
        java.util.Arrays.fill(lanes, 0.0);
        int full = n - n % L;
        for (int k0 = 0; k0 < full; k0 += TILE) {
            tile8(m, offsets, y, k0, Math.min(full, k0 + TILE), lanes);
        }
        for (int q = 0; q < GROUP; q++) {
            double s = laneSum(lanes, q * L);
            int o = offsets[q];
            for (int t = full; t < n; t++) {
                s += m[o + t] * y[t];
            }
            sums[q] = s;
        }
    }

    /** Lane accumulators of eight rows (lanes[q L, (q + 1) L) for row q) advanced over the columns [k0, k1). */
    private static void tile8(double[] m, int[] offsets, double[] y, int k0, int k1, double[] lanes) {
        int o0 = offsets[0];
        int o1 = offsets[1];
        int o2 = offsets[2];
        int o3 = offsets[3];
        int o4 = offsets[4];
        int o5 = offsets[5];
        int o6 = offsets[6];
        int o7 = offsets[7];
        DoubleVector a0 = DoubleVector.fromArray(D, lanes, 0 * L);
        DoubleVector a1 = DoubleVector.fromArray(D, lanes, 1 * L);
        DoubleVector a2 = DoubleVector.fromArray(D, lanes, 2 * L);
        DoubleVector a3 = DoubleVector.fromArray(D, lanes, 3 * L);
        DoubleVector a4 = DoubleVector.fromArray(D, lanes, 4 * L);
        DoubleVector a5 = DoubleVector.fromArray(D, lanes, 5 * L);
        DoubleVector a6 = DoubleVector.fromArray(D, lanes, 6 * L);
        DoubleVector a7 = DoubleVector.fromArray(D, lanes, 7 * L);
        for (int k = k0; k < k1; k += L) {
            DoubleVector yv = DoubleVector.fromArray(D, y, k);
            a0 = DoubleVector.fromArray(D, m, o0 + k).fma(yv, a0);
            a1 = DoubleVector.fromArray(D, m, o1 + k).fma(yv, a1);
            a2 = DoubleVector.fromArray(D, m, o2 + k).fma(yv, a2);
            a3 = DoubleVector.fromArray(D, m, o3 + k).fma(yv, a3);
            a4 = DoubleVector.fromArray(D, m, o4 + k).fma(yv, a4);
            a5 = DoubleVector.fromArray(D, m, o5 + k).fma(yv, a5);
            a6 = DoubleVector.fromArray(D, m, o6 + k).fma(yv, a6);
            a7 = DoubleVector.fromArray(D, m, o7 + k).fma(yv, a7);
        }
        a0.intoArray(lanes, 0 * L);
        a1.intoArray(lanes, 1 * L);
        a2.intoArray(lanes, 2 * L);
        a3.intoArray(lanes, 3 * L);
        a4.intoArray(lanes, 4 * L);
        a5.intoArray(lanes, 5 * L);
        a6.intoArray(lanes, 6 * L);
        a7.intoArray(lanes, 7 * L);
    }

    private static void tile8(float[] m, int[] offsets, double[] y, int k0, int k1, double[] lanes) {
        int o0 = offsets[0];
        int o1 = offsets[1];
        int o2 = offsets[2];
        int o3 = offsets[3];
        int o4 = offsets[4];
        int o5 = offsets[5];
        int o6 = offsets[6];
        int o7 = offsets[7];
        DoubleVector a0 = DoubleVector.fromArray(D, lanes, 0 * L);
        DoubleVector a1 = DoubleVector.fromArray(D, lanes, 1 * L);
        DoubleVector a2 = DoubleVector.fromArray(D, lanes, 2 * L);
        DoubleVector a3 = DoubleVector.fromArray(D, lanes, 3 * L);
        DoubleVector a4 = DoubleVector.fromArray(D, lanes, 4 * L);
        DoubleVector a5 = DoubleVector.fromArray(D, lanes, 5 * L);
        DoubleVector a6 = DoubleVector.fromArray(D, lanes, 6 * L);
        DoubleVector a7 = DoubleVector.fromArray(D, lanes, 7 * L);
        for (int k = k0; k < k1; k += L) {
            DoubleVector yv = DoubleVector.fromArray(D, y, k);
            a0 = ((DoubleVector) FloatVector.fromArray(F, m, o0 + k).convertShape(VectorOperators.F2D, D, 0)).fma(yv, a0);
            a1 = ((DoubleVector) FloatVector.fromArray(F, m, o1 + k).convertShape(VectorOperators.F2D, D, 0)).fma(yv, a1);
            a2 = ((DoubleVector) FloatVector.fromArray(F, m, o2 + k).convertShape(VectorOperators.F2D, D, 0)).fma(yv, a2);
            a3 = ((DoubleVector) FloatVector.fromArray(F, m, o3 + k).convertShape(VectorOperators.F2D, D, 0)).fma(yv, a3);
            a4 = ((DoubleVector) FloatVector.fromArray(F, m, o4 + k).convertShape(VectorOperators.F2D, D, 0)).fma(yv, a4);
            a5 = ((DoubleVector) FloatVector.fromArray(F, m, o5 + k).convertShape(VectorOperators.F2D, D, 0)).fma(yv, a5);
            a6 = ((DoubleVector) FloatVector.fromArray(F, m, o6 + k).convertShape(VectorOperators.F2D, D, 0)).fma(yv, a6);
            a7 = ((DoubleVector) FloatVector.fromArray(F, m, o7 + k).convertShape(VectorOperators.F2D, D, 0)).fma(yv, a7);
        }
        a0.intoArray(lanes, 0 * L);
        a1.intoArray(lanes, 1 * L);
        a2.intoArray(lanes, 2 * L);
        a3.intoArray(lanes, 3 * L);
        a4.intoArray(lanes, 4 * L);
        a5.intoArray(lanes, 5 * L);
        a6.intoArray(lanes, 6 * L);
        a7.intoArray(lanes, 7 * L);
    }

    private static double row(double[] m, int o, double[] y, double[] lanes) {
        int n = y.length;
        java.util.Arrays.fill(lanes, 0, L, 0.0);
        int full = n - n % L;
        for (int k0 = 0; k0 < full; k0 += TILE) {
            int k1 = Math.min(full, k0 + TILE);
            DoubleVector a = DoubleVector.fromArray(D, lanes, 0);
            for (int k = k0; k < k1; k += L) {
                a = DoubleVector.fromArray(D, m, o + k).fma(DoubleVector.fromArray(D, y, k), a);
            }
            a.intoArray(lanes, 0);
        }
        double s = laneSum(lanes, 0);
        for (int k = full; k < n; k++) {
            s += m[o + k] * y[k];
        }
        return s;
    }

    private static double row(float[] m, int o, double[] y, double[] lanes) {
        int n = y.length;
        java.util.Arrays.fill(lanes, 0, L, 0.0);
        int full = n - n % L;
        for (int k0 = 0; k0 < full; k0 += TILE) {
            int k1 = Math.min(full, k0 + TILE);
            DoubleVector a = DoubleVector.fromArray(D, lanes, 0);
            for (int k = k0; k < k1; k += L) {
                a = ((DoubleVector) FloatVector.fromArray(F, m, o + k).convertShape(VectorOperators.F2D, D, 0))
                        .fma(DoubleVector.fromArray(D, y, k), a);
            }
            a.intoArray(lanes, 0);
        }
        double s = laneSum(lanes, 0);
        for (int k = full; k < n; k++) {
            s += m[o + k] * y[k];
        }
        return s;
    }

    /** The L lanes from lanes[from] added in lane order. */
    private static double laneSum(double[] lanes, int from) {
        double s = 0;
        for (int l = 0; l < L; l++) {
            s += lanes[from + l];
        }
        return s;
    }

    @Override
    public String toString() {
        return "vector (" + L + " x double)";
    }
}
