package org.mrdmft.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.figures.CaseSimulation;
import org.mrdmft.figures.DataTable;
import org.mrdmft.figures.Fig3;
import org.mrdmft.figures.FixedPointCase;
import org.mrdmft.figures.PaperNetworks;
import org.mrdmft.figures.ReciprocalCase;
import org.mrdmft.simulation.SimulationScheme;
import org.mrdmft.simulation.SimulationSettings;

/**
 * The panels of one fig3 / fig4c case: every chart in three formats with no overlapping or clipped text, and the
 * case's tables as CSV.
 */
class FixedPointCasePanelsTest {
    @TempDir
    Path tmp;

    @Test
    void everyPanelIsWrittenWithTheTablesOfTheCase() throws IOException {
        ReciprocalCase c = PaperNetworks.fig3().get(0);
        SimulationSettings s = new SimulationSettings(100, 0.05, 60, 2, 3L, SimulationScheme.EULER, 5, 30, 0, false);
        FixedPointCase data = new FixedPointCase(c, CaseSimulation.run(c.model(), s, ProgressListener.NONE),
                Fig3.pinnedRowNorms(c), "every region routes");
        List<String> problems = new ArrayList<>();
        FigureWriter writer = new FigureWriter((base, size, boxes) -> boxes.problems(size.canvas())
                .forEach(p -> problems.add(base.getFileName() + ": " + p)));
        List<Path> files = new FixedPointCasePanels(data, "theory").write(tmp, writer);
        assertThat(problems).isEmpty();
        for (String panel : List.of("parameters", "currents", "traces", "final-currents", "row-norms")) {
            for (String ext : List.of("png", "svg", "pdf")) {
                assertThat(tmp.resolve("fig3-case1-" + panel + "." + ext)).isNotEmptyFile();
            }
        }
        assertThat(files).hasSize(5 * 3 + 4).allMatch(Files::exists);
        for (DataTable t : data.tables()) {
            List<String> lines = Files.readAllLines(tmp.resolve(t.name() + ".csv"));
            assertThat(lines.get(0)).isEqualTo(String.join(",", t.columnNames()));
            assertThat(lines).hasSize(1 + t.rows());
        }
        assertThat(Files.readAllLines(tmp.resolve("fig3-case1-final-currents.csv")).get(0))
                .isEqualTo("mu,nu,S_draw1,S_draw2");
    }
}
