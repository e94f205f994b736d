package org.mrdmft.stationary;

import java.util.List;

/**
 * Fixed points of one kind found by the search: either one isolated point, or the points of a continuum of
 * fixed points that share its dimension, its stability and the branch of every region. Distinct points of a
 * continuum are reached from one start each, so counting them as separate fixed points says nothing; the group
 * says what they are. The points of one continuum group may still lie on several disconnected pieces (for
 * reciprocal networks with a = 0 the fracture pairs split the manifold into 2^f pieces, docs/MODEL.md section 3).
 *
 * @param kind isolated point or continuum
 * @param dimension zero modes of the Jacobian at the members (0 for an isolated point): the continuum's local
 *     dimension
 * @param stability the members' stability (marginal for the stable points of a continuum: its directions neither
 *     grow nor decay)
 * @param branches the branch of every region, the same for every member
 * @param members indices of the members in {@link FixedPointSearch#fixedPoints()}, in that list's order
 * @param starts starts of the search that ended in this group (summed over members)
 */
public record FixedPointGroup(Kind kind, int dimension, FixedPointStability stability, List<StationaryBranch> branches,
                              int[] members, int starts) {

    /** What a group is. */
    public enum Kind {
        /** A fixed point with no zero mode: nearby points are not fixed points. */
        ISOLATED("isolated"),
        /** Points on a continuum of fixed points (at least one zero mode). */
        CONTINUUM("continuum");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The spelling in summaries. */
        public String label() {
            return label;
        }
    }

    public FixedPointGroup {
        branches = List.copyOf(branches);
        members = members.clone();
        if (members.length == 0) {
            throw new IllegalArgumentException("a fixed-point group needs at least one member");
        }
        if (kind == Kind.ISOLATED && (members.length != 1 || dimension != 0)) {
            throw new IllegalArgumentException("an isolated group is one point of dimension 0");
        }
    }

    @Override
    public int[] members() {
        return members.clone();
    }

    /** The number of fixed points in the group. */
    public int size() {
        return members.length;
    }
}
