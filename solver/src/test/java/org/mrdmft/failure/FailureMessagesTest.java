package org.mrdmft.failure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each typed failure carries what failed, where, and what to try, and says it in one line. */
class FailureMessagesTest {

    @Test
    void invalidInputNamesTheInputFirst() {
        InvalidInputException e = new InvalidInputException("dmft.dt", "must be finite and > 0, got -1.0");
        assertThat(e.getMessage()).isEqualTo("dmft.dt: must be finite and > 0, got -1.0");
        assertThat(e.input()).isEqualTo("dmft.dt");
        assertThat(e.problem()).isEqualTo("must be finite and > 0, got -1.0");
        assertThat(e).isInstanceOf(MrdmftException.class).isNotInstanceOf(NumericalFailureException.class);
    }

    @Test
    void divergenceSaysWhatWhereAndWhen() {
        DivergenceException nan = new DivergenceException("variance Delta", 2, 3.25, Double.NaN, "a smaller dmft.dt");
        assertThat(nan.getMessage()).isEqualTo("variance Delta of region 2 became NaN at t = 3.25000");
        assertThat(nan.suggestion()).isEqualTo("a smaller dmft.dt");
        assertThat(nan.region()).isEqualTo(2);
        assertThat(nan.time()).isEqualTo(3.25);
        DivergenceException inf = new DivergenceException("energy", 0, 0.0, Double.NEGATIVE_INFINITY, "x");
        assertThat(inf.getMessage()).isEqualTo("energy became infinite at t = 0.00000");
        assertThat(inf).isInstanceOf(NumericalFailureException.class);
    }

    @Test
    void convergenceSaysHowFarItGot() {
        ConvergenceException e = new ConvergenceException("the fixed-point search", 64, "starts", 3.2e-5, 1e-12,
                "more stationary.starts");
        assertThat(e.getMessage()).isEqualTo(
                "the fixed-point search did not converge after 64 starts (smallest residual 3.20e-05, tolerance 1.0E-12)");
        assertThat(e.iterations()).isEqualTo(64);
        assertThat(e.residual()).isEqualTo(3.2e-5);
        assertThat(new ConvergenceException("x", 3, "passes", Double.NaN, Double.NaN, "y").getMessage())
                .isEqualTo("x did not converge after 3 passes");
    }
}
