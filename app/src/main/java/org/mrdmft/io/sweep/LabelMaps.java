package org.mrdmft.io.sweep;

import java.util.List;

/**
 * The modal label and label entropy of every point of a two-axis sweep grid, per region, as points.csv has
 * them: what the label-map charts draw.
 *
 * @param xName the first axis' column
 * @param x its values
 * @param yName the second axis' column
 * @param y its values
 * @param draws draws per point
 * @param regions one map per region, in order
 */
public record LabelMaps(String xName, double[] x, String yName, double[] y, int draws, List<Region> regions) {
    public LabelMaps {
        x = x.clone();
        y = y.clone();
        regions = List.copyOf(regions);
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    /**
     * One region's maps.
     *
     * @param region the 1-based region number
     * @param modal [i][j] the modal label's code at (x_i, y_j), NaN without rows
     * @param entropyBits [i][j] the labels' entropy in bits
     */
    public record Region(int region, double[][] modal, double[][] entropyBits) {
    }
}
