package org.mrdmft.dmft;

/**
 * A hook into the default engine: told of every column of the two-time function once it is final, so that a
 * quantity integrated on top of the solution (the replica deficit of {@link ReplicaSolver}) can follow it
 * column by column without the engine keeping the whole matrix.
 */
interface ColumnObserver {
    /** Observes nothing. */
    ColumnObserver NONE = (n, lo, structured, random, diag) -> {
    };

    /**
     * Column n is final in every region: Delta^mu(t_i, t_n) = structured[mu][i] + random[mu][i] for
     * lo &lt;= i &lt;= n, and diag[mu][i] = Delta^mu(t_i, t_i) for i &lt;= n. The arrays are the engine's own
     * buffers: read them during the call only.
     */
    void column(int n, int lo, double[][] structured, double[][] random, double[][] diag);
}
