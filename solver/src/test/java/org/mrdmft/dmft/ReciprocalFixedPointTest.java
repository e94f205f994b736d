package org.mrdmft.dmft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.model.InteractionTensors;
import org.mrdmft.model.NetworkModel;

/**
 * Reciprocal interactions with a = 0 and all pair loops active: at a fixed point each region's gain is
 * pinned at psi^mu = 1/b^mu (docs/MODEL.md section 3), with or without weak disorder (static branch).
 */
class ReciprocalFixedPointTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.6})
    void gainsSettleAtOneOverB(double g) {
        double[] b = {1.5, 2.0, 2.5};
        double[][][] t = InteractionTensors.reciprocal(new double[3], b, new double[] {1, 1, 1});
        NetworkModel m = NetworkModel.of(new double[] {g, g, g}, t);
        // with disorder the frozen random part builds up slowly: psi - 1/b is 1e-4 at t = 200, 1e-6 at t = 400
        DmftSettings s = DmftSettings.defaults().withDt(0.1, 4001);
        TransientResult r = TransientSolvers.forProblem(new TransientProblem(m, s)).solve(new TransientProblem(m, s));
        double[] psi = r.gain()[r.steps() - 1];
        for (int mu = 0; mu < 3; mu++) {
            assertThat(psi[mu]).as("psi of region %d", mu + 1).isCloseTo(1.0 / b[mu], within(1e-5));
        }
        // all pair currents are active
        double[][] sFinal = r.finalCurrents();
        for (int mu = 0; mu < 3; mu++) {
            for (int nu = 0; nu < 3; nu++) {
                if (mu != nu) {
                    assertThat(Math.abs(sFinal[mu][nu])).isGreaterThan(1e-2);
                }
            }
        }
        // structured variance: the row norm of region 1 is sqrt((2/pi)(b^2 - 1)) when the diagonal is silent
        double structured = 0;
        for (int nu = 0; nu < 3; nu++) {
            structured += sFinal[0][nu] * sFinal[0][nu];
        }
        if (g == 0.0) {
            assertThat(structured).isCloseTo(2.0 / Math.PI * (b[0] * b[0] - 1.0), within(1e-6));
        }
    }
}
