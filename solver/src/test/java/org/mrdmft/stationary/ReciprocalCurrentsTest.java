package org.mrdmft.stationary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mrdmft.model.InteractionTensors;

/**
 * Currents built from a point of the polytope are a fixed point of the reciprocal network with a = 0:
 * S^{mu nu} = J^{mu nu} = psi^nu sum_rho T^{mu nu rho} S^{nu rho} at psi = 1/b, and each region's structured
 * variance sum_nu (S^{mu nu})^2 equals c ((b^mu)^2 - 1), the D0 that pins psi^mu = 1/b^mu.
 */
class ReciprocalCurrentsTest {

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5, 6})
    void currentsAtPointsOfThePolytopeAreFixedPoints(int regions) {
        SplittableRandom random = new SplittableRandom(500 + regions);
        int tested = 0;
        while (tested < 20) {
            double[] b = PolytopeDraws.sortedUniformB(random, regions);
            FixedPointPolytope p = new FixedPointPolytope(b);
            List<double[]> vertices = p.vertices();
            if (vertices.isEmpty()) {
                continue;
            }
            double[] x = randomConvexCombination(vertices, random);
            int n = x.length;
            int[] pairSigns = new int[n];
            for (int k = 0; k < n; k++) {
                pairSigns[k] = random.nextBoolean() ? 1 : -1;
            }
            int[] regionSigns = new int[regions];
            double[] regionSignsReal = new double[regions];
            for (int mu = 0; mu < regions; mu++) {
                regionSigns[mu] = random.nextBoolean() ? 1 : -1;
                regionSignsReal[mu] = regionSigns[mu];
            }
            double[][] s = p.currentsAt(x, pairSigns, regionSigns);
            double[][][] t = InteractionTensors.reciprocal(new double[regions], b, regionSignsReal);
            for (int mu = 0; mu < regions; mu++) {
                double rowNorm = 0;
                for (int nu = 0; nu < regions; nu++) {
                    double j = 0;
                    for (int rho = 0; rho < regions; rho++) {
                        j += t[mu][nu][rho] * s[nu][rho];
                    }
                    j /= b[nu];
                    assertThat(j).as("J^{%d %d}", mu, nu).isCloseTo(s[mu][nu], within(1e-12));
                    rowNorm += s[mu][nu] * s[mu][nu];
                }
                assertThat(s[mu][mu]).isZero();
                assertThat(rowNorm).isCloseTo(FixedPointPolytope.C * (b[mu] * b[mu] - 1), within(1e-10));
            }
            // the chosen signs are the signs of the forward currents wherever they are nonzero
            int[][] pairs = p.pairs();
            for (int k = 0; k < n; k++) {
                if (x[k] > 0) {
                    assertThat(Math.signum(s[pairs[k][0]][pairs[k][1]])).isEqualTo((double) pairSigns[k]);
                }
            }
            tested++;
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, -1})
    void flippingARegionSignFlipsTheReverseCurrents(int sign) {
        double[] b = {1.8, 2.2, 2.6};
        FixedPointPolytope p = new FixedPointPolytope(b);
        double[] x = p.vertices().get(0);
        double[][] plus = p.currentsAt(x, new int[] {1, 1, 1});
        double[][] flipped = p.currentsAt(x, new int[] {1, 1, 1}, new int[] {sign, 1, 1});
        assertThat(flipped[0]).containsExactly(plus[0], within(0.0));
        assertThat(flipped[1][0]).isEqualTo(sign * plus[1][0]);
        assertThat(flipped[2][0]).isEqualTo(sign * plus[2][0]);
        assertThat(flipped[2][1]).isEqualTo(plus[2][1]);
    }

    private static double[] randomConvexCombination(List<double[]> vertices, SplittableRandom random) {
        double[] weights = new double[vertices.size()];
        double total = 0;
        for (int v = 0; v < weights.length; v++) {
            weights[v] = -Math.log(1.0 - random.nextDouble());
            total += weights[v];
        }
        double[] x = new double[vertices.get(0).length];
        for (int v = 0; v < weights.length; v++) {
            for (int k = 0; k < x.length; k++) {
                x[k] += weights[v] / total * vertices.get(v)[k];
            }
        }
        return x;
    }
}
