package org.mrdmft.simulation;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The SIMD kernel of {@link RowProducts} (incubating Vector API, JDK 17): four rows at a time, so each vector
 * of y loaded serves four rows, one fused multiply-add per vector of the matrix; single-precision entries are
 * widened lane by lane to double before the multiply (exactly), so sums are accumulated in 64 bits. Vector
 * expressions stay inside the loops: a vector returned from a helper that C2 does not inline is boxed on the heap. Loaded only when
 * the JVM resolves {@code jdk.incubator.vector}.
 *
 * <p>Every row is summed in the same order, whether in a group of four or alone: lane l accumulates the
 * entries k = l mod L of the full vectors (fused multiply-add, exactly rounded both when compiled and when
 * interpreted), the L lane sums are added in lane order, then the remaining entries one by one. No horizontal
 * {@code reduceLanes}, whose order the API leaves open, so results are reproducible from run to run.
 */
final class VectorRowProducts implements RowProducts {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> F = VectorSpecies.of(float.class,
            VectorShape.forBitSize(D.vectorBitSize() / 2));
    private static final int L = D.length();

    @Override
    public void accumulate(RandomBlock block, double[] y, double[] d, int from, int to) {
        int n = y.length;
        double g = block.scale();
        int[] rowOf = block.rowOf();
        double[] lanes = new double[4 * L];
        double[] sums = new double[4];
        int i = from;
        for (; i + 3 < to; i += 4) {
            int o0 = offset(rowOf, i, n);
            int o1 = offset(rowOf, i + 1, n);
            int o2 = offset(rowOf, i + 2, n);
            int o3 = offset(rowOf, i + 3, n);
            if (block.matrix() != null) {
                rows4(block.matrix(), o0, o1, o2, o3, y, lanes, sums);
            } else {
                rows4(block.singleMatrix(), o0, o1, o2, o3, y, lanes, sums);
            }
            d[i] += g * sums[0];
            d[i + 1] += g * sums[1];
            d[i + 2] += g * sums[2];
            d[i + 3] += g * sums[3];
        }
        for (; i < to; i++) {
            int o = offset(rowOf, i, n);
            double s = block.matrix() != null ? row(block.matrix(), o, y, lanes) : row(block.singleMatrix(), o, y, lanes);
            d[i] += g * s;
        }
    }

    private static int offset(int[] rowOf, int i, int n) {
        return Math.toIntExact((long) (rowOf == null ? i : rowOf[i]) * n);
    }

    /** Columns per call of the vector loops: short loops reach C2 as whole methods, not as boxed OSR loops. */
    private static final int TILE = 2048;

    private static void rows4(double[] m, int o0, int o1, int o2, int o3, double[] y, double[] lanes,
                              double[] sums) {
        int n = y.length;
        java.util.Arrays.fill(lanes, 0.0);
        int full = n - n % L;
        for (int k0 = 0; k0 < full; k0 += TILE) {
            tile4(m, o0, o1, o2, o3, y, k0, Math.min(full, k0 + TILE), lanes);
        }
        finish4(lanes, sums);
        for (int t = full; t < n; t++) {
            sums[0] += m[o0 + t] * y[t];
            sums[1] += m[o1 + t] * y[t];
            sums[2] += m[o2 + t] * y[t];
            sums[3] += m[o3 + t] * y[t];
        }
    }

    private static void rows4(float[] m, int o0, int o1, int o2, int o3, double[] y, double[] lanes,
                              double[] sums) {
        int n = y.length;
        java.util.Arrays.fill(lanes, 0.0);
        int full = n - n % L;
        for (int k0 = 0; k0 < full; k0 += TILE) {
            tile4(m, o0, o1, o2, o3, y, k0, Math.min(full, k0 + TILE), lanes);
        }
        finish4(lanes, sums);
        for (int t = full; t < n; t++) {
            sums[0] += m[o0 + t] * y[t];
            sums[1] += m[o1 + t] * y[t];
            sums[2] += m[o2 + t] * y[t];
            sums[3] += m[o3 + t] * y[t];
        }
    }

    /** Lane accumulators of four rows (in lanes[0, 4L)) advanced over the columns [k0, k1), whole vectors. */
    private static void tile4(double[] m, int o0, int o1, int o2, int o3, double[] y, int k0, int k1,
                              double[] lanes) {
        DoubleVector a0 = DoubleVector.fromArray(D, lanes, 0);
        DoubleVector a1 = DoubleVector.fromArray(D, lanes, L);
        DoubleVector a2 = DoubleVector.fromArray(D, lanes, 2 * L);
        DoubleVector a3 = DoubleVector.fromArray(D, lanes, 3 * L);
        for (int k = k0; k < k1; k += L) {
            DoubleVector yv = DoubleVector.fromArray(D, y, k);
            a0 = DoubleVector.fromArray(D, m, o0 + k).fma(yv, a0);
            a1 = DoubleVector.fromArray(D, m, o1 + k).fma(yv, a1);
            a2 = DoubleVector.fromArray(D, m, o2 + k).fma(yv, a2);
            a3 = DoubleVector.fromArray(D, m, o3 + k).fma(yv, a3);
        }
        a0.intoArray(lanes, 0);
        a1.intoArray(lanes, L);
        a2.intoArray(lanes, 2 * L);
        a3.intoArray(lanes, 3 * L);
    }

    private static void tile4(float[] m, int o0, int o1, int o2, int o3, double[] y, int k0, int k1,
                              double[] lanes) {
        DoubleVector a0 = DoubleVector.fromArray(D, lanes, 0);
        DoubleVector a1 = DoubleVector.fromArray(D, lanes, L);
        DoubleVector a2 = DoubleVector.fromArray(D, lanes, 2 * L);
        DoubleVector a3 = DoubleVector.fromArray(D, lanes, 3 * L);
        for (int k = k0; k < k1; k += L) {
            DoubleVector yv = DoubleVector.fromArray(D, y, k);
            a0 = ((DoubleVector) FloatVector.fromArray(F, m, o0 + k).convertShape(VectorOperators.F2D, D, 0))
                    .fma(yv, a0);
            a1 = ((DoubleVector) FloatVector.fromArray(F, m, o1 + k).convertShape(VectorOperators.F2D, D, 0))
                    .fma(yv, a1);
            a2 = ((DoubleVector) FloatVector.fromArray(F, m, o2 + k).convertShape(VectorOperators.F2D, D, 0))
                    .fma(yv, a2);
            a3 = ((DoubleVector) FloatVector.fromArray(F, m, o3 + k).convertShape(VectorOperators.F2D, D, 0))
                    .fma(yv, a3);
        }
        a0.intoArray(lanes, 0);
        a1.intoArray(lanes, L);
        a2.intoArray(lanes, 2 * L);
        a3.intoArray(lanes, 3 * L);
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

    private static void finish4(double[] lanes, double[] sums) {
        sums[0] = laneSum(lanes, 0);
        sums[1] = laneSum(lanes, L);
        sums[2] = laneSum(lanes, 2 * L);
        sums[3] = laneSum(lanes, 3 * L);
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
