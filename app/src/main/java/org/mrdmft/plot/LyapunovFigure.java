package org.mrdmft.plot;

import java.awt.Color;
import java.awt.Shape;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ui.RectangleAnchor;
import org.mrdmft.figures.DataTable;
import org.mrdmft.figures.Fig6Lyapunov;
import org.mrdmft.figures.Lyapunov;
import org.mrdmft.figures.LyapunovSeries;
import org.mrdmft.figures.LyapunovVsGain;
import org.mrdmft.io.FigureTableWriter;
import org.mrdmft.plot.style.LinePlot;
import org.mrdmft.plot.style.MathLegend;
import org.mrdmft.plot.style.Panel;
import org.mrdmft.plot.style.PaperSize;
import org.mrdmft.plot.style.PaperStyle;

/**
 * lyapunov (docs/FIGURES.md (lyapunov)), drawn from {@link Lyapunov}'s data. (a) lambda of a routing region against g,
 * one colour per b, beside the SCS exponent (black, dashed), with each b's chaos onset g_c (diamond, at lambda = 0)
 * and pure-chaos onset (square, where the curve joins the SCS), and finite-N points with error bars (+- one standard
 * error) where simulated. (b) lambda across fig6's g1, one colour per tensor: finite-N points with error bars, the
 * stationary DMFT at stable fixed points (solid: the network; dotted: region 1's own exponent). Both carry the line
 * lambda = 0. The panels are written singly and side by side in the composite {@code lyapunov}.
 */
public final class LyapunovFigure implements PaperFigure {
    /** Printed size of a single panel. */
    static final PaperSize SIZE = PaperSize.column(2.8);
    private static final double MARKER = 3.6;

    @Override
    public String name() {
        return "lyapunov";
    }

    @Override
    public String description() {
        return "maximal Lyapunov exponent: a routing region against g (b = 1.5, 2, 2.5) beside the SCS; "
                + "across fig6's g1 (finite N and stationary DMFT)";
    }

    @Override
    public List<Path> render(FigureJob job) throws IOException {
        Lyapunov.Data data = Lyapunov.compute(job.full() ? Lyapunov.Options.full() : Lyapunov.Options.quick(),
                job.progress());
        FigureWriter w = job.writer();
        Path dir = job.dir();
        List<Path> files = new ArrayList<>(w.write(gainPanel(data), dir.resolve("lyapunov-vs-gain"), SIZE));
        files.addAll(w.write(fig6Panel(data.fig6()), dir.resolve("lyapunov-fig6"), SIZE));
        PanelGrid grid = composite(data);
        files.addAll(w.write(grid, dir.resolve("lyapunov"), grid.size()));
        for (DataTable t : data.tables()) {
            files.add(FigureTableWriter.write(t, dir));
        }
        files.add(FigureTableWriter.write(data.sources(), dir));
        return files;
    }

    /** The page: panels (a) and (b) side by side, lettered. */
    static PanelGrid composite(Lyapunov.Data data) {
        return PanelGrid.ofWidth(PaperSize.PAGE_WIDTH)
                .row(SIZE.heightInches() + 0.25, List.of(gainPanel(data), fig6Panel(data.fig6()))).build();
    }

