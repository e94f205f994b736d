package org.mrdmft.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.mrdmft.dmft.ProgressListener;

/**
 * The four composites (fig3, fig4, fig5, fig6), rendered in quick mode with their single panels: no two strings
 * overlap and no text leaves its canvas in any of them, the composite's PDF and SVG sit beside the single panels and
 * its SVG stays compact. Minutes (the figures simulate and sweep), so {@code -Pslow}; {@code -Dmrdmft.figureDir=DIR}
 * keeps the files for a look.
 */
@Tag("slow")
class CompositeFiguresTextTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"fig3", "fig4", "fig5", "fig6"})
    void textNeitherOverlapsNorLeavesTheCanvas(String name) throws IOException {
        String keep = System.getProperty("mrdmft.figureDir");
        Path tmp = keep == null ? this.tmp : Files.createDirectories(Path.of(keep, name));
        List<String> problems = new ArrayList<>();
        List<String> drawn = new ArrayList<>();
        FigureWriter writer = new FigureWriter((base, size, boxes) -> {
            drawn.add(base.getFileName().toString());
            boxes.problems(size.canvas()).forEach(p -> problems.add(base.getFileName() + ": " + p));
        });
        PaperFigure figure = FigureCatalog.named(name).orElseThrow();
        figure.render(new FigureJob(tmp, false, ProgressListener.NONE, writer));

        assertThat(drawn).isNotEmpty();
        assertThat(problems).isEmpty();
        assertThat(drawn).contains(name);
        assertThat(tmp.resolve(name + ".pdf")).isNotEmptyFile();
        assertThat(tmp.resolve(name + ".png")).isNotEmptyFile();
        assertThat(Files.size(tmp.resolve(name + ".svg"))).isLessThan(2_000_000);
    }
}
