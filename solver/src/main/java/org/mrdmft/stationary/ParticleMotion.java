package org.mrdmft.stationary;

import java.util.Arrays;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BracketedUnivariateSolver;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.ode.DenseOutputModel;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.events.AdaptableInterval;
import org.hipparchus.ode.events.ODEEventDetector;
import org.hipparchus.ode.events.ODEEventHandler;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.mrdmft.kernel.GaussianKernel;

/**
 * Delta(tau) of a stationary state from the particle's motion Delta'' = -V'(Delta), Delta(0) = D0,
 * Delta'(0) = 0 (docs/MODEL.md section 3; fig4b).
 *
 * <p>A chaotic state's Delta creeps up to Dinf, an unstable rest point of the second-order equation:
 * integrating that equation to tau = 40 would amplify rounding by e^(40 lambda). So the motion is split.
 * From the turning point down to the midpoint (D0 + Dinf)/2 the second-order equation is integrated
 * (Dormand-Prince 8(5,3), stopped by an event); it is regular there. Below, energy conservation gives the
 * first-order equation Delta' = -sqrt(2 (V(Dinf) - V(Delta))) = -u sqrt(-meanCurvature(Dinf, Delta)) with
 * u = Delta - Dinf, integrated for y = log u: dy/dtau = -sqrt(-meanCurvature(Dinf, Dinf + e^y)), whose
 * right side tends to the constant -sqrt(-V''(Dinf)). Dinf is thus approached with full relative precision
 * and no instability. Static states give Delta = D0 at every lag. Immutable and thread-safe.
 */
public final class ParticleMotion {

    private static final double TOLERANCE = 1e-12;

    private final GaussianKernel kernel;

    /** Motion in the potentials built from {@code kernel}. */
    public ParticleMotion(GaussianKernel kernel) {
        this.kernel = kernel;
    }

    /**
     * Delta(tau) of {@code state} at tau_k = k tMax / (points - 1), k = 0..points-1.
     *
     * @throws IllegalArgumentException unless tMax &gt; 0 and points &gt;= 2
     */
    public LagProfile profile(RegionState state, double tMax, int points) {
        if (!(tMax > 0.0) || points < 2) {
            throw new IllegalArgumentException("need tMax > 0 and at least 2 points");
        }
        double[] lag = new double[points];
        double[] delta = new double[points];
        for (int k = 0; k < points; k++) {
            lag[k] = tMax * k / (points - 1);
        }
        double d0 = state.delta0();
        double dInf = state.deltaInf();
        if (!(dInf < d0)) {
            Arrays.fill(delta, d0);
            return new LagProfile(lag, delta);
        }
        RegionPotential potential = RegionPotential.of(kernel, state.disorder(), d0, state.structuredVariance());
        double middle = 0.5 * (d0 + dInf);

        DenseOutputModel descent = new DenseOutputModel();
        DormandPrince853Integrator first = integrator(tMax);
        first.addStepHandler(descent);
        first.addEventDetector(new LevelCrossing(middle));
        OrdinaryDifferentialEquation newton = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 2;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                return new double[] {y[1], -potential.slope(y[0])};
            }
        };
        ODEStateAndDerivative end = first.integrate(newton, new ODEState(0.0, new double[] {d0, 0.0}), tMax);
        double switchTime = end.getTime();

        DenseOutputModel approach = null;
        if (switchTime < tMax) {
            approach = new DenseOutputModel();
            DormandPrince853Integrator second = integrator(tMax);
            second.addStepHandler(approach);
            OrdinaryDifferentialEquation logGap = new OrdinaryDifferentialEquation() {
                @Override
                public int getDimension() {
                    return 1;
                }

                @Override
                public double[] computeDerivatives(double t, double[] y) {
                    double level = dInf + Math.exp(y[0]);
                    return new double[] {-Math.sqrt(Math.max(0.0, -potential.meanCurvature(dInf, level)))};
                }
            };
            double startGap = Math.log(end.getPrimaryState()[0] - dInf);
            second.integrate(logGap, new ODEState(switchTime, new double[] {startGap}), tMax);
        }
        for (int k = 0; k < points; k++) {
            if (lag[k] <= switchTime || approach == null) {
                delta[k] = descent.getInterpolatedState(Math.min(lag[k], switchTime)).getPrimaryState()[0];
            } else {
                delta[k] = dInf + Math.exp(approach.getInterpolatedState(lag[k]).getPrimaryState()[0]);
            }
        }
        return new LagProfile(lag, delta);
    }

    private static DormandPrince853Integrator integrator(double tMax) {
        return new DormandPrince853Integrator(1e-10, 0.05 * tMax + 1.0, TOLERANCE, TOLERANCE);
    }

    /** Stops the descent when Delta falls to the given level. */
    private static final class LevelCrossing implements ODEEventDetector {
        private final double level;

        LevelCrossing(double level) {
            this.level = level;
        }

        @Override
        public AdaptableInterval getMaxCheckInterval() {
            return AdaptableInterval.of(0.5);
        }

        @Override
        public int getMaxIterationCount() {
            return 100;
        }

        @Override
        public BracketedUnivariateSolver<UnivariateFunction> getSolver() {
            return new BracketingNthOrderBrentSolver(1e-14, 1e-14, 0.0, 5);
        }

        @Override
        public ODEEventHandler getHandler() {
            return (state, detector, increasing) -> Action.STOP;
        }

        @Override
        public double g(ODEStateAndDerivative state) {
            return state.getPrimaryState()[0] - level;
        }
    }
}
