package org.mrdmft.figures;

import org.mrdmft.simulation.NetworkSimulator;
import org.mrdmft.simulation.SampledNetwork;
import org.mrdmft.simulation.SimulationResult;
import org.mrdmft.validation.FiniteNOverlaps;

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
import org.mrdmft.model.NetworkModel;

/**
 * fig3 at the paper's N = 100,000 (g = 0: no dense matrix, so this is cheap): simulated row norms within 3 %
 * of sqrt((2/pi)(max(a,b)^2 - 1)); the finite-N DMFT (overlaps measured on the same draw) predicts the
 * simulated currents better than the N -&gt; infinity theory.
 */
@Tag("slow")
class Fig3LargeNetworkTest {
    @ParameterizedTest
    @ValueSource(ints = {0, 2})
    void rowNormsAtOneHundredThousandNeurons(int fig3Case) {
        ReciprocalCase c = PaperNetworks.fig3().get(fig3Case).withSigns(new double[] {1, -1, 1, 1, -1});
        double[] a = c.a();
        double[] b = c.b();
        NetworkModel model = c.model();
        SimulationSettings s = new SimulationSettings(100_000, 0.05, 150, 1, 7L, SimulationScheme.RK4, 10, 100, 0,
                false);
        NetworkSimulator simulator = new NetworkSimulator(model, s);
        SampledNetwork net = simulator.sampler().sample(7L, 0);
        SimulationResult r = simulator.run(net, 0, ProgressListener.NONE);
        double[][] sim = r.currents()[r.steps() - 1];
        for (int mu = 0; mu < 5; mu++) {
            double big = Math.max(a[mu], b[mu]);
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
