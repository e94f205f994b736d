package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mrdmft.figures.DataTable;
import org.mrdmft.figures.Fig4a;
import org.mrdmft.figures.Fig4b;
import org.mrdmft.figures.Fig4c;
import org.mrdmft.figures.FixedPointCase;
import org.mrdmft.plot.style.PaperSize;

/**
 * fig4 (docs/FIGURES.md (fig4)): the paper's Fig. 4 as one page, beside its single panels. On top one routing
 * region's √A against g (fig4a) and Δ(τ) on its three branches (fig4b); below, one column per fig4c case: currents,
 * final current matrix and row norms of the simulation against the stationary theory. Writes the single panels and
 * CSV tables of fig4a, fig4b and fig4c too (the same files as those figures, from one computation).
 */
public final class Fig4Figure implements PaperFigure {
    @Override
    public String name() {
        return "fig4";
    }

    @Override
    public String description() {
        return "composite of fig4a, fig4b and fig4c on one page, with their single panels";
    }

    @Override
    public List<Path> render(FigureJob job) throws IOException {
        Path dir = job.dir();
        boolean full = job.full();
        Fig4a.Data a = Fig4a.compute(full ? Fig4a.Options.full() : Fig4a.Options.quick(), job.progress());
        Fig4b.Data b = Fig4b.compute(full ? Fig4b.Options.full() : Fig4b.Options.quick(), job.progress());
        Fig4c.Data c = Fig4c.compute(full ? Fig4c.Options.full() : Fig4c.Options.quick(), job.progress());
        List<Path> files = new ArrayList<>();
        files.addAll(job.writer().write(Fig4aFigure.panel(a), dir.resolve("fig4a"), Fig4aFigure.SIZE));
        for (DataTable t : a.tables()) {
            files.add(CsvTable.write(t, dir));
        }
        files.addAll(job.writer().write(Fig4bFigure.panel(b), dir.resolve("fig4b"), Fig4bFigure.SIZE));
        for (DataTable t : b.tables()) {
            files.add(CsvTable.write(t, dir));
        }
        for (int k = 0; k < c.cases().size(); k++) {
            files.addAll(new FixedPointCasePanels(c.cases().get(k), Fig4cFigure.THEORY).write(dir, job.writer()));
            files.add(CsvTable.write(c.theoryTable(k), dir));
        }
        files.add(CsvTable.write(FixedPointCase.rowNormTable("fig4c-row-norms", c.cases()), dir));
        files.add(SimulationNote.write(dir.resolve("fig4c-simulation.csv"), c.settings()));
        PanelGrid grid = composite(a, b, c);
        files.addAll(job.writer().write(grid, dir.resolve("fig4"), grid.size()));
        return files;
    }

    /** fig4a and fig4b side by side above the three fig4c columns. */
    static PanelGrid composite(Fig4a.Data a, Fig4b.Data b, Fig4c.Data c) {
        PanelGrid.Builder grid = PanelGrid.ofWidth(PaperSize.PAGE_WIDTH)
                .row(2.5, List.of(Fig4aFigure.panel(a), Fig4bFigure.panel(b)));
        FixedPointComposite.rows(grid, c.cases(), Fig4cFigure.THEORY, false);
        return grid.build();
    }
}
