package org.mrdmft.simulation;

/**
 * One dense random coupling block from region {@code source} to region {@code target}: entry (i, j) is
 * {@code scale * chi[rowOf(i)][colOf(j)]} with chi i.i.d. N(0, 1/N) stored row-major, either in 64 bits
 * ({@code matrix}) or rounded to 32 bits ({@code singleMatrix}); exactly one of the two is set.
 * Independent blocks own their matrix and use identity index maps (null); in the shared-matrix mode every
 * block reads the same matrix through its own random permutations.
 *
 * @param target mu (rows)
 * @param source nu (columns)
 * @param scale g^mu (mu = nu) or g^{mu nu}
 * @param matrix N x N entries of chi in double precision, row-major (possibly shared), or null
 * @param singleMatrix the same in single precision, or null
 * @param rowOf matrix row of neuron i, or null for the identity
 * @param columnSource neuron of region nu whose rate multiplies matrix column k, or null for the identity
 */
public record RandomBlock(int target, int source, double scale, double[] matrix, float[] singleMatrix, int[] rowOf,
                          int[] columnSource) {
    public RandomBlock {
        if ((matrix == null) == (singleMatrix == null)) {
            throw new IllegalArgumentException("exactly one of matrix and singleMatrix must be given");
        }
    }

    /** A block stored in double precision. */
    public RandomBlock(int target, int source, double scale, double[] matrix, int[] rowOf, int[] columnSource) {
        this(target, source, scale, matrix, null, rowOf, columnSource);
    }

    /** How the entries are stored. */
    public CouplingPrecision precision() {
        return matrix != null ? CouplingPrecision.DOUBLE : CouplingPrecision.SINGLE;
    }

    /** chi at storage position {@code index} (row * N + column), widened to double. */
    public double entry(int index) {
        return matrix != null ? matrix[index] : singleMatrix[index];
    }
}
