package org.mrdmft.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.kernel.Kernels;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.model.Nonlinearity;
import org.mrdmft.stationary.FixedPoint;
import org.mrdmft.stationary.StationaryAnalysis;
import org.mrdmft.stationary.StationaryBranch;
import org.mrdmft.stationary.StationaryResult;
import org.mrdmft.stationary.StationarySettings;

/**
 * The lyapunov figure's data meet what is known: lambda crosses 0 at each b's chaos onset g_c, the SCS exponent at
 * g = 2 is the converged value of docs/NUMERICS.md section 8, routing keeps the exponent below the SCS's on the
 * chaotic branch with structure; across fig6's g1 a static region 1 has the closed-form exponent and simulated
 * networks agree with the stationary theory within their standard errors.
 */
class LyapunovTest {
    private static final double[] LOOPS = {1.5, 2.0, 2.5};

    @Test
    void theRoutingExponentCrossesZeroAtTheChaosOnsetOfEachB() {
        LyapunovVsGain.Data onsets = LyapunovVsGain.compute(new LyapunovVsGain.Options(LOOPS, 2, 1.0, 1.1),
                ProgressListener.NONE);
        for (int k = 0; k < LOOPS.length; k++) {
            double b = LOOPS[k];
            double gc = onsets.chaosOnsets()[k];
            // g_c = (2 b^2 - 1)^(1/4) for erf (docs/MODEL.md section 3)
            assertThat(gc).isCloseTo(Math.pow(2 * b * b - 1, 0.25), within(1e-9));
            LyapunovVsGain.Data d = LyapunovVsGain.compute(new LyapunovVsGain.Options(new double[] {b}, 2,
                    gc - 0.01, gc + 0.01), ProgressListener.NONE);
            double below = d.routing().get(0)[0];
            double above = d.routing().get(0)[1];
            assertThat(below).as("b = %s just below g_c", b).isNegative().isGreaterThan(-0.02);
            assertThat(above).as("b = %s just above g_c", b).isPositive().isLessThan(0.02);
            assertThat(d.chaoticWithStructure().get(0)).containsExactly(false, true);
        }
    }

    @Test
    void scsAtTwoIsTheConvergedValueAndRoutingStaysBelowItOnTheChaoticBranchWithStructure() {
        // g = 1.0, 1.2, ..., 3.0
        LyapunovVsGain.Data d = LyapunovVsGain.compute(new LyapunovVsGain.Options(LOOPS, 11, 1.0, 3.0),
                ProgressListener.NONE);
        double[] g = d.disorder();
        assertThat(g[5]).isCloseTo(2.0, within(1e-12));
        assertThat(d.scs()[5]).isCloseTo(0.12309418, within(1e-6));
        int band = 0;
        for (int k = 0; k < LOOPS.length; k++) {
            for (int i = 0; i < g.length; i++) {
                if (d.chaoticWithStructure().get(k)[i]) {
                    band++;
                    assertThat(d.routing().get(k)[i]).as("b = %s, g = %s", LOOPS[k], g[i])
                            .isPositive().isLessThan(d.scs()[i]);
                }
            }
        }
        assertThat(band).as("grid points on the chaotic branch with structure").isGreaterThanOrEqualTo(4);
    }

    @Test
    void aStaticRegionOneHasTheClosedFormExponentAndTheSimulatedNetworkAgreesWithTheTheory() {
        double[][][] t2 = PaperTensors.load("fig6-T2");
        // T2 at g1 = 1.5: a stable fixed point with region 1 static: lambda = -1 + g sqrt(<phi'^2>(D0))
        NetworkModel model = NetworkModel.of(new double[] {1.5, 0, 0}, t2);
        StationaryResult r = new StationaryAnalysis(model).analyse(StationarySettings.defaults());
        FixedPoint fp = r.representative();
        assertThat(fp.stable()).isTrue();
        assertThat(fp.regions().get(0).branch()).isEqualTo(StationaryBranch.STATIC);
        double d0 = fp.regions().get(0).delta0();
        double closedForm = -1 + 1.5 * Math.sqrt(Kernels.forNonlinearity(Nonlinearity.ERF).meanSquareSlope(d0));
        double[] stationary = Fig6Lyapunov.stationary(model);
        assertThat(stationary[1]).isCloseTo(closedForm, within(1e-9));
        assertThat(stationary[0]).isEqualTo(Math.max(closedForm, fp.growthRate()));

        Fig6Lyapunov.Options options = new Fig6Lyapunov.Options(List.of("fig6-T2"), new double[] {1.5, 3.0},
                new double[] {1.5}, Fig6Lyapunov.settings(150, 3, 100, 30));
        Fig6Lyapunov.Data data = Fig6Lyapunov.compute(options, ProgressListener.NONE);
        LyapunovSeries sim = data.tensor("fig6-T2").series(Fig6Lyapunov.SIMULATED);
        LyapunovSeries theory = data.tensor("fig6-T2").series(Fig6Lyapunov.STATIONARY);
        assertThat(theory.at(1.5)).isEqualTo(stationary[0]);
        // at g1 = 3 region 1 is chaotic and the currents oscillate: no stable fixed point, no stationary value
        assertThat(theory.at(3.0)).isNaN();
        assertThat(sim.standardErrorAt(1.5)).isPositive();
        assertThat(Math.abs(sim.at(1.5) - theory.at(1.5))).isLessThan(3 * sim.standardErrorAt(1.5));
        // the replica DMFT reaches the same fixed point from its seeded start and measures region 1's exponent
        // as the decay rate of the replica distance: the closed form again, up to the fit's bias for a decaying
        // distance, which falls as 1/T (measured 1.8e-3, 0.9e-3, 0.4e-3 at T = 200, 400, 800)
        LyapunovSeries replica = data.tensor("fig6-T2").series(Fig6Lyapunov.REPLICA_REGION_1);
        assertThat(replica.at(1.5)).isCloseTo(closedForm, within(2.5e-3));
        assertThat(data.table().columnNames()).containsExactly("g1", "lambda_simulated_T2", "se_simulated_T2",
                "lambda_stationary_T2", "lambda_stationaryRegion1_T2", "lambda_replicaRegion1_T2");
    }

    /** About a minute on an idle core: 4 networks of N = 500 simulated for T = 200. */
    @Test
    @Tag("slow")
    void aSimulatedRoutingRegionWithStructureAgreesWithTheTheoryWithinThreeStandardErrors() {
        double b = 2.5;
        double g = 2.1; // between g_c = 1.84 and the pure-chaos onset 2.41
        NetworkModel model = Lyapunov.routingRegion(b, g);
        SimulatedExponent sim = SimulatedExponent.of(model, Fig6Lyapunov.settings(500, 4, 200, 50));
        double theory = Fig6Lyapunov.stationary(model)[0];
        LyapunovVsGain.Data d = LyapunovVsGain.compute(new LyapunovVsGain.Options(new double[] {b}, 2, g, 3.0),
                ProgressListener.NONE);
        assertThat(d.chaoticWithStructure().get(0)[0]).isTrue();
        // the self-current is stable: the region's own exponent is the network's
        assertThat(theory).isCloseTo(d.routing().get(0)[0], within(1e-9));
        assertThat(sim.standardError()).isPositive();
        assertThat(Math.abs(sim.exponent() - theory)).isLessThan(3 * sim.standardError());
    }
}
