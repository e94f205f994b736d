package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mrdmft.figures.Fig3;
import org.mrdmft.figures.FixedPointCase;

/**
 * fig3 (docs/FIGURES.md (fig3)), drawn from {@link Fig3}'s data: per case its parameters, currents, traces,
 * final current matrix and row norms against sqrt((2/pi)(max(a, b)^2 - 1)); the row norms of every case and the
 * simulation settings as CSV. Quick: N = 2000, T = 200, 3 draws; {@code --full}: N = 100,000, T = 400, 5 draws.
 */
public final class Fig3Figure implements PaperFigure {
    @Override
    public String name() {
        return "fig3";
    }

    @Override
    public String description() {
        return "R = 5, reciprocal, g = 0, three cases: currents, final current matrix, row norms vs theory";
    }

    @Override
    public List<Path> render(Path dir, boolean full) throws IOException {
        Fig3.Data data = Fig3.compute(full ? Fig3.Options.full() : Fig3.Options.quick());
        List<Path> files = new ArrayList<>();
        for (FixedPointCase c : data.cases()) {
            files.addAll(new FixedPointCasePanels(c, "theory sqrt((2/pi)(max(a,b)^2 - 1))").write(dir));
        }
        files.add(CsvTable.write(FixedPointCase.rowNormTable("fig3-row-norms", data.cases()), dir));
        files.add(SimulationNote.write(dir.resolve("fig3-simulation.csv"), data.settings()));
        return files;
    }
}
