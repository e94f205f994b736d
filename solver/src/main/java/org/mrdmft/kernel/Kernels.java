package org.mrdmft.kernel;

import org.mrdmft.model.Nonlinearity;

/** Factory from the configured {@link Nonlinearity} to its {@link GaussianKernel}. */
public final class Kernels {

    private static final GaussianKernel ERF = new ErfKernel();
    private static final GaussianKernel TANH = new TanhKernel();

    private Kernels() {
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
                return TANH;
            default:
                throw new IllegalArgumentException("no kernel for " + n);
        }
    }
}
