package org.mrdmft.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTest {
    @Test
    void theStandardErrorsDecideBetweenPassInconclusiveAndFail() {
        assertThat(Verdict.of(0.01, 0.01, 0.05)).isEqualTo(Verdict.PASS); // 0.01 + 2 * 0.01 <= 0.05
        assertThat(Verdict.of(0.04, 0.01, 0.05)).isEqualTo(Verdict.INCONCLUSIVE); // [0.02, 0.06] straddles 0.05
        assertThat(Verdict.of(0.08, 0.01, 0.05)).isEqualTo(Verdict.FAIL); // 0.08 - 2 * 0.01 > 0.05
        assertThat(Verdict.of(0.30, 0.20, 0.05)).isEqualTo(Verdict.INCONCLUSIVE); // noisy draws cannot decide
    }

    @Test
    void oneDrawIsAlwaysInconclusive() {
        // one draw has no standard error: neither a small nor a large error can be told from a fluctuation
        assertThat(Verdict.of(0.0, Double.NaN, 0.05)).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(Verdict.of(10.0, Double.NaN, 0.05)).isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void theWorstVerdictWins() {
        assertThat(Verdict.combine(List.of(Verdict.PASS, Verdict.INCONCLUSIVE))).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(Verdict.combine(List.of(Verdict.FAIL, Verdict.INCONCLUSIVE, Verdict.PASS)))
                .isEqualTo(Verdict.FAIL);
        assertThat(Verdict.combine(List.of())).isEqualTo(Verdict.PASS);
    }

    private static ObservableComparison row(int n, double theory, double finiteN, double sim, double se,
                                            double finiteSe) {
        return new ObservableComparison("rowNorm", 0, n, 4, theory, finiteN, sim, se, finiteSe, 0.05);
    }

    @Test
    void theClosureUsesTheFiniteNTheoryAndTheTrendTheLimit() {
        // the finite-N theory explains the simulation at every N; the N -> infinity error falls like N^(-1/2)
        ErrorScaling ok = ErrorScaling.of(List.of(row(500, 1.0, 1.08, 1.08, 0.01, 0.002),
                row(2000, 1.0, 1.04, 1.04, 0.005, 0.002), row(8000, 1.0, 1.02, 1.02, 0.002, 0.002)));
        assertThat(ok.slope()).isCloseTo(-0.5, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(ok.closure()).isEqualTo(Verdict.PASS);
        assertThat(ok.trend()).isEqualTo(Verdict.PASS);
        // the same simulation against a finite-N theory that misses it by 0.2: the closure fails
        ErrorScaling closureFails = ErrorScaling.of(List.of(row(500, 1.0, 1.28, 1.08, 0.01, 0.01),
                row(8000, 1.0, 1.22, 1.02, 0.002, 0.01)));
        assertThat(closureFails.closure()).isEqualTo(Verdict.FAIL);
        assertThat(closureFails.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(closureFails.reason()).contains("closure fail");
        // within tolerance at the largest N, beyond it at the smallest, and falling slower than N^(-0.2): the
        // trend cannot vouch for convergence
        ErrorScaling slow = ErrorScaling.of(List.of(row(500, 1.0, 1.06, 1.06, 0.001, 0.001),
                row(8000, 1.0, 1.04, 1.04, 0.001, 0.001)));
        assertThat(slow.slope()).isCloseTo(Math.log(0.04 / 0.06) / Math.log(16),
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(slow.trend()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(slow.reason()).contains("not falling");
    }
}
