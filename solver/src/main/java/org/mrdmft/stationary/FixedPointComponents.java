package org.mrdmft.stationary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.mrdmft.kernel.Kernels;
import org.mrdmft.model.InteractionTensors;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.model.Nonlinearity;

/**
 * The fixed points of one reciprocal network with a = 0 and g = 0 found from random starts, each assigned to a
 * component of the fixed-point manifold (docs/MODEL.md section 3). A fracture pair's current S^{ij} is nonzero on
 * the whole manifold, so the signs of the f fracture currents label the 2^f components: component index
 * = sum_k 2^k [S^{i_k j_k} &gt; 0] over the fracture pairs in the polytope's order.
 *
 * <p>Fixed points come from the stationary solver's multi-start search (Levenberg-Marquardt on S = J); only the
 * stable ones with every region active (row norm^2 = (2/pi)(b^2 - 1), gain pinned at 1/b) lie on the manifold,
 * the others (some regions silent) are counted as discarded.
 *
 * @param b pair-loop strengths
 * @param signs s^mu of the reciprocal parameterisation
 * @param polytope the polytope's vertices and fracture pairs
 * @param currents the fixed points on the manifold, S^{mu nu}
 * @param component each fixed point's component index
 * @param starts starts of the search
 * @param converged starts that converged to a fixed point
 * @param discarded distinct fixed points off the manifold (unstable or with a silent region)
 */
public record FixedPointComponents(double[] b, double[] signs, PolytopeReport polytope, List<double[][]> currents,
                            int[] component, int starts, int converged, int discarded) {
    /** Relative tolerance of the row-norm check of an active region. */
    public static final double ACTIVE_TOLERANCE = 1e-6;

    public FixedPointComponents {
        b = b.clone();
        signs = signs.clone();
        currents = List.copyOf(currents);
        component = component.clone();
    }

    /**
     * The first draw of sorted b ~ U(1, 3) (and random signs) from {@code seed} with at least {@code minFracture}
     * fracture pairs, as {b, signs}.
     */
    public static double[][] draw(long seed, int regions, int minFracture) {
        SplittableRandom rng = new SplittableRandom(seed);
        while (true) {
            double[] b = new double[regions];
            double[] s = new double[regions];
            for (int mu = 0; mu < regions; mu++) {
                b[mu] = 1.0 + 2.0 * rng.nextDouble();
                s[mu] = rng.nextBoolean() ? 1.0 : -1.0;
            }
            Arrays.sort(b);
            if (new FixedPointPolytope(b).report().fractureCount() >= minFracture) {
                return new double[][] {b, s};
            }
        }
    }

    /** Searches the fixed points of the network (a = 0, g = 0, U = I) from {@code starts} seeded starts. */
    public static FixedPointComponents search(double[] b, double[] signs, int starts, long seed) {
        int r = b.length;
        NetworkModel model = NetworkModel.of(new double[r], InteractionTensors.reciprocal(new double[r], b, signs));
        RegionStationarySolver regions = new RegionStationarySolver(Kernels.forNonlinearity(Nonlinearity.ERF));
        FixedPointSearch search = new FixedPointSolver(model, (mu, a) -> regions.stableState(0.0, a))
                .search(starts, 2.0, seed, 1e-10);
        PolytopeReport polytope = new FixedPointPolytope(b).report();
        int[][] fracture = polytope.fracturePairs();
        List<double[][]> onManifold = new ArrayList<>();
        List<Integer> comp = new ArrayList<>();
        int discarded = 0;
        for (FixedPoint fp : search.fixedPoints()) {
            if (!fp.stable() || !allActive(fp.currents(), b)) {
                discarded++;
                continue;
            }
            int index = 0;
            for (int k = 0; k < fracture.length; k++) {
                if (fp.currents()[fracture[k][0]][fracture[k][1]] > 0) {
                    index |= 1 << k;
                }
            }
            onManifold.add(fp.currents());
            comp.add(index);
        }
        return new FixedPointComponents(b, signs, polytope, onManifold,
                comp.stream().mapToInt(Integer::intValue).toArray(), starts, search.converged(), discarded);
    }

    private static boolean allActive(double[][] s, double[] b) {
        for (int mu = 0; mu < b.length; mu++) {
            double acc = 0.0;
            for (double v : s[mu]) {
                acc += v * v;
            }
            double target = FixedPointPolytope.C * (b[mu] * b[mu] - 1.0);
            if (Math.abs(acc - target) > ACTIVE_TOLERANCE * target) {
                return false;
            }
        }
        return true;
    }

    /** The number of distinct components among the fixed points found. */
    public int componentsFound() {
        return (int) Arrays.stream(component).distinct().count();
    }

    /** "+-" style sign pattern of component {@code index}: one sign per fracture pair, in the polytope's order. */
    public String pattern(int index) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < polytope.fractureCount(); k++) {
            out.append((index >> k & 1) == 1 ? '+' : '-');
        }
        return out.toString();
    }

    @Override
    public double[] b() {
        return b.clone();
    }

    @Override
    public double[] signs() {
        return signs.clone();
    }

    @Override
    public int[] component() {
        return component.clone();
    }
}
