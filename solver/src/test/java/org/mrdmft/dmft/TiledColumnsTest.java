package org.mrdmft.dmft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrdmft.kernel.GaussianKernel;
import org.mrdmft.kernel.Kernels;
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
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ExponentialTrapezoidSolver(0, 50, 6, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The tiles' kernel may leave NaN where a prediction overshoots the Cauchy-Schwarz bound (it does not clamp);
     * the engine must find every such NaN and redo its tile with the clamped kernel. Real overshoots are rare,
     * so this kernel plants NaN at rows spread over every position in a tile, first and last rows included.
     */
    @Test
    void aTileWhoseKernelLeftNanIsRedoneWithTheClampedKernel() {
        NetworkModel m = NetworkModel.of(new double[] {1.5, 1.3}, InteractionTensors.random(2, 2.0, 7));
        GaussianKernel erf = Kernels.forNonlinearity(Nonlinearity.ERF);
        GaussianKernel planting = new GaussianKernel() {
            @Override
            public double gain(double variance) {
                return erf.gain(variance);
            }

            @Override
            public double varianceForGain(double gain) {
                return erf.varianceForGain(gain);
            }

            @Override
            public double meanSquareSlope(double variance) {
                return erf.meanSquareSlope(variance);
            }

            @Override
            public double correlation(double d11, double d22, double d12) {
                return erf.correlation(d11, d22, d12);
            }

            @Override
            public double correlationSlope(double d0, double d12) {
                return erf.correlationSlope(d0, d12);
            }

            @Override
            public double correlationAntiderivative(double d0, double d) {
                return erf.correlationAntiderivative(d0, d);
            }

            @Override
            public double rowAuxiliary(double variance) {
                return erf.rowAuxiliary(variance);
            }

            @Override
            public void correlationColumn(double[] diag, double[] aux, double dNew, double auxNew, double[] cross,
                                          int from, int to, double[] out) {
                erf.correlationColumn(diag, aux, dNew, auxNew, cross, from, to, out);
            }

            @Override
            public void scaledCorrelationColumn(double scale, double[] diag, double[] aux, double dNew,
                                                double auxNew, double[] cross, int from, int to, double[] out) {
                erf.scaledCorrelationColumn(scale, diag, aux, dNew, auxNew, cross, from, to, out);
            }

            @Override
            public void scaledCorrelationColumnOrNaN(double scale, double[] diag, double[] aux, double dNew,
                                                     double auxNew, double[] cross, int from, int to, double[] out) {
                erf.scaledCorrelationColumnOrNaN(scale, diag, aux, dNew, auxNew, cross, from, to, out);
                int k = (from * 31 + to) % 11;
                int row = k < 4 ? from + k : k < 8 ? to - 1 - (k - 4) : from + (to - from) * (k - 7) / 4;
                if (row >= from && row < to) {
                    out[row] = Double.NaN;
                }
            }
        };
        DmftSettings s = DmftSettings.defaults().withDt(0.05, 301);
        assertTilesAgree(new TransientProblem(m, s), planting);
        assertTilesAgree(new TransientProblem(m, s.withWindow(41)), planting);
    }

    private static void assertTilesAgree(NetworkModel m, DmftSettings s) {
        assertTilesAgree(new TransientProblem(m, s), null);
    }

    private static void assertTilesAgree(TransientProblem p, GaussianKernel kernel) {
        DmftSettings s = p.settings();
        TransientResult whole =
                new ExponentialTrapezoidSolver(0, ExponentialTrapezoidSolver.DIAGONAL_PASS_CAP, 0, null).solve(p);
        assertThat(whole.variance()[s.steps() - 1][0]).isPositive();
        for (int tile : TILES) {
            TransientResult tiled =
                    new ExponentialTrapezoidSolver(0, ExponentialTrapezoidSolver.DIAGONAL_PASS_CAP, tile, kernel)
                            .solve(p);
            assertThat(Arrays.deepEquals(tiled.variance(), whole.variance())).as("variance, tile %d", tile).isTrue();
            assertThat(Arrays.deepEquals(tiled.currents(), whole.currents())).as("currents, tile %d", tile).isTrue();
            assertThat(Arrays.deepEquals(tiled.twoTime().upperColumns(), whole.twoTime().upperColumns()))
                    .as("two-time columns, tile %d", tile).isTrue();
        }
    }
}
