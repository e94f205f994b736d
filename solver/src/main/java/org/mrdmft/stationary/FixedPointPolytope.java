package org.mrdmft.stationary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.optim.LocalizedOptimFormats;
import org.hipparchus.optim.linear.LinearConstraint;
import org.hipparchus.optim.linear.LinearConstraintSet;
import org.hipparchus.optim.linear.LinearObjectiveFunction;
import org.hipparchus.optim.linear.NonNegativeConstraint;
import org.hipparchus.optim.linear.Relationship;
import org.hipparchus.optim.linear.SimplexSolver;
import org.hipparchus.optim.nonlinear.scalar.GoalType;

/**
 * The fixed-point polytope of a reciprocal network with a = 0 and all R regions active (docs/MODEL.md section 3).
 *
 * <p>At such a fixed point every region's gain is pinned at psi^mu = 1/b^mu, so its structured variance is
 * sum_nu (S^{mu nu})^2 = c ((b^mu)^2 - 1), c = 2/pi. In the variables x_ij = (S^{ij})^2, i &lt; j (pairs in
 * lexicographic order), with (S^{ji})^2 = (b^j / b^i) x_ij, these are R linear equalities
 * <pre>  sum_{j&gt;i} x_ij + sum_{j&lt;i} (b^i / b^j) x_ji = c ((b^i)^2 - 1),   x &gt;= 0,</pre>
 * a convex polytope P in R^{R(R-1)/2}. Its vertices are the basic feasible solutions; a pair positive at
 * every vertex (hence everywhere on P) is a fracture variable, and f of them split the fixed-point manifold
 * into 2^f components because such an S^{ij} can never change sign.
 *
 * <p>For R &gt;= 3 the constraint matrix has full rank R (after x_ij = b^i y_ij and row scaling it is the
 * vertex-edge incidence matrix of the complete graph, which is not bipartite), so bases are R-subsets of the
 * columns. For R = 2 there is one variable and two equations: P is a point when b^1 = b^2 and empty otherwise.
 *
 * <p>Enumeration visits all C(R(R-1)/2, R) bases (116,280 for R = 7); each call of {@link #vertices()} redoes it.
 */
public final class FixedPointPolytope {
    /** c = 2/pi: D0 = c (b^2 - 1) for a region pinned at psi = 1/b. */
    public static final double C = 2.0 / Math.PI;

    /** Entries above -NEGATIVE_TOL * scale count as nonnegative (and are clamped to 0). */
    private static final double NEGATIVE_TOL = 1e-9;
    /** Vertices closer than DUPLICATE_TOL * scale in max norm are the same vertex (degenerate bases). */
    private static final double DUPLICATE_TOL = 1e-8;
    /** A pair is a fracture variable when it exceeds FRACTURE_TOL * scale at every vertex. */
    private static final double FRACTURE_TOL = 1e-8;
    /** LU pivots below this mark a singular basis (matrix entries are 1 and b ratios in (1/3, 3) or so). */
    private static final double SINGULARITY_THRESHOLD = 1e-10;

    private final double[] b;
    private final int[][] pairs;
    private final double[][] matrix;
    private final double[] rhs;
    private final double scale;

    /**
     * @param b pair-loop strengths, length R &gt;= 2, every entry finite and &gt; 1
     */
    public FixedPointPolytope(double[] b) {
        if (b.length < 2) {
            throw new IllegalArgumentException("need at least two regions, got " + b.length);
        }
        for (int mu = 0; mu < b.length; mu++) {
            if (!(b[mu] > 1.0) || !Double.isFinite(b[mu])) {
                throw new IllegalArgumentException("b^" + (mu + 1) + " must be finite and > 1, got " + b[mu]);
            }
        }
        this.b = b.clone();
        int r = b.length;
        int n = r * (r - 1) / 2;
        pairs = new int[n][];
        matrix = new double[r][n];
        rhs = new double[r];
        int k = 0;
        for (int i = 0; i < r; i++) {
            for (int j = i + 1; j < r; j++) {
                pairs[k] = new int[] {i, j};
                matrix[i][k] = 1.0;
                matrix[j][k] = b[j] / b[i];
                k++;
            }
        }
        double max = 0;
        for (int i = 0; i < r; i++) {
            rhs[i] = C * (b[i] * b[i] - 1.0);
            max = Math.max(max, rhs[i]);
        }
        scale = max;
    }

    /** R, the number of regions. */
    public int regions() {
        return b.length;
    }

    /** The pair-loop strengths b. */
    public double[] pairLoopStrengths() {
        return b.clone();
    }

