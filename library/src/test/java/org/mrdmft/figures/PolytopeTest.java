package org.mrdmft.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mrdmft.stationary.FixedPointComponents;

/**
 * polytope: for R = 5 the vertex count depends only on the number of fracture variables f (42, 30, 20, 12, 6
 * for f = 0..4, counted by hand from the polytope's faces) and the manifold has 2^f components; the multi-start
 * search finds all 2^f of them.
 */
class PolytopeTest {
    private static final Polytope.Data DATA = Polytope.compute(new Polytope.Options(new int[] {120, 6, 2}, 200));

    @Test
    void vertexCountsOfFiveRegionsDependOnlyOnTheFractureVariables() {
        Map<Integer, Integer> expected = Map.of(0, 42, 1, 30, 2, 20, 3, 12, 4, 6);
        List<Polytope.Draw> r5 = DATA.draws().stream().filter(d -> d.regions() == 5).toList();
        assertThat(r5).hasSizeGreaterThan(90);
        assertThat(r5.stream().map(Polytope.Draw::fractureVariables).distinct().count()).isGreaterThan(2);
        for (Polytope.Draw d : r5) {
            assertThat(d.vertices()).as("f = %d", d.fractureVariables()).isEqualTo(expected.get(d.fractureVariables()));
            assertThat(d.components()).isEqualTo(1 << d.fractureVariables());
        }
        // one vertex count per f: no spread (up to the rounding of the variance formula)
        assertThat(DATA.summaries(5)).allSatisfy(s -> assertThat(s.twoSd()).isLessThan(1e-6));
    }

    @Test
    void theSearchFindsEveryComponent() {
        FixedPointComponents c = DATA.components();
        int f = c.polytope().fractureCount();
        assertThat(f).isGreaterThanOrEqualTo(2);
        assertThat(c.componentsFound()).isEqualTo(1 << f);
        DataTable summary = DATA.tables().get(4);
        assertThat(summary.name()).isEqualTo("polytope-components-summary");
        assertThat(summary.column("componentsFound")[0]).isEqualTo(summary.column("componentsExpected")[0]);
    }

    @Test
    void theTablesAreTheFilesOfTheCommandLine() {
        assertThat(DATA.tables()).extracting(DataTable::name).containsExactly("polytope", "polytope-components",
                "polytope-components-network", "polytope-components-fracture-pairs", "polytope-components-summary");
        assertThat(DATA.tables().get(0).columnNames()).containsExactly("regions", "draw", "fractureVariables",
                "vertices", "components");
        assertThat(DATA.tables().get(1).columnNames()).hasSize(1 + 25).startsWith("component", "S_1_1");
    }
}
