package org.mrdmft.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrdmft.dynamics.DynamicsLabel;
import org.mrdmft.sweep.LeadingEigenvalueAxis;
import org.mrdmft.sweep.SweepPlan;
import org.mrdmft.sweep.SweepSpec;
import org.mrdmft.sweep.SweepSpecReader;

/**
 * fig5: the five example points carry their published labels (modal over 10 draws, both regions pooled, as the
 * paper pools them), the labels are the paper classifier's, and --full runs the published sweep.
 */
class Fig5FigureTest {
    @Test
    void theFiveExamplesHaveTheirPublishedModalLabels() {
        for (int k = 0; k < Fig5Sweep.EXAMPLES.length; k++) {
            Fig5Figure.Example e = Fig5Figure.Example.of(k, 10);
            String modal = DynamicsLabel.values()[e.modal()].configName();
            System.out.printf("fig5 example %d %s: modal %s (%s)%n", k + 1, Arrays.toString(Fig5Sweep.EXAMPLES[k]),
                    modal, e.distribution());
            assertThat(modal).as("example %d: %s", k + 1, e.distribution()).isEqualTo(Fig5Sweep.PUBLISHED[k]);
            // the representative draw solved again: the sweep row's labels are PaperClassifier's (else it throws)
            assertThat(e.representativeRun().steps()).isEqualTo(Fig5Sweep.STEPS);
        }
    }

    @Test
    void theRowsAreLabelledByThePaperRule() {
        var row = new SweepPlan(Fig5Sweep.grid(false)).rowConfig(0, 0).config();
        assertThat(row.dmft().classifier()).isEqualTo(org.mrdmft.dynamics.DynamicsClassifier.PAPER);
    }

    /** The default currents rule, an independent reading of the same solves, agrees at the five examples. */
    @Test
    void theCurrentsRuleGivesThePublishedModalLabelsToo() {
        for (int k = 0; k < Fig5Sweep.EXAMPLES.length; k++) {
            Fig5Figure.Example e = Fig5Figure.Example.of(k, 10, "currents");
            String modal = DynamicsLabel.values()[e.modal()].configName();
            assertThat(modal).as("example %d: %s", k + 1, e.distribution()).isEqualTo(Fig5Sweep.PUBLISHED[k]);
        }
    }

    @Test
    void fullGridIsThePublishedSweepFile() {
        SweepSpec full = Fig5Sweep.grid(true);
        SweepSpec file = SweepSpecReader.read(examples().resolve("sweeps/fig5.yaml"));
        assertThat(full.fingerprint()).isEqualTo(file.fingerprint());
        SweepPlan plan = new SweepPlan(full);
        assertThat(plan.points()).isEqualTo(1600);
        assertThat(full.draws()).isEqualTo(50);
        LeadingEigenvalueAxis axis = (LeadingEigenvalueAxis) full.axes().get(0);
        assertThat(axis.re()).hasSize(40).startsWith(1.0).endsWith(2.5);
        assertThat(axis.im()).hasSize(40).startsWith(0.0).endsWith(1.5);
        assertThat(axis.tolerance()).isEqualTo(0.01875);
        var base = plan.rowConfig(0, 0).config();
        assertThat(base.dmft().steps()).isEqualTo(2500);
        assertThat(base.dmft().dt()).isEqualTo(0.05);
        assertThat(base.model().disorder()).containsExactly(1.5, 1.5);
        SweepSpec quick = Fig5Sweep.grid(false);
        assertThat(new SweepPlan(quick).points()).isEqualTo(144);
        assertThat(quick.draws()).isEqualTo(3);
    }

    /** The repository's examples directory (tests run in the module directory). */
    private static Path examples() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples/sweeps"))) {
                return p.resolve("examples");
            }
        }
        throw new IllegalStateException("no examples/ above " + Path.of("").toAbsolutePath());
    }

    @Test
    void publishedLabelsAreKnownLabels() {
        List<String> known = Arrays.stream(DynamicsLabel.values()).map(DynamicsLabel::configName).toList();
        assertThat(known).containsAll(List.of(Fig5Sweep.PUBLISHED));
    }
}
