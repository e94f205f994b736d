package org.mrdmft.stationary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;
import org.mrdmft.model.InputDrive;
import org.mrdmft.model.InteractionTensors;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.model.Nonlinearity;

/** Spectra against cases solvable by hand. */
class SpectraTest {

    @Test
    void reciprocalPairLoopHasEigenvaluesPlusMinusSqrtOfTheLoopGainAndSelfLoopsA() {
        // R = 2, a = (0.5, 0.7), b = (2, 3): That restricted to the currents is block structured; the pair
        // currents (1<-2, 2<-1) form [[0, sqrt(6)], [sqrt(6), 0]] -> +-sqrt(6); self-currents give a^mu.
        double[][][] t = InteractionTensors.reciprocal(new double[] {0.5, 0.7}, new double[] {2, 3}, new double[] {1, 1});
        Complex[] e = Spectra.outliers(NetworkModel.of(new double[2], t));
        assertThat(e).hasSize(4);
        assertThat(e[0].getReal()).isCloseTo(Math.sqrt(6), within(1e-12));
        assertThat(e[1].getReal()).isCloseTo(0.7, within(1e-12));
        assertThat(e[2].getReal()).isCloseTo(0.5, within(1e-12));
        assertThat(e[3].getReal()).isCloseTo(-Math.sqrt(6), within(1e-12));
        // gain-scaled by psi = 1/b: the loop gain becomes 1 (the pinning condition)
        Complex[] scaled = Spectra.gainScaled(NetworkModel.of(new double[2], t), new double[] {0.5, 1.0 / 3});
        assertThat(scaled[0].getReal()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void bulkRadiusIsTheLargestDisorderOrTheBlockVarianceRadius() {
        NetworkModel plain = NetworkModel.of(new double[] {1.5, 0.5}, new double[2][2][2]);
        assertThat(Spectra.bulkRadius(plain)).isCloseTo(1.5, within(1e-12));
        // two identical regions with cross-disorder: radius^2 = g^2 + gc^2
        NetworkModel cross = new NetworkModel(2, Nonlinearity.ERF, new double[] {1.2, 1.2},
                new double[][] {{0, 1.6}, {1.6, 0}}, new double[2][2][2], NetworkModel.identityOverlaps(2),
                InputDrive.none(2));
        assertThat(Spectra.bulkRadius(cross)).isCloseTo(2.0, within(1e-12));
        assertThat(List.of(Spectra.outliers(cross))).allMatch(c -> c.norm() < 1e-12);
    }
}
