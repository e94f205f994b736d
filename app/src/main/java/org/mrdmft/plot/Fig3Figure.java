package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mrdmft.figures.Fig3;
import org.mrdmft.figures.FixedPointCase;

/**
 * fig3 (docs/FIGURES.md (fig3)), drawn from {@link Fig3}'s data: per case its parameters, currents, traces,
 * final current matrix and row norms against √((2/π)(max(a, b)² − 1)); the row norms of every case and the
 * simulation settings as CSV. Quick: N = 2000, T = 200, 3 draws; {@code --full}: N = 100,000, T = 400, 5 draws.
 */
public final class Fig3Figure implements PaperFigure {
    /** Legend of the theory's row norms. */
    static final String THEORY = "theory \\sqrt{(2/\\pi)(max(a,b)^2 \\minus 1)}";

    @Override
    public String name() {
        return "fig3";
    }

    @Override
    public String description() {
        return "R = 5, reciprocal, g = 0, three cases: currents, final current matrix, row norms vs theory";
    }

    @Override
    public List<Path> render(FigureJob job) throws IOException {
        Path dir = job.dir();
        boolean full = job.full();
        Fig3.Data data = Fig3.compute(full ? Fig3.Options.full() : Fig3.Options.quick(), job.progress());
        List<Path> files = new ArrayList<>();
        for (FixedPointCase c : data.cases()) {
            files.addAll(new FixedPointCasePanels(c, THEORY).write(dir, job.writer()));
        }
        files.add(CsvTable.write(FixedPointCase.rowNormTable("fig3-row-norms", data.cases()), dir));
        files.add(SimulationNote.write(dir.resolve("fig3-simulation.csv"), data.settings()));
        PanelGrid composite = FixedPointComposite.of(data.cases(), THEORY);
        files.addAll(job.writer().write(composite, dir.resolve("fig3"), composite.size()));
        return files;
    }
}
