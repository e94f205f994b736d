package org.mrdmft.simulation;

/**
 * The portable kernel of {@link RowProducts}: two rows at a time (each load of y serves both) with eight
 * independent accumulators per row, which HotSpot pipelines but does not vectorise.
 */
final class ScalarRowProducts implements RowProducts {
    @Override
    public void accumulate(RandomBlock block, double[] y, double[] d, int from, int to) {
        int n = y.length;
        double g = block.scale();
        int[] rowOf = block.rowOf();
        double[] m = block.matrix();
        float[] f = block.singleMatrix();
        double[] pair = new double[2];
        int i = from;
        for (; i + 1 < to; i += 2) {
            long row0 = rowOf == null ? i : rowOf[i];
            long row1 = rowOf == null ? i + 1 : rowOf[i + 1];
            if (m != null) {
                DotProducts.dot2(m, Math.toIntExact(row0 * n), Math.toIntExact(row1 * n), y, n, pair);
            } else {
                DotProducts.dot2(f, Math.toIntExact(row0 * n), Math.toIntExact(row1 * n), y, n, pair);
            }
            d[i] += g * pair[0];
            d[i + 1] += g * pair[1];
        }
        if (i < to) {
            int offset = (rowOf == null ? i : rowOf[i]) * n;
            d[i] += g * (m != null ? DotProducts.dot(m, offset, y, n) : DotProducts.dot(f, offset, y, n));
        }
    }

    @Override
    public String toString() {
        return "scalar";
    }
}
