package org.mrdmft.stationary;

import java.util.Arrays;

/**
 * What the fixed-point polytope of a reciprocal network (a = 0, all regions active) says about its
 * fixed-point manifold: how many vertices the polytope has, which pairs are fracture variables and into
 * how many disconnected components the manifold splits (docs/MODEL.md section 3, docs/FIGURES.md (polytope)).
 *
 * @param regions R
 * @param pairLoopStrengths b, one per region
 * @param feasible whether the polytope is nonempty (if not, there is no fixed point with all regions active)
 * @param vertexCount number of distinct vertices (0 when infeasible)
 * @param fracturePairs the pairs {i, j}, i &lt; j (0-based), with x_ij &gt; 0 at every vertex
 * @param components 2^f with f the number of fracture pairs; 0 when infeasible
 */
public record PolytopeReport(int regions, double[] pairLoopStrengths, boolean feasible, int vertexCount,
                             int[][] fracturePairs, int components) {

    public PolytopeReport {
        pairLoopStrengths = pairLoopStrengths.clone();
        fracturePairs = deepCopy(fracturePairs);
    }

    @Override
    public double[] pairLoopStrengths() {
        return pairLoopStrengths.clone();
    }

    @Override
    public int[][] fracturePairs() {
        return deepCopy(fracturePairs);
    }

    /** f, the number of fracture variables. */
    public int fractureCount() {
        return fracturePairs.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolytopeReport p && regions == p.regions && feasible == p.feasible
                && vertexCount == p.vertexCount && components == p.components
                && Arrays.equals(pairLoopStrengths, p.pairLoopStrengths)
                && Arrays.deepEquals(fracturePairs, p.fracturePairs);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(pairLoopStrengths) + Arrays.deepHashCode(fracturePairs) + vertexCount;
    }

    @Override
    public String toString() {
        return "PolytopeReport[R=" + regions + ", b=" + Arrays.toString(pairLoopStrengths) + ", feasible=" + feasible
                + ", vertices=" + vertexCount + ", fracturePairs=" + Arrays.deepToString(fracturePairs)
                + ", components=" + components + "]";
    }

    private static int[][] deepCopy(int[][] pairs) {
        int[][] copy = new int[pairs.length][];
        for (int k = 0; k < pairs.length; k++) {
            copy[k] = pairs[k].clone();
        }
        return copy;
    }
}
