package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.mrdmft.figures.DataTable;
import org.mrdmft.figures.Fig4b;
import org.mrdmft.stationary.StationaryBranch;

/**
 * fig4b (docs/FIGURES.md (fig4b)), drawn from {@link Fig4b}'s data: the stationary Delta(tau), tau in [0, 40], of
 * a routing region with b = 2.5 at g = 1.5 (chaos suppressed), 2.25 (chaos with structure) and 2.6 (pure chaos).
 */
public final class Fig4bFigure implements PaperFigure {
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
    public List<Path> render(Path dir, boolean full) throws IOException {
        Fig4b.Data data = Fig4b.compute(full ? Fig4b.Options.full() : Fig4b.Options.quick());
        XYChart chart = ChartStyle.xy("fig4b: two-time function, b = " + data.pairLoop(), "lag tau", "Delta(tau)");
        for (int k = 0; k < data.curves().size(); k++) {
            Fig4b.Curve c = data.curves().get(k);
            ChartStyle.line(chart, "g = " + c.disorder() + " (" + REGIME.get(c.regime()) + ")", c.profile().lag(),
                    c.profile().delta(), k, ChartStyle.SOLID);
        }
        List<Path> files = new ArrayList<>(FigureWriter.save(chart, dir.resolve("fig4b")));
        for (DataTable t : data.tables()) {
            files.add(CsvTable.write(t, dir));
        }
        return files;
    }
}
