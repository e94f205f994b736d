package org.mrdmft.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mrdmft.model.Nonlinearity;

class KernelsTest {

    @Test
    void mapsEveryNonlinearityToItsKernel() {
        assertThat(Kernels.forNonlinearity(Nonlinearity.ERF)).isInstanceOf(ErfKernel.class);
        assertThat(Kernels.forNonlinearity(Nonlinearity.TANH)).isInstanceOf(TanhKernel.class)
                .isSameAs(Kernels.forNonlinearity(Nonlinearity.TANH));
        for (Nonlinearity n : Nonlinearity.values()) {
            assertThat(Kernels.forNonlinearity(n).gain(0.0)).isEqualTo(1.0);
        }
    }
}
