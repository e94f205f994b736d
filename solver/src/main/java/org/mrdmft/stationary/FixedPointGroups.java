package org.mrdmft.stationary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sorts the fixed points of a search into {@link FixedPointGroup}s: a point without zero modes is an isolated
 * group of its own; points with d &gt; 0 zero modes are pooled by (d, stability, branch of every region) into
 * continuum groups. Groups come most-starts first, then in the order of their first member.
 */
public final class FixedPointGroups {
    private FixedPointGroups() {
    }

    /** The groups of the fixed points of {@code search}; the starts of all groups add up to its converged starts. */
    public static List<FixedPointGroup> of(FixedPointSearch search) {
        List<FixedPoint> points = search.fixedPoints();
        List<FixedPointGroup> groups = new ArrayList<>();
        Map<String, List<Integer>> continua = new LinkedHashMap<>();
        for (int k = 0; k < points.size(); k++) {
            FixedPoint fp = points.get(k);
            int d = FixedPointStability.zeroModes(fp);
            if (d == 0) {
                groups.add(new FixedPointGroup(FixedPointGroup.Kind.ISOLATED, 0, FixedPointStability.of(fp),
                        branches(fp), new int[] {k}, fp.starts()));
            } else {
                String key = d + "|" + FixedPointStability.of(fp) + "|" + branches(fp);
                continua.computeIfAbsent(key, x -> new ArrayList<>()).add(k);
            }
        }
        for (List<Integer> members : continua.values()) {
            FixedPoint first = points.get(members.get(0));
            int starts = members.stream().mapToInt(k -> points.get(k).starts()).sum();
            groups.add(new FixedPointGroup(FixedPointGroup.Kind.CONTINUUM, FixedPointStability.zeroModes(first),
                    FixedPointStability.of(first), branches(first),
                    members.stream().mapToInt(Integer::intValue).toArray(), starts));
        }
        groups.sort(Comparator.comparingInt(FixedPointGroup::starts).reversed()
                .thenComparingInt(g -> g.members()[0]));
        return List.copyOf(groups);
    }

    private static List<StationaryBranch> branches(FixedPoint fp) {
        return fp.regions().stream().map(RegionState::branch).toList();
    }
}
