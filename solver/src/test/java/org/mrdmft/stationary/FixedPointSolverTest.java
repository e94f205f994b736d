package org.mrdmft.stationary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.dmft.TransientProblem;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.dmft.TransientSolvers;
import org.mrdmft.model.InteractionTensors;
import org.mrdmft.model.NetworkModel;

/** The full self-consistent fixed points without disorder (fig3 of the paper), where the answers are known. */
class FixedPointSolverTest {
    private static final double C = 2.0 / Math.PI;

    /** g = 0: the total variance is the structured one, D0 = A, static and stable. */
    private static final RegionStateSelector NO_DISORDER =
            (mu, a) -> new RegionState(StationaryBranch.STATIC, 0.0, a, a, a, true, 1.0);

    private static NetworkModel fig3(double[] a, double[] b, double[] signs) {
        return NetworkModel.of(new double[a.length], InteractionTensors.reciprocal(a, b, signs));
    }

    private static double rowNorm(double[][] s, int mu) {
        double acc = 0;
        for (double x : s[mu]) {
            acc += x * x;
        }
        return Math.sqrt(acc);
    }

    @Test
    void fig3CaseThreeRowNormsAndSelfCurrents() {
        double[] a = {2.48332969, 2.49774933, 1.91455216, 2.06561083, 1.92826258};
        double[] b = {1.96633011, 2.02011526, 2.45018848, 2.45768191, 2.4636397};
        double[] signs = {1, -1, 1, 1, -1};
        FixedPointSearch search = new FixedPointSolver(fig3(a, b, signs), NO_DISORDER).search(48, 2.0, 3, 1e-12);
        assertThat(search.converged()).isGreaterThan(24);
        FixedPoint stable = search.fixedPoints().stream().filter(FixedPoint::stable)
                .filter(fp -> rowNorm(fp.currents(), 0) > 0.1).findFirst().orElseThrow();
        for (int mu = 0; mu < 5; mu++) {
            double m = Math.max(a[mu], b[mu]);
            assertThat(rowNorm(stable.currents(), mu)).as("row norm of region %d", mu + 1)
                    .isCloseTo(Math.sqrt(C * (m * m - 1)), within(1e-9));
            assertThat(stable.gain()[mu]).isCloseTo(1.0 / m, within(1e-9));
        }
        // regions 1 and 2 (a > b) keep only their self-current and send nothing
        for (int mu = 0; mu < 2; mu++) {
            for (int nu = 0; nu < 5; nu++) {
                if (nu != mu) {
                    assertThat(stable.currents()[mu][nu]).isCloseTo(0.0, within(1e-9));
                    assertThat(stable.currents()[nu][mu]).isCloseTo(0.0, within(1e-9));
                }
            }
        }
        assertThat(stable.residual()).isLessThanOrEqualTo(1e-12);
    }

    @Test
    void zeroCurrentsAreAnUnstableFixedPointWhenLoopsExceedOne() {
        double[] b = {2.0, 2.0};
        FixedPointSearch search = new FixedPointSolver(fig3(new double[2], b, new double[] {1, 1}), NO_DISORDER)
                .search(16, 1.0, 1, 1e-12);
        FixedPoint zero = search.fixedPoints().stream()
                .filter(fp -> rowNorm(fp.currents(), 0) < 1e-9 && rowNorm(fp.currents(), 1) < 1e-9)
                .findFirst().orElseThrow();
        assertThat(zero.stable()).isFalse();
        // the eigenvalues at S = 0 are -1 + eig(That): the pair loop gives -1 + 2 = 1
        assertThat(zero.growthRate()).isCloseTo(1.0, within(1e-9));
        assertThat(search.fixedPoints()).anyMatch(FixedPoint::stable);
    }

    @Test
    void theStableFixedPointIsWhereTheTransientSettles() {
        double[][][] t = InteractionTensors.random(3, 2.2, 2);
        NetworkModel m = NetworkModel.of(new double[3], t);
        DmftSettings s = DmftSettings.defaults().withDt(0.05, 6001);
        TransientProblem p = new TransientProblem(m, s);
        TransientResult r = TransientSolvers.forProblem(p).solve(p);
        double[][] late = r.finalCurrents();
        double[][] before = r.currents()[r.steps() - 200];
        double drift = 0;
        for (int mu = 0; mu < 3; mu++) {
            for (int nu = 0; nu < 3; nu++) {
                drift = Math.max(drift, Math.abs(late[mu][nu] - before[mu][nu]));
            }
        }
        assertThat(drift).as("the transient has settled").isLessThan(1e-8);
        FixedPointSearch search = new FixedPointSolver(m, NO_DISORDER).search(64, 2.0, 5, 1e-12);
        FixedPoint match = search.fixedPoints().stream().filter(fp -> {
            double d = 0;
            for (int mu = 0; mu < 3; mu++) {
                for (int nu = 0; nu < 3; nu++) {
                    d = Math.max(d, Math.abs(fp.currents()[mu][nu] - late[mu][nu]));
                }
            }
            return d < 1e-6;
        }).findFirst().orElseThrow();
        assertThat(match.stable()).isTrue();
    }
}
