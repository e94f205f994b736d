package org.mrdmft.stationary;

import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;
import org.mrdmft.kernel.GaussianKernel;

/**
 * An independent route to the ground energy E0 of H = -d^2/dtau^2 + 1 - g^2 C'(tau) for the tests: shooting.
 * Delta and psi are integrated together with an adaptive eighth-order Runge-Kutta method from Delta(0) = D0,
 * Delta'(0) = 0, psi(0) = 1, psi'(0) = 0 (Delta'' = Delta - g^2 C(D0, D0, Delta) - A, the particle's motion
 * itself rather than {@link ParticleMotion}'s split form; psi'' = (V - E) psi); E lies below E0 iff psi stays
 * positive up to tauEnd, so bisection on that sign finds E0 without any finite-difference matrix.
 */
final class TangentShooting {
    private final GaussianKernel kernel;

    TangentShooting(GaussianKernel kernel) {
        this.kernel = kernel;
    }

    /** E0 to within about e^(-2 kappa tauEnd) from the bracket [lo, hi]. */
    double groundEnergy(RegionState s, double lo, double hi, double tauEnd) {
        for (int it = 0; it < 60; it++) {
            double mid = 0.5 * (lo + hi);
            if (staysPositive(s, mid, tauEnd)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private boolean staysPositive(RegionState s, double energy, double tauEnd) {
        double g2 = s.disorder() * s.disorder();
        double d0 = s.delta0();
        double a = s.structuredVariance();
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 4;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                double delta = Math.max(-d0, Math.min(d0, y[0]));
                double v = 1.0 - g2 * kernel.correlationSlope(d0, delta);
                return new double[] {y[1], y[0] - g2 * kernel.correlation(d0, d0, delta) - a, y[3],
                        (v - energy) * y[2]};
            }
        };
        boolean[] negative = {false};
        DormandPrince853Integrator rk = new DormandPrince853Integrator(1e-9, 0.5, 1e-14, 1e-12);
        rk.addStepHandler(new ODEStepHandler() {
            @Override
            public void handleStep(ODEStateInterpolator interpolator) {
                if (interpolator.getCurrentState().getPrimaryState()[2] < 0.0) {
                    negative[0] = true;
                }
            }
        });
        rk.integrate(ode, new ODEState(0.0, new double[] {d0, 0.0, 1.0, 0.0}), tauEnd);
        return !negative[0];
    }
}