    /** Panel (a): the routing region's exponent against g for every b, the SCS, the onsets, finite-N points. */
    static Panel gainPanel(Lyapunov.Data data) {
        LyapunovVsGain.Data d = data.gain();
        double[] g = d.disorder();
        double[] loops = d.pairLoops();
        LinePlot plot = new LinePlot("disorder g", "\\lambda");
        plot.line("SCS", g, d.scs(), Color.BLACK, PaperStyle.line(1));
        for (int k = 0; k < loops.length; k++) {
            plot.line("b = " + Fig4aFigure.trim(loops[k]), g, d.routing().get(k), PaperStyle.color(k),
                    PaperStyle.line(0));
        }
        double[] pureLambda = new double[loops.length];
        for (int k = 0; k < loops.length; k++) {
            pureLambda[k] = interpolate(g, d.scs(), d.pureChaosOnsets()[k]);
        }
        plot.points("g_c", d.chaosOnsets(), new double[loops.length], Color.BLACK, FixedPointCasePanels.diamond(5));
        plot.points("pure chaos", d.pureChaosOnsets(), pureLambda, Color.BLACK, square(3.6));
        List<Lyapunov.RoutingPoint> points = data.routing();
        for (int k = 0; k < loops.length; k++) {
            double b = loops[k];
            List<Lyapunov.RoutingPoint> mine = points.stream().filter(p -> p.pairLoop() == b).toList();
            double[] x = mine.stream().mapToDouble(Lyapunov.RoutingPoint::disorder).toArray();
            double[] y = mine.stream().mapToDouble(p -> p.simulated().exponent()).toArray();
            double[] se = mine.stream().mapToDouble(p -> p.simulated().standardError()).toArray();
            plot.errorBars(x, y, se, PaperStyle.color(k));
            plot.points(null, x, y, PaperStyle.color(k), LinePlot.circle(MARKER));
        }
        if (!points.isEmpty()) {
            plot.legendEntry(new MathLegend.Entry(org.mrdmft.plot.style.MathText.of(String.format(Locale.ROOT,
                    "N = %d", data.routingSettings().neurons())), Color.DARK_GRAY, PaperStyle.line(0),
                    LinePlot.circle(MARKER)));
        }
        return plot.horizontalLine(0).tightX().panel();
    }

    /** Panel (b): every series of both tensors against g1. */
    static Panel fig6Panel(Fig6Lyapunov.Data data) {
        LinePlot plot = new LinePlot("g^1", "\\lambda");
        int neurons = data.options().simulation().neurons();
        for (int k = 0; k < data.tensors().size(); k++) {
            Fig6Lyapunov.TensorSeries t = data.tensors().get(k);
            Color c = PaperStyle.color(k);
            LyapunovSeries network = t.series(Fig6Lyapunov.STATIONARY);
            LyapunovSeries region1 = t.series(Fig6Lyapunov.STATIONARY_REGION_1);
            plot.line(null, network.x(), network.exponent(), c, PaperStyle.line(0));
            plot.line(null, region1.x(), region1.exponent(), c, PaperStyle.line(2));
            LyapunovSeries replica = t.series(Fig6Lyapunov.REPLICA_REGION_1);
            plot.points(null, replica.x(), replica.exponent(), c, square(MARKER));
            LyapunovSeries sim = t.series(Fig6Lyapunov.SIMULATED);
            plot.errorBars(sim.x(), sim.exponent(), sim.standardError(), c);
            plot.points(null, sim.x(), sim.exponent(), c, LinePlot.circle(MARKER));
            plot.legendEntry(MathLegend.Entry.line("T_" + t.number(), c, PaperStyle.line(0)));
        }
        plot.legendEntry(new MathLegend.Entry(org.mrdmft.plot.style.MathText.of(String.format(Locale.ROOT,
                "N = %d", neurons)), Color.DARK_GRAY, null, LinePlot.circle(MARKER)));
        plot.legendEntry(MathLegend.Entry.line("network, DMFT", Color.DARK_GRAY, PaperStyle.line(0)));
        plot.legendEntry(MathLegend.Entry.line("region 1, DMFT", Color.DARK_GRAY, PaperStyle.line(2)));
        plot.legendEntry(new MathLegend.Entry(org.mrdmft.plot.style.MathText.of("region 1, replica DMFT"),
                Color.DARK_GRAY, null, square(MARKER)));
        return plot.horizontalLine(0).panel();
    }

    /** y at x by linear interpolation on the increasing grid xs (for placing a marker on a drawn curve). */
    static double interpolate(double[] xs, double[] ys, double x) {
        for (int i = 0; i + 1 < xs.length; i++) {
            if (x >= xs[i] && x <= xs[i + 1]) {
                double w = (x - xs[i]) / (xs[i + 1] - xs[i]);
                return (1 - w) * ys[i] + w * ys[i + 1];
            }
        }
        return Double.NaN;
    }

    private static Shape square(double size) {
        return new java.awt.geom.Rectangle2D.Double(-size / 2, -size / 2, size, size);
    }
}
