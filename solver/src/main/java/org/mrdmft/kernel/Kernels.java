package org.mrdmft.kernel;

import org.mrdmft.model.Nonlinearity;

/** Factory from the configured {@link Nonlinearity} to its {@link GaussianKernel}. */
public final class Kernels {

    private static final GaussianKernel ERF = new ErfKernel();

    private Kernels() {
    }

    /**
     * The tanh kernel, built on first use: its constructor computes a quadrature ladder of some 20,000
     * exponentials, start-up time that an erf solve should not pay.
     */
    private static final class Tanh {
        static final GaussianKernel KERNEL = new TanhKernel();

        private Tanh() {
        }
    }

    /**
     * The kernel for {@code n}; kernels are immutable and shared.
     *
     * @param n the nonlinearity
     * @return its Gaussian kernel
     */
    public static GaussianKernel forNonlinearity(Nonlinearity n) {
        switch (n) {
            case ERF:
                return ERF;
            case TANH:
                return Tanh.KERNEL;
            default:
                throw new IllegalArgumentException("no kernel for " + n);
        }
    }
}
