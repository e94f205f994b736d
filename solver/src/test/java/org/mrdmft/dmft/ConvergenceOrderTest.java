package org.mrdmft.dmft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mrdmft.dmft.DmftScheme;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.model.InteractionTensors;
import org.mrdmft.model.NetworkModel;

/**
 * Self-convergence at a fixed time: with errors e(h) ~ K h^p, (v(h) - v(h/2)) / (v(h/2) - v(h/4)) = 2^p. The
 * default scheme integrates the two-time part and the currents with three-point rules: third order (it was
 * second order with trapezoidal rules; inputs that switch off the grid keep second order, InputsAccuracyTest).
 */
class ConvergenceOrderTest {

    private static double observedOrder(TransientSolver solver, DmftScheme scheme, double h, ValueAt value) {
        double[] v = new double[3];
        for (int k = 0; k < 3; k++) {
            double dt = h / (1 << k);
            v[k] = value.at(solver.solve(Problems.singleRegion(2.0, dt, 10.0, scheme)), dt);
        }
        return Math.log(Math.abs((v[0] - v[1]) / (v[1] - v[2]))) / Math.log(2.0);
    }

    @FunctionalInterface
    interface ValueAt {
        double at(TransientResult r, double dt);
    }

    @Test
    void defaultSchemeIsThirdOrderInTheVariance() {
        double p = observedOrder(new ExponentialTrapezoidSolver(), DmftScheme.EXP_TRAPEZOID, 0.05,
                (r, dt) -> Problems.finalVariance(r, 0));
        assertThat(p).isBetween(2.6, 3.4);
    }

    @Test
    void defaultSchemeIsThirdOrderInTheTwoTimeFunction() {
        // Delta(t0, t0 + 4) through the lag slice at t0 = 5
        double p = observedOrder(new ExponentialTrapezoidSolver(), DmftScheme.EXP_TRAPEZOID, 0.05, (r, dt) -> {
            LagSlice s = r.lagSlices().stream().filter(l -> Math.abs(l.referenceTime() - 5.0) < 1e-9)
                    .findFirst().orElseThrow();
            return s.raw()[0][(int) Math.round(4.0 / dt)];
        });
        assertThat(p).isBetween(2.6, 3.4);
    }

    @Test
    void referenceEulerIsFirstOrder() {
        double p = observedOrder(new ReferenceEulerSolver(), DmftScheme.REFERENCE_EULER, 0.1,
                (r, dt) -> Problems.finalVariance(r, 0));
        assertThat(p).isBetween(0.8, 1.3);
    }

    @Test
    void defaultSchemeIsThirdOrderWithStructureAndDisorder() {
        NetworkModel m = NetworkModel.of(new double[] {1.5, 1.2}, InteractionTensors.random(2, 2.0, 11));
        double[] v = new double[3];
        for (int k = 0; k < 3; k++) {
            double dt = 0.1 / (1 << k);
            DmftSettings s = DmftSettings.defaults().withDt(dt, (int) Math.round(10.0 / dt) + 1)
                    .withInitialCurrents(new double[][] {{0.5, 0.2}, {0.3, 0.8}});
            TransientResult r = new ExponentialTrapezoidSolver().solve(new TransientProblem(m, s));
            v[k] = r.finalCurrents()[0][1] + r.variance()[r.steps() - 1][1];
        }
        double p = Math.log(Math.abs((v[0] - v[1]) / (v[1] - v[2]))) / Math.log(2.0);
        assertThat(p).isBetween(2.6, 3.4);
    }
}
