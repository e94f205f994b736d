package org.mrdmft.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.model.InteractionTensors;
import org.mrdmft.model.NetworkModel;

/** A draw reports the read-out variance its overlaps needed. */
class SimulationDiagnosticsTest {

    @Test
    void aPairLoopNeedsTheReadOutVarianceItsSchurComplementSays() {
        // U = I and one interaction b per region: the covariance [[s I, T], [T^T, I]] is positive definite iff
        // s > b^2 = 4, so s = 1.05^k with the first k past it: 1.05^28 = 3.92 < 4 < 1.05^29 = 4.116
        double b = 2.0;
        NetworkModel model = NetworkModel.of(new double[] {0.5, 0.5},
                InteractionTensors.reciprocal(new double[2], new double[] {b, b}, new double[] {1, 1}));
        NetworkSimulator simulator = new NetworkSimulator(model,
                Simulations.settings(40, 0.05, 1.0, 0.0, SimulationScheme.RK4, 1, false));
        SimulationDiagnostics d = simulator.run(ProgressListener.NONE).get(0).diagnostics();
        assertThat(d.raised()).isTrue();
        for (double s : d.readOutVariance()) {
            assertThat(s).isCloseTo(Math.pow(NetworkSampler.RAISE_FACTOR, 29), within(1e-12));
        }
        assertThat(d.warnings()).hasSize(2).allSatisfy(w -> assertThat(w).contains("raised to 4.116"));

        NetworkModel weak = NetworkModel.of(new double[] {0.5, 0.5},
                InteractionTensors.reciprocal(new double[2], new double[] {0.9, 0.9}, new double[] {1, 1}));
        SimulationDiagnostics none = new NetworkSimulator(weak,
                Simulations.settings(40, 0.05, 1.0, 0.0, SimulationScheme.RK4, 1, false))
                .run(ProgressListener.NONE).get(0).diagnostics();
        assertThat(none.raised()).isFalse();
        assertThat(none.warnings()).isEmpty();
    }
}
