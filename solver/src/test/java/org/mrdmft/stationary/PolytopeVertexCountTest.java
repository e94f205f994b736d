package org.mrdmft.stationary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The paper's counts (docs/FIGURES.md (polytope)): R = 5, b ~ U(1, 3) sorted, a = 0; the number of vertices is
 * fixed by the number f of fracture variables: 42, 30, 20, 12, 6 for f = 0..4.
 */
class PolytopeVertexCountTest {
    private static final int[] PAPER_COUNTS = {42, 30, 20, 12, 6};

    @Test
    void fiveRegionVertexCountDependsOnlyOnTheFractureCount() {
        SplittableRandom random = new SplittableRandom(20250214L);
        Map<Integer, TreeSet<Integer>> countsByF = new TreeMap<>();
        Map<Integer, Integer> frequency = new TreeMap<>();
        int infeasible = 0;
        int draws = 2000;
        for (int draw = 0; draw < draws; draw++) {
            PolytopeReport report = new FixedPointPolytope(PolytopeDraws.sortedUniformB(random, 5)).report();
            if (!report.feasible()) {
                assertThat(report.vertexCount()).isZero();
                infeasible++;
                continue;
            }
            int f = report.fractureCount();
            countsByF.computeIfAbsent(f, k -> new TreeSet<>()).add(report.vertexCount());
            frequency.merge(f, 1, Integer::sum);
            assertThat(report.components()).isEqualTo(1 << f);
        }
        System.out.printf("R = 5, %d draws: infeasible %d; f -> {vertex counts} x draws:%n", draws, infeasible);
        countsByF.forEach((f, counts) -> System.out.printf("  f = %d: %s x %d%n", f, counts, frequency.get(f)));

        assertThat(countsByF.keySet()).isNotEmpty().allSatisfy(f -> assertThat(f).isBetween(0, 4));
        countsByF.forEach((f, counts) -> assertThat(counts).as("vertex counts at f = %d", f)
                .containsExactly(PAPER_COUNTS[f]));
        assertThat(countsByF.size()).as("distinct f values seen").isGreaterThanOrEqualTo(3);
    }
}
