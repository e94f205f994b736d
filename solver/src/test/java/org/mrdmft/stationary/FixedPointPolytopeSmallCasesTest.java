package org.mrdmft.stationary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** R = 2 and R = 3 worked by hand; bad input is refused, empty polytopes are reported. */
class FixedPointPolytopeSmallCasesTest {
    private static final double C = 2.0 / Math.PI;

    @Test
    void twoRegionsWithEqualLoopStrengthsShareOnePoint() {
        FixedPointPolytope p = new FixedPointPolytope(new double[] {2.0, 2.0});
        List<double[]> vertices = p.vertices();
        assertThat(vertices).hasSize(1);
        assertThat(vertices.get(0)[0]).isCloseTo(C * 3.0, within(1e-14));
        assertThat(p.feasible()).isTrue();
        PolytopeReport report = p.report();
        assertThat(report.fractureCount()).isEqualTo(1);
        assertThat(report.components()).isEqualTo(2);
    }

    @Test
    void twoRegionsWithDifferentLoopStrengthsHaveNoFixedPoint() {
        // x_12 = c (b1^2 - 1) from region 1, (b2 / b1) x_12 = c (b2^2 - 1) from region 2: b1 = b2 is forced
        FixedPointPolytope p = new FixedPointPolytope(new double[] {1.5, 2.0});
        assertThat(p.vertices()).isEmpty();
        assertThat(p.feasible()).isFalse();
        PolytopeReport report = p.report();
        assertThat(report.feasible()).isFalse();
        assertThat(report.vertexCount()).isZero();
        assertThat(report.fracturePairs()).isEmpty();
        assertThat(report.components()).isZero();
    }

    @Test
    void threeRegionsHaveTheUniquePointOfTheSquareSystem() {
        double[] b = {1.8, 2.2, 2.6};
        FixedPointPolytope p = new FixedPointPolytope(b);
        // independent form: x_ij = b^i y_ij, y_12 + y_13 = d1, y_12 + y_23 = d2, y_13 + y_23 = d3
        double[] d = PolytopeDraws.degrees(b);
        double y12 = (d[0] + d[1] - d[2]) / 2;
        double y13 = (d[0] + d[2] - d[1]) / 2;
        double y23 = (d[1] + d[2] - d[0]) / 2;
        double[] expected = {b[0] * y12, b[0] * y13, b[1] * y23};
        assertThat(y12).isPositive();
        assertThat(y13).isPositive();
        assertThat(y23).isPositive();

        List<double[]> vertices = p.vertices();
        assertThat(vertices).hasSize(1);
        assertThat(vertices.get(0)).containsExactly(expected, within(1e-12));
        assertThat(p.feasible()).isTrue();
        assertThat(p.fractureVariables()).isDeepEqualTo(new int[][] {{0, 1}, {0, 2}, {1, 2}});
        assertThat(p.components()).isEqualTo(8);
    }

    @Test
    void threeRegionsWithOneDominantRegionAreInfeasible() {
        // d3 > d1 + d2: region 3 cannot be fed by the other two, y_12 < 0
        double[] b = {1.1, 1.2, 3.0};
        double[] d = PolytopeDraws.degrees(b);
        assertThat(d[2]).isGreaterThan(d[0] + d[1]);
        FixedPointPolytope p = new FixedPointPolytope(b);
        assertThat(p.vertices()).isEmpty();
        assertThat(p.feasible()).isFalse();
        assertThat(p.report().components()).isZero();
    }

    @Test
    void threeRegionsOnTheFeasibilityBoundaryHaveOneVertexWithAZeroPair() {
        // choose b3 so that d3 = d1 + d2 exactly: the point has y_12 = 0 (a degenerate vertex)
        double[] d = PolytopeDraws.degrees(new double[] {1.5, 1.7});
        double target = (d[0] + d[1]) / C; // b - 1/b = target
        double b3 = (target + Math.sqrt(target * target + 4)) / 2;
        FixedPointPolytope p = new FixedPointPolytope(new double[] {1.5, 1.7, b3});
        List<double[]> vertices = p.vertices();
        assertThat(vertices).hasSize(1);
        assertThat(vertices.get(0)[0]).isCloseTo(0.0, within(1e-12));
        assertThat(p.fractureVariables()).isDeepEqualTo(new int[][] {{0, 2}, {1, 2}});
    }

    @Test
    void fourRegionsOnTheBoundaryCollapseToTheStarVertexFromManyBases() {
        // d4 = d1 + d2 + d3: P is the single point y_i4 = d_i, y = 0 elsewhere; every basis holding the three
        // star edges plus any one other edge is nonsingular and gives it, so deduplication must merge them
        double[] b = {1.3, 1.6, 1.9, 0};
        double[] d = PolytopeDraws.degrees(new double[] {b[0], b[1], b[2]});
        double target = (d[0] + d[1] + d[2]) / C;
        b[3] = (target + Math.sqrt(target * target + 4)) / 2;
        FixedPointPolytope p = new FixedPointPolytope(b);
        List<double[]> vertices = p.vertices();
        assertThat(vertices).hasSize(1);
        // pairs (0,1) (0,2) (0,3) (1,2) (1,3) (2,3)
        assertThat(vertices.get(0)).containsExactly(new double[] {0, 0, b[0] * d[0], 0, b[1] * d[1], b[2] * d[2]},
                within(1e-12));
        assertThat(p.fractureVariables()).isDeepEqualTo(new int[][] {{0, 3}, {1, 3}, {2, 3}});
        assertThat(p.components()).isEqualTo(8);
    }

    @Test
    void constraintMatrixFollowsTheModel() {
        double[] b = {1.5, 2.0, 2.5, 2.9};
        FixedPointPolytope p = new FixedPointPolytope(b);
        double[][] a = p.constraintMatrix();
        int[][] pairs = p.pairs();
        assertThat(pairs).hasNumberOfRows(6);
        for (int k = 0; k < pairs.length; k++) {
            int i = pairs[k][0];
            int j = pairs[k][1];
            for (int row = 0; row < 4; row++) {
                double expected = row == i ? 1.0 : row == j ? b[j] / b[i] : 0.0;
                assertThat(a[row][k]).isEqualTo(expected);
            }
        }
        for (int i = 0; i < 4; i++) {
            assertThat(p.rightHandSide()[i]).isCloseTo(C * (b[i] * b[i] - 1), within(1e-15));
        }
    }

    @Test
    void refusesLoopStrengthsAtMostOneAndTooFewRegions() {
        assertThatThrownBy(() -> new FixedPointPolytope(new double[] {2.0}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FixedPointPolytope(new double[] {2.0, 1.0}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FixedPointPolytope(new double[] {2.0, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
