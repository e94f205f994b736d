package org.mrdmft.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.figures.DataTable;
import org.mrdmft.figures.Fig6;
import org.mrdmft.figures.Fig6Lyapunov;
import org.mrdmft.figures.Lyapunov;
import org.mrdmft.figures.LyapunovVsGain;
import org.mrdmft.figures.SimulatedExponent;
import org.mrdmft.plot.style.Panel;
import org.mrdmft.plot.style.PaperSize;
import org.mrdmft.plot.style.TextBox;
import org.mrdmft.plot.style.TextBoxes;
import org.mrdmft.simulation.SimulationSettings;

/**
 * The lyapunov figure's text, drawn from small data in about a second (a coarse g grid, tiny fig6 simulations, and
 * panel (a)'s finite-N points placed at the theory with a made-up error bar, since only the drawing is under test):
 * no two strings overlap and none leaves its canvas, in the single panels and the composite; the labels are real
 * symbols (lambda, g^1, T_1), never markup. The quick figure itself, files included, is rendered by
 * {@link FigureTextTest} with {@code -Pslow}.
 */
class LyapunovFigureTest {
    @Test
    void textIsReadableAndSymbolsAreReal() {
        SimulationSettings tiny = new SimulationSettings(60, 0.05, 30, 2, 1L,
                SimulationSettings.defaults().scheme(), 10, 10, 1, false, true, 1.0);
        LyapunovVsGain.Data gain = LyapunovVsGain.compute(new LyapunovVsGain.Options(new double[] {1.5, 2.0, 2.5},
                11, 0.5, 3.0), ProgressListener.NONE);
        Fig6Lyapunov.Data fig6 = Fig6Lyapunov.compute(new Fig6Lyapunov.Options(Fig6.TENSORS,
                new double[] {0.3, 2.7}, new double[] {2.7}, tiny), ProgressListener.NONE);
        List<Lyapunov.RoutingPoint> points = new ArrayList<>();
        for (int k = 0; k < gain.pairLoops().length; k++) {
            for (int i = 2; i < gain.disorder().length; i += 3) {
                double lambda = gain.routing().get(k)[i];
                points.add(new Lyapunov.RoutingPoint(gain.pairLoops()[k], gain.disorder()[i],
                        new SimulatedExponent(lambda, 0.02, new double[] {lambda - 0.02, lambda + 0.02}), lambda));
            }
        }
        Lyapunov.Data data = new Lyapunov.Data(gain, points, tiny, fig6);

        List<String> problems = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        check("lyapunov-vs-gain", LyapunovFigure.gainPanel(data), LyapunovFigure.SIZE, problems, texts);
        check("lyapunov-fig6", LyapunovFigure.fig6Panel(fig6), LyapunovFigure.SIZE, problems, texts);
        PanelGrid grid = LyapunovFigure.composite(data);
        check("lyapunov", grid, grid.size(), problems, texts);

        assertThat(problems).isEmpty();
        // sub- and superscripts are drawn (and recorded) as pieces of their own: g^1 as "g" and "1"
        assertThat(texts).contains("λ", "disorder g", "SCS", "b = 2.5", "T1", "T2", "N = 60", "g", "1", "a", "b");
        assertThat(String.join("|", texts)).doesNotContain("\\").doesNotContain("^").doesNotContain("_")
                .doesNotContain("lambda");
        assertThat(data.tables()).extracting(DataTable::name).containsExactly("lyapunov-vs-gain",
                "lyapunov-vs-gain-onsets", "lyapunov-vs-gain-simulated", "lyapunov-fig6");
        assertThat(data.sources().header()).containsExactly("table", "column", "source");
    }

    private static void check(String name, Panel panel, PaperSize size, List<String> problems, List<String> texts) {
        TextBoxes boxes = FigureWriter.textBoxes(panel, size);
        assertThat(boxes.boxes()).as(name).isNotEmpty();
        boxes.boxes().stream().map(TextBox::text).forEach(texts::add);
        boxes.problems(size.canvas()).forEach(p -> problems.add(name + ": " + p));
    }
}
