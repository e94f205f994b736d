package org.mrdmft.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mrdmft.simulation.SimulationScheme;
import org.mrdmft.simulation.SimulationSettings;

/** fig3's data: the theory of each case, the paper's settings, and a small simulation with every panel. */
class Fig3FigureTest {
    @TempDir
    Path tmp;

    @Test
    void theoryIsTheNormOfTheLoopThatPinsEachRegion() {
        ReciprocalCase case2 = ReciprocalCase.fig3().get(1);
        double[] theory = Fig3Figure.theory(case2);
        // region 1 of case 2 has a > b: its self-loop pins it
        assertThat(theory[0]).isCloseTo(Math.sqrt(2 / Math.PI * (2.56497381 * 2.56497381 - 1)), within(1e-12));
        assertThat(theory[1]).isCloseTo(Math.sqrt(2 / Math.PI * (2.56979247 * 2.56979247 - 1)), within(1e-12));
        assertThat(Fig3Figure.note(case2)).isEqualTo("a > b: region 1 self-current only");
        assertThat(Fig3Figure.note(ReciprocalCase.fig3().get(0))).isEqualTo("every region routes");
        assertThat(Fig3Figure.note(ReciprocalCase.fig3().get(2))).isEqualTo("a > b: regions 1, 2 self-current only");
    }

    @Test
    void quickAndFullSettingsAreThePapersSchemeAtTwoSizes() {
        SimulationSettings full = Fig3Figure.settings(true);
        assertThat(full.neurons()).isEqualTo(100_000);
        assertThat(full.duration()).isEqualTo(400.0);
        assertThat(full.dt()).isEqualTo(0.05);
        assertThat(full.draws()).isEqualTo(5);
        assertThat(full.scheme()).isEqualTo(SimulationScheme.EULER);
        SimulationSettings quick = Fig3Figure.settings(false);
        assertThat(quick.neurons()).isEqualTo(2000);
        assertThat(quick.duration()).isEqualTo(200.0);
        assertThat(quick.draws()).isEqualTo(3);
    }

    @Test
    void aSmallSimulationSettlesNearTheTheoryAndEveryPanelIsWritten() throws IOException {
        ReciprocalCase c = ReciprocalCase.fig3().get(0);
        SimulationSettings s = new SimulationSettings(1000, 0.05, 100, 2, 3L, SimulationScheme.EULER, 5, 50, 0,
                false);
        CaseSimulation sim = CaseSimulation.run(c.model(), s);
        double[] theory = Fig3Figure.theory(c);
        for (double[] draw : sim.rowNorms()) {
            for (int mu = 0; mu < 5; mu++) {
                // finite N = 1000: the overlaps deviate from T by O(N^(-1/2)), the row norms by several percent
                assertThat(draw[mu]).as("region %d", mu + 1).isCloseTo(theory[mu], within(0.15 * theory[mu]));
            }
        }
        List<Path> files = new FixedPointCasePanels(c, sim, theory, "theory", Fig3Figure.note(c)).write(tmp);
        for (String panel : List.of("parameters", "currents", "traces", "final-currents", "row-norms")) {
            for (String ext : List.of("png", "svg", "pdf")) {
                assertThat(tmp.resolve("fig3-case1-" + panel + "." + ext)).isNotEmptyFile();
            }
        }
        assertThat(files).allMatch(Files::exists);
        // t = 0, 0.25, ..., 50 and one column per current
        List<String> currents = Files.readAllLines(tmp.resolve("fig3-case1-currents.csv"));
        assertThat(currents).hasSize(1 + 201);
        assertThat(currents.get(0).split(",")).hasSize(1 + 25);
        assertThat(Files.readAllLines(tmp.resolve("fig3-case1-final-currents.csv")).get(0))
                .isEqualTo("mu,nu,S_draw1,S_draw2");
    }
}
