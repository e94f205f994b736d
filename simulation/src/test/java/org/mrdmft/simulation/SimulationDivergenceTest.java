package org.mrdmft.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.failure.DivergenceException;
import org.mrdmft.failure.InvalidInputException;
import org.mrdmft.model.NetworkModel;

/** A simulated network that blows up stops with a DivergenceException instead of returning NaN. */
class SimulationDivergenceTest {

    @Test
    void forwardEulerBeyondItsStabilityLimitDivergesWhereTheAmplificationSaysItMust() {
        // no disorder, no interactions: dx/dt = -x + (bounded finite-N coupling through phi); forward Euler with
        // dt = 3 multiplies x by (1 - dt) = -2 per step, so sum_i x_i^2 grows like 4^k and overflows
        // (exceeds 2^1024) at k = 512 - log_4(sum_i x_i(0)^2), within a few steps of 512 for O(1) initial states
        NetworkModel model = NetworkModel.of(new double[] {0.0}, new double[1][1][1]);
        double dt = 3.0;
        SimulationSettings s = Simulations.settings(20, dt, 600 * dt, 0.0, SimulationScheme.EULER, 1, false);
        NetworkSimulator simulator = new NetworkSimulator(model, s);
        DivergenceException e = catchThrowableOfType(() -> simulator.run(ProgressListener.NONE),
                DivergenceException.class);
        assertThat(e).isNotNull();
        assertThat(e.region()).isEqualTo(1);
        assertThat(e.quantity()).contains("variance");
        assertThat(e.time() / dt).isBetween(495.0, 512.0);
        assertThat(e.suggestion()).contains("simulation.dt");
    }

    @Test
    void impossibleTimesAreNamedInputs() {
        NetworkModel model = NetworkModel.of(new double[] {1.0}, new double[1][1][1]);
        assertThatThrownBy(() -> new NetworkSimulator(model,
                Simulations.settings(20, 0.05, 0.01, 0.0, SimulationScheme.RK4, 1, false)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        ex -> assertThat(ex.input()).isEqualTo("simulation.duration"));
        assertThatThrownBy(() -> new NetworkSimulator(model,
                Simulations.settings(1, 0.05, 1.0, 0.0, SimulationScheme.RK4, 1, false)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        ex -> assertThat(ex.input()).isEqualTo("simulation.neurons"));
    }
}