    /** The pairs {i, j}, i &lt; j (0-based), in the order of the coordinates of x. */
    public int[][] pairs() {
        int[][] copy = new int[pairs.length][];
        for (int k = 0; k < pairs.length; k++) {
            copy[k] = pairs[k].clone();
        }
        return copy;
    }

    /** The R x R(R-1)/2 equality-constraint matrix. */
    public double[][] constraintMatrix() {
        double[][] copy = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            copy[i] = matrix[i].clone();
        }
        return copy;
    }

    /** The right-hand side c ((b^i)^2 - 1). */
    public double[] rightHandSide() {
        return rhs.clone();
    }

    /** Whether P is nonempty, decided by a phase-1 simplex (Hipparchus), independently of {@link #vertices()}. */
    public boolean feasible() {
        List<LinearConstraint> constraints = new ArrayList<>(rhs.length);
        for (int i = 0; i < rhs.length; i++) {
            constraints.add(new LinearConstraint(matrix[i], Relationship.EQ, rhs[i]));
        }
        try {
            new SimplexSolver().optimize(new LinearObjectiveFunction(new double[pairs.length], 0.0),
                    new LinearConstraintSet(constraints), GoalType.MINIMIZE, new NonNegativeConstraint(true));
            return true;
        } catch (MathIllegalStateException e) {
            if (e.getSpecifier() == LocalizedOptimFormats.NO_FEASIBLE_SOLUTION) {
                return false;
            }
            throw e;
        }
    }

    /**
     * The distinct vertices of P (empty if P is empty), in the order their first basis is met when bases are
     * enumerated lexicographically. Each vertex has R(R-1)/2 entries, all &gt;= 0.
     */
    public List<double[]> vertices() {
        VertexSet found = new VertexSet();
        if (pairs.length < rhs.length) {
            found.add(pointOfSingleColumn());
            return found.inOrder();
        }
        int r = rhs.length;
        int[] basis = new int[r];
        for (int k = 0; k < r; k++) {
            basis[k] = k;
        }
        ArrayRealVector rhsVector = new ArrayRealVector(rhs, false);
        do {
            double[][] block = new double[r][r];
            for (int i = 0; i < r; i++) {
                for (int k = 0; k < r; k++) {
                    block[i][k] = matrix[i][basis[k]];
                }
            }
            DecompositionSolver solver =
                    new LUDecomposition(new Array2DRowRealMatrix(block, false), SINGULARITY_THRESHOLD).getSolver();
            if (solver.isNonSingular()) {
                double[] basic = solver.solve(rhsVector).toArray();
                double[] x = new double[pairs.length];
                for (int k = 0; k < r; k++) {
                    x[basis[k]] = basic[k];
                }
                found.add(x);
            }
        } while (nextCombination(basis, pairs.length));
        return found.inOrder();
    }

    /** The fracture pairs {i, j}: positive (beyond a tolerance) at every vertex. Empty if P is empty. */
    public int[][] fractureVariables() {
        return fracturePairs(vertices());
    }

    /** 2^f for f fracture variables; 0 if P is empty (no fixed point with all regions active). */
    public int components() {
        List<double[]> vertices = vertices();
        return componentCount(vertices, fracturePairs(vertices));
    }

    /** Feasibility, vertex count, fracture pairs and components, enumerating the vertices once. */
    public PolytopeReport report() {
        List<double[]> vertices = vertices();
        int[][] fracture = fracturePairs(vertices);
        return new PolytopeReport(regions(), b, feasible(), vertices.size(), fracture,
                componentCount(vertices, fracture));
    }

    /**
     * The fixed-point currents S (R x R) at a point x of P, with S^{ii} = 0 (a = 0 silences the self-loop).
     *
     * <p>Sign relation: with psi^mu = 1/b^mu and T^{mu nu rho} = delta^{mu rho} c^{mu nu}, c^{mu nu} = u^mu u^nu
     * (mu != nu), u^mu = s^mu sqrt(b^mu), the fixed point S = J reads
     * S^{ij} = psi^j c^{ij} S^{ji} = s^i s^j sqrt(b^i / b^j) S^{ji}. Hence S^{ij} = sigma_ij sqrt(x_ij) with a free
     * sign sigma_ij and S^{ji} = s^i s^j sigma_ij sqrt((b^j / b^i) x_ij): the pair's reverse current carries the
     * sign of the forward one times s^i s^j. Applying the relation from the other side gives the same equation, and
     * S^{ii} = psi^i c^{ii} S^{ii} with c^{ii} = a = 0 forces S^{ii} = 0.
     *
     * @param x a point of P (R(R-1)/2 entries &gt;= 0, pair order of {@link #pairs()})
     * @param pairSigns sigma_ij = +-1 per pair, the sign of S^{ij}, i &lt; j
     * @param regionSigns s^mu = +-1, the signs of u in the reciprocal parameterisation
     */
    public double[][] currentsAt(double[] x, int[] pairSigns, int[] regionSigns) {
        int r = b.length;
        if (x.length != pairs.length || pairSigns.length != pairs.length || regionSigns.length != r) {
            throw new IllegalArgumentException("x and pairSigns need " + pairs.length + " entries, regionSigns " + r);
        }
        double[][] s = new double[r][r];
        for (int k = 0; k < pairs.length; k++) {
            int i = pairs[k][0];
            int j = pairs[k][1];
            if (x[k] < 0) {
                throw new IllegalArgumentException("x must be >= 0, got x[" + k + "] = " + x[k]);
            }
            double sigma = Math.signum(pairSigns[k]);
            s[i][j] = sigma * Math.sqrt(x[k]);
            s[j][i] = regionSigns[i] * regionSigns[j] * sigma * Math.sqrt(b[j] / b[i] * x[k]);
        }
        return s;
    }

    /** {@link #currentsAt(double[], int[], int[])} with all region signs s^mu = +1 (u = sqrt(b)). */
    public double[][] currentsAt(double[] x, int[] pairSigns) {
        int[] plus = new int[b.length];
        Arrays.fill(plus, 1);
        return currentsAt(x, pairSigns, plus);
    }

    private double[] pointOfSingleColumn() {
        // R = 2: x_12 from the first equation; the second must agree (only when b^1 = b^2)
        double x = rhs[0] / matrix[0][0];
        return Math.abs(matrix[1][0] * x - rhs[1]) <= NEGATIVE_TOL * scale ? new double[] {x} : null;
    }

    /**
     * Distinct vertices in order of discovery. Degenerate bases repeat a vertex; a vertex is fixed by its support
     * (the unique solution on those columns), so candidates are bucketed by support and compared only within it.
     */
    private final class VertexSet {
        private final List<double[]> ordered = new ArrayList<>();
        private final Map<BitSet, List<double[]>> bySupport = new HashMap<>();

        void add(double[] x) {
            if (x == null) {
                return;
            }
            BitSet support = new BitSet(x.length);
            for (int k = 0; k < x.length; k++) {
                if (x[k] < -NEGATIVE_TOL * scale) {
                    return;
                }
                x[k] = Math.max(x[k], 0.0);
                if (x[k] > DUPLICATE_TOL * scale) {
                    support.set(k);
                }
            }
            List<double[]> bucket = bySupport.computeIfAbsent(support, s -> new ArrayList<>(1));
            for (double[] v : bucket) {
                if (maxDistance(v, x) <= DUPLICATE_TOL * scale) {
                    return;
                }
            }
            bucket.add(x);
            ordered.add(x);
        }

        List<double[]> inOrder() {
            return ordered;
        }
    }

    private int[][] fracturePairs(List<double[]> vertices) {
        if (vertices.isEmpty()) {
            return new int[0][];
        }
        List<int[]> fracture = new ArrayList<>();
        for (int k = 0; k < pairs.length; k++) {
            boolean positiveEverywhere = true;
            for (double[] v : vertices) {
                if (v[k] <= FRACTURE_TOL * scale) {
                    positiveEverywhere = false;
                    break;
                }
            }
            if (positiveEverywhere) {
                fracture.add(pairs[k].clone());
            }
        }
        return fracture.toArray(new int[0][]);
    }

    private static int componentCount(List<double[]> vertices, int[][] fracture) {
        return vertices.isEmpty() ? 0 : 1 << fracture.length;
    }

    private static double maxDistance(double[] u, double[] v) {
        double d = 0;
        for (int k = 0; k < u.length; k++) {
            d = Math.max(d, Math.abs(u[k] - v[k]));
        }
        return d;
    }

    /** Advances a sorted k-subset of {0..n-1} to the next in lexicographic order; false after the last. */
    private static boolean nextCombination(int[] c, int n) {
        int k = c.length;
        int i = k - 1;
        while (i >= 0 && c[i] == n - k + i) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        c[i]++;
        for (int m = i + 1; m < k; m++) {
            c[m] = c[m - 1] + 1;
        }
        return true;
    }
}
