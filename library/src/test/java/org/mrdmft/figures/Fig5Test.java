package org.mrdmft.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrdmft.dmft.DynamicsClassifier;
import org.mrdmft.dynamics.DynamicsLabel;
import org.mrdmft.sweep.LeadingEigenvalueAxis;
import org.mrdmft.sweep.SweepPlan;
import org.mrdmft.sweep.SweepSpec;
import org.mrdmft.sweep.SweepSpecReader;

/**
 * fig5, in process: the five example points carry their published labels (modal over 10 draws, both regions
 * pooled, as the paper pools them) under the paper's rule and under the default currents rule, an independent
 * reading of the same solves; the rows are labelled by the paper's rule; --full is the published sweep file.
 */
class Fig5Test {
    @Test
    void theFiveExamplesHaveTheirPublishedModalLabels() {
        for (int k = 0; k < Fig5.EXAMPLES.size(); k++) {
            // the representative draw is solved again inside; a row whose labels differ from it would throw
            Fig5.Example e = Fig5.example(k, 10, Fig5.CLASSIFIER);
            assertThat(e.modalLabel()).as("example %d: %s", k + 1, e.distribution())
                    .isEqualTo(Fig5.EXAMPLES.get(k).published());
            assertThat(e.rows()).hasSize(10);
            assertThat(Arrays.stream(e.pooledCounts()).sum()).isEqualTo(2 * 10);
            // the representative draw carries the modal label in some region
            assertThat(e.rows().get(e.representative()).labels()).contains(e.modalLabel());
            assertThat(e.time()).hasSize((int) Math.round(Fig5.WINDOW / Fig5.DT) + 1);
        }
    }

    @Test
    void theCurrentsRuleGivesThePublishedModalLabelsToo() {
        for (int k = 0; k < Fig5.EXAMPLES.size(); k++) {
            Fig5.Example e = Fig5.example(k, 10, "currents");
            assertThat(e.modalLabel()).as("example %d: %s", k + 1, e.distribution())
                    .isEqualTo(Fig5.EXAMPLES.get(k).published());
        }
    }

    @Test
    void theRowsAreLabelledByThePaperRule() {
        var row = new SweepPlan(Fig5.grid(Fig5.Options.quick())).rowConfig(0, 0).config();
        assertThat(row.dmft().classifier()).isEqualTo(DynamicsClassifier.PAPER);
    }

    @Test
    void aSmallGridGivesEveryTableOfTheCommandLine() {
        Fig5.Data data = Fig5.compute(new Fig5.Options("fig5-test", 2, 1, 2, Fig5.CLASSIFIER));
        assertThat(data.rows()).hasSize(4);
        assertThat(data.maps()).extracting(Fig5.LabelMap::suffix).containsExactly("1", "2", "pooled");
        // one draw: one label per region, entropy 0; pooled over two regions at most 1 bit
        assertThat(data.maps().get(0).entropyBits()).containsOnly(0.0);
        assertThat(Arrays.stream(data.maps().get(2).entropyBits()).boxed()).allSatisfy(h -> assertThat(h).isBetween(0.0, 1.0));
        List<DataTable> tables = data.tables();
        assertThat(tables).hasSize(1 + 3 * 5 + 1);
        assertThat(tables.get(0).name()).isEqualTo("fig5-points");
        assertThat(tables.get(0).columnNames()).containsExactly("point", "re", "im", "modalLabel_1", "entropyBits_1",
                "modalLabel_2", "entropyBits_2", "modalLabel_pooled", "entropyBits_pooled");
        assertThat(tables.get(0).column("re")).containsExactly(1.0, 1.0, 2.5, 2.5);
        assertThat(tables.get(0).column("im")).containsExactly(0.0, 1.5, 0.0, 1.5);
        assertThat(tables.subList(1, 4)).extracting(DataTable::name).containsExactly("fig5-example-1-currents",
                "fig5-example-1-lag-slice", "fig5-example-1-draws");
        assertThat(tables.get(1).columnNames()).containsExactly("t", "S_1_1", "S_1_2", "S_2_1", "S_2_2");
        DataTable examples = tables.get(tables.size() - 1);
        assertThat(examples.name()).isEqualTo("fig5-examples");
        assertThat(examples.column("draws")).containsOnly(2.0);
        assertThat(data.textTables().get(0).column("label")).containsExactly("fixed-point", "limit-cycle", "chaos",
                "fixed-point+chaos", "limit-cycle+chaos");
        assertThat(data.settings().path("classifier").asText()).isEqualTo("paper");
        assertThat(data.settings().path("examples")).hasSize(5);
    }

    @Test
    void fullGridIsThePublishedSweepFile() {
        SweepSpec full = Fig5.grid(Fig5.Options.full());
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
        SweepSpec quick = Fig5.grid(Fig5.Options.quick());
        assertThat(new SweepPlan(quick).points()).isEqualTo(144);
        assertThat(quick.draws()).isEqualTo(3);
    }

    @Test
    void publishedLabelsAreKnownLabels() {
        List<String> known = Arrays.stream(DynamicsLabel.values()).map(DynamicsLabel::configName).toList();
        assertThat(known).containsAll(Fig5.EXAMPLES.stream().map(Fig5.ExamplePoint::published).toList());
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
}
