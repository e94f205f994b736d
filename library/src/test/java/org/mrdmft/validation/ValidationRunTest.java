package org.mrdmft.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mrdmft.config.ConfigLoader;
import org.mrdmft.config.RunConfig;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.model.InteractionTensors;
import org.mrdmft.model.NetworkModel;

/** The theory-versus-simulation check passes on a matched pair and fails on a mismatched one. */
class ValidationRunTest {

    private static RunConfig pairLoop(String extra) {
        String yaml = """
                name: pair
                regions: 2
                disorder: 0.0
                interactions:
                  reciprocal: {a: [0, 0], b: [2, 2], signs: [1, 1]}
                dmft: {dt: 0.05}
                simulation: {dt: 0.05, duration: 60, burnIn: 30, draws: 3, seed: 4, lyapunov: false}
                validation: {neurons: [500, 4000], lags: [0, 4], spectrumNeurons: 150}
                """ + extra; // no tangent propagation: the exponent's verdict is tested on its own below
        return ConfigLoader.parse(yaml, "pair", List.of());
    }

    @Test
    void aMatchedPairPassesAndTheFiniteNTheoryExplainsTheResidue() {
        RunConfig cfg = pairLoop("");
        ValidationReport report = new ValidationRun(ValidationProblem.of(cfg.model(), cfg.dmft(), cfg.simulation(), cfg.validation())).run(ProgressListener.NONE);
        // four draws decide the row norms; Delta(0)'s draws scatter by several per cent at these durations, so its
        // verdict may be inconclusive, but nothing fails
        assertThat(report.outcome()).as(report.reasons().toString()).isNotEqualTo(Verdict.FAIL);
        assertThat(report.scalings().stream().filter(s -> s.observable().equals("rowNorm")))
                .allSatisfy(s -> assertThat(s.verdict()).as(s.reason()).isEqualTo(Verdict.PASS));
        assertThat(report.theoryLabels()).containsExactly(org.mrdmft.dynamics.DynamicsLabel.FIXED_POINT,
                org.mrdmft.dynamics.DynamicsLabel.FIXED_POINT);
        assertThat(report.simulatedLabels()).isEqualTo(report.theoryLabels());
        ObservableComparison small = report.comparisons().stream()
                .filter(c -> c.observable().equals("rowNorm") && c.region() == 0 && c.neurons() == 500).findFirst()
                .orElseThrow();
        // theory row norm sqrt((2/pi)(b^2 - 1)) = 1.3820
        assertThat(small.theory()).isCloseTo(Math.sqrt(2 / Math.PI * 3), within(1e-6));
        // the overlaps measured on the draws explain the finite-N discrepancy
        assertThat(small.finiteNError()).isLessThan(small.error() + 1e-12);
        // spectral check: the outliers +-2 (pair loop b = 2) sit next to sampled eigenvalues
        assertThat(report.spectrum().outliers()).hasSize(2);
        assertThat(report.spectrum().maxOutlierDistance()).isLessThan(0.5);
    }

    @Test
    void oneDrawCannotDecide() {
        RunConfig cfg = ConfigLoader.parse("""
                name: pair
                regions: 2
                disorder: 0.0
                interactions:
                  reciprocal: {a: [0, 0], b: [2, 2], signs: [1, 1]}
                dmft: {dt: 0.05}
                simulation: {dt: 0.05, duration: 40, burnIn: 20, seed: 4}
                validation: {neurons: [200, 400], lags: [0], spectrumNeurons: 0, draws: 1}
                """, "pair", List.of());
        ValidationReport report = new ValidationRun(ValidationProblem.of(cfg.model(), cfg.dmft(), cfg.simulation(),
                cfg.validation())).run(ProgressListener.NONE);
        assertThat(report.verdict()).isEqualTo("inconclusive");
        assertThat(report.scalings()).allSatisfy(s -> assertThat(s.verdict()).isEqualTo(Verdict.INCONCLUSIVE));
        assertThat(report.reasons()).isNotEmpty().allSatisfy(r -> assertThat(r).contains("1 draw"));
    }

