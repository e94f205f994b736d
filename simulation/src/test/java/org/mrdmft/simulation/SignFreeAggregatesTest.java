package org.mrdmft.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Averages over draws that do not cancel routes whose sign differs between draws. */
class SignFreeAggregatesTest {

    /** A two-region draw whose currents are constant in time: S = [[0, s12], [s21, 0]], gain psi, variance v. */
    private static SimulationResult draw(double s12, double s21, double psi, double v) {
        int nt = 11;
        double[][][] s = new double[nt][][];
        double[][] gain = new double[nt][];
        double[][] variance = new double[nt][];
        for (int k = 0; k < nt; k++) {
            s[k] = new double[][] {{0.0, s12}, {s21, 0.0}};
            gain[k] = new double[] {psi, psi};
            variance[k] = new double[] {v, v};
        }
        return new SimulationResult(SimulationScheme.RK4, 0.1, 0.1, s, s, gain, variance, new double[2][1], 0.5,
                new double[2], new double[2][0][nt], new double[2], List.of(), 0.0);
    }

    @Test
    void oppositeSignsDoNotCancel() {
        // the pair loop of two draws with opposite route signs, as simulate met it: -0.993 and +0.991
        List<SimulationResult> draws = List.of(draw(-0.993, -0.99, 0.5, 1.0), draw(0.991, 0.99, 0.5, 1.0));
        SimulationEnsemble e = new SimulationEnsemble(draws);
        SignFreeAggregates fin = e.finalAggregates();
        assertThat(fin.absCurrentMeans()[0][1]).isCloseTo(0.992, within(1e-12));
        assertThat(fin.rowNorms().mean()[0]).isCloseTo(0.992, within(1e-12));
        assertThat(fin.rowNorms().mean()[1]).isCloseTo(0.99, within(1e-12));
        // sample standard deviation of {0.993, 0.991} is 0.001 * sqrt(2); over sqrt(2) draws: 0.001
        assertThat(fin.rowNorms().standardError()[0]).isCloseTo(0.001, within(1e-12));
        assertThat(fin.absCurrentErrors()[1][0]).isCloseTo(0.0, within(1e-12));
        assertThat(fin.draws()).isEqualTo(2);
        assertThat(e.meanAbsCurrents()[3][0][1]).isCloseTo(0.992, within(1e-12));
        assertThat(e.meanRowNorms()[3][1]).isCloseTo(0.99, within(1e-12));
        assertThat(e.meanAbsDrives()[10][1][0]).isCloseTo(0.99, within(1e-12));
    }

    @Test
    void rowNormIsTheEuclideanNormOfTheRow() {
        double[] norms = SignFree.rowNorms(new double[][] {{3.0, -4.0}, {0.0, -2.0}});
        assertThat(norms).containsExactly(5.0, 2.0);
        assertThat(SignFree.flatAbs(new double[][] {{3.0, -4.0}, {0.0, -2.0}})).containsExactly(3.0, 4.0, 0.0, 2.0);
    }

    @Test
    void lateAveragesAreTimeAveragesThenMeansOverDraws() {
        List<SimulationResult> draws = List.of(draw(-1.0, 0.5, 0.4, 2.0), draw(3.0, -0.5, 0.6, 4.0));
        SignFreeAggregates late = SignFreeAggregates.late(draws, 0.5);
        assertThat(late.absCurrentMeans()[0][1]).isCloseTo(2.0, within(1e-12));
        assertThat(late.rowNorms().standardError()[0]).isCloseTo(1.0, within(1e-12)); // sd sqrt(2) / sqrt(2)
        assertThat(late.gain().mean()[0]).isCloseTo(0.5, within(1e-12));
        assertThat(late.variance().mean()[1]).isCloseTo(3.0, within(1e-12));
        // one draw: no spread to estimate
        assertThat(SignFreeAggregates.late(draws.subList(0, 1), 0.5).rowNorms().standardError()).containsOnly(0.0);
    }
}
