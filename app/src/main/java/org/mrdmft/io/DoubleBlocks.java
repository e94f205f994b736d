package org.mrdmft.io;

/**
 * A rectangular array of doubles of any rank handed to {@link H5Group#put} a block at a time, block {@code k}
 * being the elements whose first index is {@code k}, in row-major order (last axis fastest). The writer streams
 * the blocks to the file through a small buffer, so a large dataset (solve's two-time matrix, 11 MB for
 * Nt = 2500) is neither built as a nested Java array nor copied whole before it is written.
 */
public interface DoubleBlocks {
    /** The size of each axis, at least one axis; the first counts the blocks. */
    int[] shape();

    /**
     * Block {@code k}: the product of {@code shape()[1..]} values, either written into {@code scratch} (of
     * that length) and returned, or returned as an array of the same length that the caller only reads.
     */
    double[] block(int k, double[] scratch);

    /** The number of values in a block: the product of all but the first axis. */
    default int blockLength() {
        int[] shape = shape();
        long n = 1;
        for (int i = 1; i < shape.length; i++) {
            n *= shape[i];
        }
        return Math.toIntExact(n);
    }
}
