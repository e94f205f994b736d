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
import org.mrdmft.figures.Fig6;
import org.mrdmft.figures.Fig6Lyapunov;
import org.mrdmft.figures.Lyapunov;
import org.mrdmft.figures.LyapunovVsGain;
import org.mrdmft.simulation.SimulationSettings;

/**
 * The lyapunov figure, rendered from small data (coarse g grid, tiny simulations) in seconds: no two strings
 * overlap and none leaves its canvas, in the single panels and the composite; the labels are real symbols (lambda,
 * g^1, T_1), never markup; every table and the sources table are written. The quick figure itself is rendered by
 * {@link FigureTextTest} with {@code -Pslow}.
 */
class LyapunovFigureTest {
    @TempDir
    Path tmp;

    @Test
    void textIsReadableAndSymbolsAreReal() throws IOException {
        SimulationSettings tiny = new SimulationSettings(60, 0.05, 30, 2, 1L,
                SimulationSettings.defaults().scheme(), 10, 10, 1, false, true, 1.0);
        Lyapunov.Options options = new Lyapunov.Options(new LyapunovVsGain.Options(new double[] {2.5}, 6,
                0.5, 3.0), tiny, new Fig6Lyapunov.Options(Fig6.TENSORS, new double[] {0.3, 2.7},
                new double[] {2.7}, tiny));
        List<String> problems = new ArrayList<>();
        List<String> drawn = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        FigureWriter writer = new FigureWriter((base, size, boxes) -> {
            drawn.add(base.getFileName().toString());
            boxes.boxes().forEach(b -> texts.add(b.text()));
            boxes.problems(size.canvas()).forEach(p -> problems.add(base.getFileName() + ": " + p));
        });
        List<Path> files = new LyapunovFigure().render(new FigureJob(tmp, false, ProgressListener.NONE, writer),
                options);

        assertThat(problems).isEmpty();
        assertThat(drawn).containsExactlyInAnyOrder("lyapunov-vs-gain", "lyapunov-fig6", "lyapunov");
        // sub- and superscripts are drawn (and recorded) as pieces of their own: g^1 as "g" and "1"
        assertThat(texts).contains("λ", "disorder g", "SCS", "b = 2.5", "T1", "T2", "N = 60", "g", "1");
        assertThat(String.join("|", texts)).doesNotContain("\\").doesNotContain("^").doesNotContain("_")
                .doesNotContain("lambda");
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("lyapunov.pdf", "lyapunov.svg",
                "lyapunov-vs-gain.csv", "lyapunov-vs-gain-onsets.csv", "lyapunov-vs-gain-simulated.csv",
                "lyapunov-fig6.csv", "lyapunov-sources.csv");
        assertThat(Files.readAllLines(tmp.resolve("lyapunov-sources.csv")).get(0)).isEqualTo("table,column,source");
    }
}
