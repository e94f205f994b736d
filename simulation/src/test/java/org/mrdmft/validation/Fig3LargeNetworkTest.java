package org.mrdmft.validation;

import org.mrdmft.simulation.NetworkSimulator;
import org.mrdmft.simulation.SampledNetwork;
import org.mrdmft.simulation.SimulationResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.simulation.SimulationScheme;
import org.mrdmft.simulation.SimulationSettings;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.dmft.TransientProblem;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.dmft.TransientSolvers;
import org.mrdmft.model.InteractionTensors;
import org.mrdmft.model.NetworkModel;

/**
 * fig3 at the paper's N = 100,000 (g = 0: no dense matrix, so this is cheap): simulated row norms within 3 %
 * of sqrt((2/pi)(max(a,b)^2 - 1)); the finite-N DMFT (overlaps measured on the same draw) predicts the
 * simulated currents better than the N -&gt; infinity theory.
 */
@Tag("slow")
class Fig3LargeNetworkTest {
    private static final double[][] A = {
        {2.07056209, 2.01600629, 2.03914952, 2.08963573, 2.07470232},
        {2.56497381, 1.97552974, 1.97887313, 1.95708126, 2.03461631},
        {2.48332969, 2.49774933, 1.91455216, 2.06561083, 1.92826258}};
    private static final double[][] B = {
        {2.46090888, 2.53800354, 2.49394571, 2.49587125, 2.51642394},
        {1.90793845, 2.56979247, 2.46955172, 2.51276156, 2.49002518},
        {1.96633011, 2.02011526, 2.45018848, 2.45768191, 2.4636397}};

    @ParameterizedTest
    @ValueSource(ints = {0, 2})
    void rowNormsAtOneHundredThousandNeurons(int fig3Case) {
        NetworkModel model = NetworkModel.of(new double[5],
                InteractionTensors.reciprocal(A[fig3Case], B[fig3Case], new double[] {1, -1, 1, 1, -1}));
        SimulationSettings s = new SimulationSettings(100_000, 0.05, 150, 1, 7L, SimulationScheme.RK4, 10, 100, 0,
                false);
        NetworkSimulator simulator = new NetworkSimulator(model, s);
        SampledNetwork net = simulator.sampler().sample(7L, 0);
        SimulationResult r = simulator.run(net, 0, ProgressListener.NONE);
        double[][] sim = r.currents()[r.steps() - 1];
        for (int mu = 0; mu < 5; mu++) {
            double big = Math.max(A[fig3Case][mu], B[fig3Case][mu]);
            double theory = Math.sqrt(2 / Math.PI * (big * big - 1));
            assertThat(norm(sim[mu])).as("row %d", mu + 1).isCloseTo(theory, within(0.03 * theory));
        }
        // the finite-N theory from the same initial currents lands closer to the simulated currents
        double[][] population = dmft(model, net.initialCurrents());
        double[][] finiteN = dmft(FiniteNOverlaps.model(model, net), net.initialCurrents());
        double popError = 0;
        double finiteError = 0;
        for (int mu = 0; mu < 5; mu++) {
            for (int nu = 0; nu < 5; nu++) {
                popError = Math.max(popError, Math.abs(Math.abs(sim[mu][nu]) - Math.abs(population[mu][nu])));
                finiteError = Math.max(finiteError, Math.abs(Math.abs(sim[mu][nu]) - Math.abs(finiteN[mu][nu])));
            }
        }
        System.out.printf("fig3 case %d, N = 100000: max current error, population theory %.4f, finite-N theory %.4f%n",
                fig3Case + 1, popError, finiteError);
        assertThat(finiteError).isLessThanOrEqualTo(popError);
        if (fig3Case == 2) {
            // regions 1 and 2 (a > b) carry only their self-currents, up to the finite-N residue
            for (int mu = 0; mu < 2; mu++) {
                for (int nu = 0; nu < 5; nu++) {
                    if (nu != mu) {
                        assertThat(Math.abs(sim[mu][nu])).as("S_%d_%d", mu + 1, nu + 1).isLessThan(0.15);
                        assertThat(Math.abs(sim[nu][mu])).as("S_%d_%d", nu + 1, mu + 1).isLessThan(0.15);
                    }
                }
            }
        }
    }

    private static double[][] dmft(NetworkModel model, double[][] s0) {
        DmftSettings settings = DmftSettings.defaults().withDt(0.05, 3001).withInitialCurrents(s0)
                .withInitialVariance(new double[5]);
        TransientProblem p = new TransientProblem(model, settings);
        TransientResult r = TransientSolvers.forProblem(p).solve(p);
        return r.finalCurrents();
    }

    private static double norm(double[] row) {
        double acc = 0;
        for (double v : row) {
            acc += v * v;
        }
        return Math.sqrt(acc);
    }
}
