package org.mrdmft.stationary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fixed points found from random starts fall into exactly the 2^f components the polytope predicts. */
class FixedPointComponentsTest {
    @Test
    void aDrawWithTwoFracturePairsFindsEveryComponent() {
        double[][] draw = FixedPointComponents.draw(5L, 5, 2);
        FixedPointComponents c = FixedPointComponents.search(draw[0], draw[1], 200, 5L);
        int f = c.polytope().fractureCount();
        assertThat(f).isGreaterThanOrEqualTo(2);
        assertThat(c.componentsFound()).isEqualTo(1 << f);
        assertThat(c.currents()).hasSizeGreaterThan(4 * (1 << f));
        // a fracture current never vanishes on the manifold
        for (double[][] s : c.currents()) {
            for (int[] p : c.polytope().fracturePairs()) {
                assertThat(Math.abs(s[p[0]][p[1]])).isGreaterThan(1e-3);
            }
        }
    }

    @Test
    void otherSeededDrawsFindEveryComponentToo() {
        for (long seed = 1; seed <= 3; seed++) {
            double[][] draw = FixedPointComponents.draw(seed, 5, 1);
            FixedPointComponents c = FixedPointComponents.search(draw[0], draw[1], 200, seed);
            assertThat(c.componentsFound()).as("seed %d", seed).isEqualTo(1 << c.polytope().fractureCount());
        }
    }

    @Test
    void theSignPatternNamesEachFracturePair() {
        double[][] draw = FixedPointComponents.draw(5L, 5, 2);
        FixedPointComponents c = FixedPointComponents.search(draw[0], draw[1], 20, 5L);
        int f = c.polytope().fractureCount();
        assertThat(c.pattern(0)).isEqualTo("-".repeat(f));
        assertThat(c.pattern((1 << f) - 1)).isEqualTo("+".repeat(f));
        assertThat(c.pattern(1)).startsWith("+").hasSize(f);
    }
}
