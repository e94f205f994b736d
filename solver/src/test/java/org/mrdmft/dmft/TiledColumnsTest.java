package org.mrdmft.dmft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrdmft.model.InputDrive;
import org.mrdmft.model.InputPhase;
import org.mrdmft.model.InteractionTensors;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.model.Nonlinearity;

/**
 * The default engine computes each region's column tile by tile (structured part, predictor, kernel and
 * corrector of a few hundred rows before the next); it must give bitwise the numbers of whole-column passes,
 * whatever the tile size: tiles of 4 and 12 rows cross every boundary the loops have (the first two rows of a
 * column, the four-row steps of the recursion, the two-step predictor of the last rows, a window's edge).
 */
class TiledColumnsTest {

    private static final int[] TILES = {4, 12, 64, ExponentialTrapezoidSolver.TILE};

    @Test
    void twoRegionsWithoutInputs() {
        NetworkModel m = NetworkModel.of(new double[] {1.5, 1.3}, InteractionTensors.random(2, 2.0, 7));
        assertTilesAgree(m, DmftSettings.defaults().withDt(0.05, 301));
    }

    @Test
    void threeRegionsWithAConstantInputAndAWindow() {
        double[][][] t = InteractionTensors.random(3, 1.5, 11);
        double[][] overlaps = {{0.8, 0.2, 0.0}, {-0.3, 0.6, 0.1}, {0.0, 0.4, -0.5}};
        // one phase from t = 0 past the end: an active input without a switch on the grid
        InputDrive input = new InputDrive(overlaps,
                List.of(new InputPhase(0.0, 1e9, new double[] {0.9, -0.5, 0.3})), true);
        double[][][] u = new double[3][][];
        for (int mu = 0; mu < 3; mu++) {
            u[mu] = new double[][] {{1.0, 0.1 * mu, 0.0}, {0.1 * mu, 1.2, 0.2}, {0.0, 0.2, 0.9}};
        }
        NetworkModel m = new NetworkModel(3, Nonlinearity.ERF, new double[] {1.4, 1.7, 1.2}, new double[3][3], t,
                u, input);
        assertThat(m.inputs().isActive()).isTrue();
        assertTilesAgree(m, DmftSettings.defaults().withDt(0.1, 260));
        assertTilesAgree(m, DmftSettings.defaults().withDt(0.1, 260).withWindow(37));
    }

    @Test
    void tanhKernel() {
        double[][][] t = InteractionTensors.random(2, 2.0, 3);
        double[][][] u = {{{1.0, 0.0}, {0.0, 1.0}}, {{1.0, 0.0}, {0.0, 1.0}}};
        NetworkModel m = new NetworkModel(2, Nonlinearity.TANH, new double[] {1.6, 1.2}, new double[2][2], t, u,
                InputDrive.none(2));
        assertTilesAgree(m, DmftSettings.defaults().withDt(0.05, 45)); // its kernel integrates numerically: slow
    }

    @Test
    void refusesTilesThatAreNotMultiplesOfFour() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ExponentialTrapezoidSolver(0, 50, 6))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertTilesAgree(NetworkModel m, DmftSettings s) {
        TransientProblem p = new TransientProblem(m, s);
        TransientResult whole = new ExponentialTrapezoidSolver(0, ExponentialTrapezoidSolver.DIAGONAL_PASS_CAP, 0)
                .solve(p);
        assertThat(whole.variance()[s.steps() - 1][0]).isPositive();
        for (int tile : TILES) {
            TransientResult tiled =
                    new ExponentialTrapezoidSolver(0, ExponentialTrapezoidSolver.DIAGONAL_PASS_CAP, tile).solve(p);
            assertThat(Arrays.deepEquals(tiled.variance(), whole.variance())).as("variance, tile %d", tile).isTrue();
            assertThat(Arrays.deepEquals(tiled.currents(), whole.currents())).as("currents, tile %d", tile).isTrue();
            assertThat(Arrays.deepEquals(tiled.twoTime().upperColumns(), whole.twoTime().upperColumns()))
                    .as("two-time columns, tile %d", tile).isTrue();
        }
    }
}
