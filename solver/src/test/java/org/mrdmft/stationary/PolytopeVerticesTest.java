package org.mrdmft.stationary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.SingularValueDecomposition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Vertices are feasible, and coincide with an independent brute force: the incidence form of the constraints
 * (x_ij = b^i y_ij, sum over edges at i of y = c (b^i - 1/b^i)) solved on every support set, a point being a
 * vertex exactly when its support columns are independent (SVD rank) and it is positive on its support.
 */
class PolytopeVerticesTest {

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5, 6})
    void everyVertexSatisfiesTheEqualitiesAndIsNonnegative(int regions) {
        SplittableRandom random = new SplittableRandom(100 + regions);
        int checked = 0;
        for (int draw = 0; draw < 40; draw++) {
            FixedPointPolytope p = new FixedPointPolytope(PolytopeDraws.sortedUniformB(random, regions));
            double[][] a = p.constraintMatrix();
            double[] rhs = p.rightHandSide();
            for (double[] v : p.vertices()) {
                for (double entry : v) {
                    assertThat(entry).isGreaterThanOrEqualTo(0.0);
                }
                for (int i = 0; i < regions; i++) {
                    double lhs = 0;
                    for (int k = 0; k < v.length; k++) {
                        lhs += a[i][k] * v[k];
                    }
                    assertThat(lhs).isCloseTo(rhs[i], within(1e-10));
                }
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5})
    void verticesMatchBruteForceOverSupports(int regions) {
        SplittableRandom random = new SplittableRandom(7 + regions);
        int nonEmpty = 0;
        for (int draw = 0; draw < 100; draw++) {
            double[] b = PolytopeDraws.sortedUniformB(random, regions);
            List<double[]> expected = bruteForce(b);
            List<double[]> actual = new ArrayList<>(new FixedPointPolytope(b).vertices());
            assertThat(actual).as("vertex count for b = %s", java.util.Arrays.toString(b)).hasSameSizeAs(expected);
            expected.sort(LEX);
            actual.sort(LEX);
            for (int k = 0; k < expected.size(); k++) {
                assertThat(actual.get(k)).containsExactly(expected.get(k), within(1e-10));
            }
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        assertThat(nonEmpty).isGreaterThan(10);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5, 6})
    void simplexFeasibilityAgreesWithVerticesAndWithTheDegreeCondition(int regions) {
        // a nonnegative symmetric zero-diagonal matrix with row sums d exists iff max d <= sum of the others
        SplittableRandom random = new SplittableRandom(31 + regions);
        int feasibleCount = 0;
        int infeasibleCount = 0;
        for (int draw = 0; draw < 200; draw++) {
            double[] b = PolytopeDraws.sortedUniformB(random, regions);
            double[] d = PolytopeDraws.degrees(b);
            double total = 0;
            for (double di : d) {
                total += di;
            }
            double slack = total - 2 * d[regions - 1]; // b sorted: the last region has the largest d
            if (Math.abs(slack) < 1e-6) {
                continue;
            }
            FixedPointPolytope p = new FixedPointPolytope(b);
            boolean expected = slack > 0;
            assertThat(p.feasible()).as("simplex, b = %s", java.util.Arrays.toString(b)).isEqualTo(expected);
            assertThat(p.vertices().isEmpty()).isEqualTo(!expected);
            if (expected) {
                feasibleCount++;
            } else {
                infeasibleCount++;
            }
        }
        assertThat(feasibleCount).isPositive();
        assertThat(infeasibleCount).isPositive();
    }

    private static final Comparator<double[]> LEX = (u, v) -> {
        for (int k = 0; k < u.length; k++) {
            int c = Double.compare(u[k], v[k]);
            if (Math.abs(u[k] - v[k]) > 1e-9 && c != 0) {
                return c;
            }
        }
        return 0;
    };

    /** Vertices in x, found from each support set of the incidence system. */
    private static List<double[]> bruteForce(double[] b) {
        int r = b.length;
        int n = r * (r - 1) / 2;
        int[][] edges = new int[n][];
        int e = 0;
        for (int i = 0; i < r; i++) {
            for (int j = i + 1; j < r; j++) {
                edges[e++] = new int[] {i, j};
            }
        }
        double[] d = PolytopeDraws.degrees(b);
        List<double[]> vertices = new ArrayList<>();
        for (int support = 1; support < (1 << n); support++) {
            int size = Integer.bitCount(support);
            if (size > r) {
                continue; // more than R independent columns is impossible
            }
            int[] cols = new int[size];
            int m = 0;
            for (int k = 0; k < n; k++) {
                if ((support & (1 << k)) != 0) {
                    cols[m++] = k;
                }
            }
            double[][] incidence = new double[r][size];
            for (int c = 0; c < size; c++) {
                incidence[edges[cols[c]][0]][c] = 1.0;
                incidence[edges[cols[c]][1]][c] = 1.0;
            }
            SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(incidence));
            if (svd.getRank() < size) {
                continue;
            }
            DecompositionSolver solver = svd.getSolver();
            double[] y = solver.solve(new ArrayRealVector(d)).toArray();
            boolean ok = true;
            for (int i = 0; i < r && ok; i++) {
                double lhs = 0;
                for (int c = 0; c < size; c++) {
                    lhs += incidence[i][c] * y[c];
                }
                ok = Math.abs(lhs - d[i]) < 1e-10;
            }
            for (int c = 0; c < size && ok; c++) {
                ok = y[c] > 1e-12;
            }
            if (ok) {
                double[] x = new double[n];
                for (int c = 0; c < size; c++) {
                    x[cols[c]] = b[edges[cols[c]][0]] * y[c];
                }
                vertices.add(x);
            }
        }
        return vertices;
    }
}
