package org.mrdmft.simulation;

/**
 * One dense random coupling block from region {@code source} to region {@code target}: entry (i, j) is
 * {@code scale * chi[rowOf(i)][colOf(j)]} with chi i.i.d. N(0, 1/N) stored row-major in {@code matrix}.
 * Independent blocks own their matrix and use identity index maps (null); in the shared-matrix mode every
 * block reads the same matrix through its own random permutations.
 *
 * @param target mu (rows)
 * @param source nu (columns)
 * @param scale g^mu (mu = nu) or g^{mu nu}
 * @param matrix N x N entries of chi, row-major (possibly shared with other blocks)
 * @param rowOf matrix row of neuron i, or null for the identity
 * @param columnSource neuron of region nu whose rate multiplies matrix column k, or null for the identity
 */
public record RandomBlock(int target, int source, double scale, double[] matrix, int[] rowOf, int[] columnSource) {
}
