package org.mrdmft.stationary;

import org.mrdmft.kernel.ErfKernel;
import org.mrdmft.kernel.GaussianKernel;

/** d psi / dD, closed form for erf, a central difference for other kernels. */
final class GainSlope {
    private GainSlope() {
    }

    static double of(GaussianKernel kernel, double variance) {
        if (kernel instanceof ErfKernel) {
            double q = 1.0 + variance / ErfKernel.C;
            return -0.5 / (ErfKernel.C * q * Math.sqrt(q));
        }
        double h = 1e-5 * (1.0 + variance);
        double lo = Math.max(0.0, variance - h);
        return (kernel.gain(variance + h) - kernel.gain(lo)) / (variance + h - lo);
    }
}
