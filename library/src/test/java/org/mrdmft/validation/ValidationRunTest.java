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
                simulation: {dt: 0.05, duration: 60, burnIn: 30, draws: 3, seed: 4}
                validation: {neurons: [500, 4000], lags: [0, 4], spectrumNeurons: 150}
                """ + extra;
        return ConfigLoader.parse(yaml, "pair", List.of());
    }

    @Test
    void aMatchedPairPassesAndTheFiniteNTheoryExplainsTheResidue() {
        RunConfig cfg = pairLoop("");
        ValidationReport report = new ValidationRun(ValidationProblem.of(cfg.model(), cfg.dmft(), cfg.simulation(), cfg.validation())).run(ProgressListener.NONE);
        assertThat(report.pass()).as(report.worst().toString()).isTrue();
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
