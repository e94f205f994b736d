package org.mrdmft.io;

import java.util.Arrays;

/**
 * A rectangular array of doubles of any rank kept as one row-major {@code double[]} with its shape, for
 * handing a large dataset to {@link H5Group#put} without building a nested Java array (for solve's two-time
 * matrix that would be m * m tiny arrays, and a pass over every element to fill them). The values are not
 * copied: the caller hands over the array.
 *
 * @param shape the size of each axis, at least one axis
 * @param values the elements, the last axis varying fastest; as many as the shape holds
 */
public record FlatDoubles(int[] shape, double[] values) {
    /** Checks that the shape holds exactly the values. */
    public FlatDoubles {
        if (shape.length == 0) {
            throw new IllegalArgumentException("a flat array needs at least one axis");
        }
        long size = 1;
        for (int n : shape) {
            if (n < 0) {
                throw new IllegalArgumentException("negative axis length in shape " + Arrays.toString(shape));
            }
            size *= n;
        }
        if (size != values.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + size + " values, not "
                    + values.length);
        }
    }

    /** The number of axes. */
    public int rank() {
        return shape.length;
    }
}
