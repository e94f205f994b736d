package org.mrdmft.simulation;

/**
 * The dense part of a right-hand side, d[i] += g sum_k chi[row(i)][k] y[k] for the neurons i of one range: the
 * matrix-vector product that dominates a simulation step and is bound by the bytes of chi read from memory.
 * {@link #best()} picks the SIMD kernel ({@link VectorRowProducts}) when the JVM runs with
 * {@code --add-modules jdk.incubator.vector}, otherwise the scalar one ({@link ScalarRowProducts}). Either
 * computes every row's sum by the same arithmetic whatever rows it is grouped with, so results never depend
 * on how the rows are split over threads.
 */
interface RowProducts {
    /**
     * Adds {@code scale * (chi row . y)} to {@code d[i]} for every neuron i in [from, to).
     *
     * @param block the random block (either precision)
     * @param y the input vector over the block's columns, length N
     * @param d the target region's derivative, length N
     */
    void accumulate(RandomBlock block, double[] y, double[] d, int from, int to);

    /**
     * Runs the kernel on a tiny block of the given precision often enough for the JIT to compile it, so that the
     * first product of a large block does not run interpreted (for the SIMD kernel that costs most of a second;
     * once compiled, a warm-up takes well under a millisecond). Changes nothing else.
     */
    default void warmUp(CouplingPrecision precision) {
    }

    /** The fastest kernel this JVM offers (SIMD with the incubating Vector API, else scalar). */
    static RowProducts best() {
        return Holder.BEST;
    }

    /** Name of the kernel in use, for reports ("vector (8 x double)" or "scalar"). */
    static String describeBest() {
        return Holder.BEST.toString();
    }

    /** Chooses once per JVM: the Vector API is present or not for the JVM's whole life. */
    final class Holder {
        static final RowProducts BEST = choose();

        private Holder() {
        }

        private static RowProducts choose() {
            if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
                try {
                    return (RowProducts) Class.forName("org.mrdmft.simulation.VectorRowProducts")
                            .getDeclaredConstructor().newInstance();
                } catch (ReflectiveOperationException | LinkageError e) {
                    return new ScalarRowProducts();
                }
            }
            return new ScalarRowProducts();
        }
    }
}
