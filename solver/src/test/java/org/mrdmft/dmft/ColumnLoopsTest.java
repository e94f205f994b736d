package org.mrdmft.dmft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrdmft.model.InputDrive;
import org.mrdmft.model.InputPhase;
import org.mrdmft.model.InteractionTensors;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.model.Nonlinearity;

/**
 * The default engine's column loops against exact facts: the first column is the structured part of the
 * initial currents plus the initial random variance, and the within-region source path (the kernel writing
 * the weighted source) agrees with the general cross-region path when the cross weights are negligible, also
 * with a switched input, whose correction needs the kernel column that the within-region path does not form.
 */
class ColumnLoopsTest {

    private static final double[][] S0 = {{0.3, -0.2}, {0.1, 0.4}};
    private static final double[] Q0 = {0.7, 1.1};

    private static NetworkModel model(double crossG) {
        return model(crossG, InputDrive.none(2));
    }

    private static NetworkModel model(double crossG, InputDrive inputs) {
        double[][][] t = InteractionTensors.random(2, 2.0, 7);
        double[][] cross = {{0.0, crossG}, {crossG, 0.0}};
        double[][][] overlaps = {{{1.0, 0.3}, {0.3, 2.0}}, {{1.5, -0.2}, {-0.2, 0.8}}};
        return new NetworkModel(2, Nonlinearity.ERF, new double[] {1.5, 1.3}, cross, t, overlaps, inputs);
    }

    private static DmftSettings settings() {
        return DmftSettings.defaults().withDt(0.05, 801).withInitialCurrents(S0).withInitialVariance(Q0);
    }

    @Test
    void theFirstVarianceIsTheStructuredPartOfTheInitialCurrentsPlusTheRandomPart() {
        NetworkModel m = model(0.0);
        TransientResult r = new ExponentialTrapezoidSolver().solve(new TransientProblem(m, settings()));
        double[][][] u = m.overlaps();
        for (int mu = 0; mu < 2; mu++) {
            double structured = 0.0;
            for (int a = 0; a < 2; a++) {
                for (int b = 0; b < 2; b++) {
                    structured += S0[mu][a] * u[mu][a][b] * S0[mu][b];
                }
            }
            assertThat(r.variance()[0][mu]).as("region %d", mu).isCloseTo(structured + Q0[mu], within(1e-15));
        }
    }

    @Test
    void withinRegionSourcesAgreeWithTheCrossRegionPathAtNegligibleCrossWeight() {
        // (1e-150)^2 = 1e-300 is a nonzero weight, so this model takes the general path, and changes nothing
        assertSamePaths(InputDrive.none(2));
    }

    @Test
    void withinRegionSourcesAgreeWithTheCrossRegionPathWithASwitchedInput() {
        // a pulse switched on a third into a step and off two thirds into one: both switches are corrected
        InputDrive pulse = new InputDrive(new double[][] {{0.8, 0.2}, {-0.3, 0.6}},
                List.of(new InputPhase(5.0 + 0.05 / 3, 12.0 + 0.1 / 3, new double[] {0.9, -0.5})), true);
        assertSamePaths(pulse);
    }

    private static void assertSamePaths(InputDrive inputs) {
        TransientResult own =
                new ExponentialTrapezoidSolver().solve(new TransientProblem(model(0.0, inputs), settings()));
        TransientResult general =
                new ExponentialTrapezoidSolver().solve(new TransientProblem(model(1e-150, inputs), settings()));
        double scale = 0.0;
        for (double[] row : own.variance()) {
            for (double v : row) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        assertThat(Problems.maxAbsDiff(own.variance(), general.variance())).isLessThan(1e-13 * scale);
        assertThat(Problems.maxAbsDiff(own.currents(), general.currents())).isLessThan(1e-13 * scale);
    }
}
