package org.mrdmft.stationary;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Seeded draws of b as in the paper's polytope figure: b^mu ~ U(1, 3), sorted. */
final class PolytopeDraws {
    private PolytopeDraws() {
    }

    static double[] sortedUniformB(SplittableRandom random, int regions) {
        double[] b = new double[regions];
        for (int mu = 0; mu < regions; mu++) {
            b[mu] = random.nextDouble(1.0, 3.0);
        }
        Arrays.sort(b);
        return b;
    }

    /** Target degree d^i = c (b^i - 1/b^i) of region i in the incidence form of the constraints. */
    static double[] degrees(double[] b) {
        double[] d = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            d[i] = FixedPointPolytope.C * (b[i] - 1.0 / b[i]);
        }
        return d;
    }
}
