package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.mrdmft.kernel.Kernels;
import org.mrdmft.model.Nonlinearity;
import org.mrdmft.stationary.LagProfile;
import org.mrdmft.stationary.RoutingBranches;

/**
 * fig4b: the stationary Delta(tau), tau in [0, 40], of a routing region with b = 2.5 at g = 1.5 (static:
 * chaos suppressed), 2.25 (chaos with structure) and 2.6 (pure chaos).
 */
public final class Fig4bFigure implements PaperFigure {
    static final double PAIR_LOOP = 2.5;
    static final double[] DISORDER = {1.5, 2.25, 2.6};
    static final String[] REGIME = {"chaos suppressed", "chaos with structure", "pure chaos"};

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
        RoutingBranches branches = new RoutingBranches(Kernels.forNonlinearity(Nonlinearity.ERF));
        XYChart chart = ChartStyle.xy("fig4b: two-time function, b = 2.5", "lag tau", "Delta(tau)");
        CsvTable table = null;
        for (int k = 0; k < DISORDER.length; k++) {
            LagProfile p = branches.lagProfile(PAIR_LOOP, DISORDER[k], 40.0, 801);
            if (table == null) {
                table = new CsvTable().column("tau", p.lag());
            }
            ChartStyle.line(chart, "g = " + DISORDER[k] + " (" + REGIME[k] + ")", p.lag(), p.delta(), k,
                    ChartStyle.SOLID);
            table.column("delta_g" + DISORDER[k], p.delta());
        }
        List<Path> files = new ArrayList<>(FigureWriter.save(chart, dir.resolve("fig4b")));
        files.add(table.write(dir.resolve("fig4b.csv")));
        return files;
    }
}
