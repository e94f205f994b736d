package org.mrdmft.dmft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.analysis.solvers.BrentSolver;
import org.junit.jupiter.api.Test;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.kernel.GaussianKernel;
import org.mrdmft.kernel.Kernels;
import org.mrdmft.model.InputDrive;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.model.Nonlinearity;

/** The transient solver with phi = tanh reaches the tanh SCS variance from the potential condition V(D0) = V(0). */
class TanhTransientTest {

    @Test
    void tanhRegionSettlesAtItsScsVariance() {
        double g = 2.0;
        GaussianKernel tanh = Kernels.forNonlinearity(Nonlinearity.TANH);
        // SCS: -D0^2/2 + g^2 Phi(D0, D0) = g^2 Phi(D0, 0)
        double d0 = new BrentSolver(1e-12).solve(100, d -> -d * d / 2 + g * g * tanh.correlationAntiderivative(d, d)
                - g * g * tanh.correlationAntiderivative(d, 0.0), 0.2, 10.0);
        NetworkModel m = new NetworkModel(1, Nonlinearity.TANH, new double[] {g}, new double[1][1],
                new double[1][1][1], NetworkModel.identityOverlaps(1), InputDrive.none(1));
        DmftSettings s = DmftSettings.defaults().withDt(0.2, 301).withInitialCurrents(new double[][] {{0.0}});
        TransientResult r = new ExponentialTrapezoidSolver().solve(new TransientProblem(m, s));
        assertThat(Problems.finalVariance(r, 0)).isCloseTo(d0, within(3e-3 * d0));
        assertThat(r.gain()[r.steps() - 1][0]).isCloseTo(tanh.gain(Problems.finalVariance(r, 0)), within(1e-12));
    }
}