    @Test
    void theMeasuredExponentIsJudgedAgainstAConnectedTheory() {
        // a static random region: x -> 0 and phi'(0) = 1, so the exponent is -1 + g (circular law)
        RunConfig cfg = ConfigLoader.parse("""
                name: static
                regions: 1
                disorder: 0.5
                interactions: {tensor: [[[0.0]]]}
                dmft: {dt: 0.1}
                simulation: {dt: 0.1, duration: 60, burnIn: 20, seed: 3, recordEvery: 5}
                validation: {neurons: [150, 300], lags: [0], spectrumNeurons: 0, draws: 3, lyapunovTolerance: 0.06}
                """, "static", List.of());
        ValidationProblem problem = ValidationProblem.of(cfg.model(), cfg.dmft(), cfg.simulation(), cfg.validation())
                .withLyapunovTheory(m -> -1 + m.disorder()[0]);
        ValidationReport report = new ValidationRun(problem).run(ProgressListener.NONE);
        ErrorScaling lyapunov = report.scalings().stream()
                .filter(s -> s.observable().equals(ValidationRun.LYAPUNOV)).findFirst().orElseThrow();
        assertThat(lyapunov.trend()).as(lyapunov.reason()).isEqualTo(Verdict.PASS);
        ObservableComparison atLargest = report.comparisons().stream()
                .filter(c -> c.observable().equals(ValidationRun.LYAPUNOV) && c.neurons() == 300).findFirst()
                .orElseThrow();
        assertThat(atLargest.theory()).isEqualTo(-0.5);
        assertThat(atLargest.simulation()).isCloseTo(-0.5, within(0.06));
        // a wrong theory of the exponent fails
        ValidationReport wrong = new ValidationRun(problem.withLyapunovTheory(m -> 0.2)).run(ProgressListener.NONE);
        assertThat(wrong.verdict()).isEqualTo("fail");
        assertThat(wrong.reasons()).anySatisfy(r -> assertThat(r).startsWith(ValidationRun.LYAPUNOV));
    }

    @Test
    void aMismatchedPairFails() {
        RunConfig cfg = pairLoop("");
        NetworkModel other = cfg.model().withInteractions(
                InteractionTensors.reciprocal(new double[2], new double[] {2.5, 2.5}, new double[] {1, 1}));
        ValidationReport report = new ValidationRun(new ValidationProblem(cfg.model(), other, cfg.dmft(), cfg.simulation(), cfg.validation())).run(ProgressListener.NONE);
        assertThat(report.verdict()).isEqualTo("fail");
        assertThat(report.worst().observable()).isIn("rowNorm", "variance", "gain", "autocorrelation(0.0)",
                "autocorrelation(4.0)");
    }

    @Test
    @Tag("slow")
    void aRandomRegionsAutocorrelationMatchesTheDmft() {
        RunConfig cfg = ConfigLoader.parse("""
                name: scs
                regions: 1
                disorder: 2.0
                interactions: {tensor: [[[0.0]]]}
                dmft: {dt: 0.05}
                simulation: {dt: 0.05, duration: 500, burnIn: 100, draws: 3, seed: 2}
                validation: {neurons: [2000], lags: [0, 1, 2, 3, 4, 5, 6, 7, 8], spectrumNeurons: 0}
                """, "scs", List.of());
        ValidationReport report = new ValidationRun(ValidationProblem.of(cfg.model(), cfg.dmft(), cfg.simulation(), cfg.validation())).run(ProgressListener.NONE);
        double d0 = report.theoryAutocorrelation()[0][0];
        for (int k = 0; k < report.lags().length; k++) {
            assertThat(report.simulatedAutocorrelation()[0][k]).as("lag %s", report.lags()[k])
                    .isCloseTo(report.theoryAutocorrelation()[0][k], within(0.03 * d0));
        }
    }

    @Test
    void aSizeTooLargeForTheHeapIsBlamedOnValidationNeurons() {
        // with disorder every size needs two dense N x N matrices: N = 200000 needs hundreds of GiB
        RunConfig cfg = ConfigLoader.parse("""
                name: big
                regions: 2
                disorder: 1.0
                interactions:
                  reciprocal: {a: [0, 0], b: [2, 2], signs: [1, 1]}
                validation: {neurons: [200000]}
                """, "big", List.of());
        ValidationRun run = new ValidationRun(ValidationProblem.of(cfg.model(), cfg.dmft(), cfg.simulation(),
                cfg.validation()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> run.run(ProgressListener.NONE))
                .isInstanceOfSatisfying(org.mrdmft.failure.InvalidInputException.class,
                        e -> assertThat(e.input()).isEqualTo("validation.neurons"))
                .hasMessageContaining("N = 200000 neurons per region would need about")
                .hasMessageContaining("fewer validation.neurons").hasMessageNotContaining("simulation.neurons");
    }
}
