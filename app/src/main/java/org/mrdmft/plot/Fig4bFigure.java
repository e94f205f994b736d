package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mrdmft.figures.DataTable;
import org.mrdmft.figures.Fig4b;
import org.mrdmft.plot.style.LinePlot;
import org.mrdmft.plot.style.PaperSize;
import org.mrdmft.plot.style.Panel;
import org.mrdmft.stationary.StationaryBranch;

/**
 * fig4b (docs/FIGURES.md (fig4b)), drawn from {@link Fig4b}'s data: the stationary Δ(τ), τ in [0, 40], of a
 * routing region with b = 2.5 at g = 1.5 (chaos suppressed), 2.25 (chaos with structure) and 2.6 (pure chaos),
 * one colour and line style per g, the regime in the legend.
 */
public final class Fig4bFigure implements PaperFigure {
    /** Printed size. */
    static final PaperSize SIZE = PaperSize.column(2.6);
    private static final Map<StationaryBranch, String> REGIME = Map.of(StationaryBranch.STATIC, "chaos suppressed",
            StationaryBranch.CHAOTIC, "chaos with structure", StationaryBranch.SCS, "pure chaos");

    @Override
    public String name() {
        return "fig4b";
    }

    @Override
    public String description() {
        return "Delta(tau) of a routing region, b = 2.5, at g = 1.5, 2.25, 2.6";
    }

    @Override
    public List<Path> render(FigureJob job) throws IOException {
        Fig4b.Data data = Fig4b.compute(job.full() ? Fig4b.Options.full() : Fig4b.Options.quick(), job.progress());
        List<Path> files = new ArrayList<>(job.writer().write(panel(data), job.dir().resolve("fig4b"), SIZE));
        for (DataTable t : data.tables()) {
            files.add(CsvTable.write(t, job.dir()));
        }
        return files;
    }

    /** The chart of {@code data}. */
    static Panel panel(Fig4b.Data data) {
        LinePlot plot = new LinePlot("lag \\tau", "\\Delta(\\tau)");
        for (int k = 0; k < data.curves().size(); k++) {
            Fig4b.Curve c = data.curves().get(k);
            plot.line("g = " + c.disorder() + ", " + REGIME.get(c.regime()), c.profile().lag(), c.profile().delta(),
                    k, k);
        }
        return plot.horizontalLine(0).tightX().panel();
    }
}
