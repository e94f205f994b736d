package org.mrdmft.plot;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mrdmft.figures.DataTable;
import org.mrdmft.figures.FixedPointCase;
import org.mrdmft.figures.ReciprocalCase;
import org.mrdmft.plot.style.LinePlot;
import org.mrdmft.plot.style.MathLegend;
import org.mrdmft.plot.style.NiceAxis;
import org.mrdmft.plot.style.NiceTicks;
import org.mrdmft.plot.style.PaperSize;
import org.mrdmft.plot.style.PaperStyle;
import org.mrdmft.plot.style.Panel;

/**
 * The panels of one fig3 / fig4c case ({@link FixedPointCase}), each with its CSV: a, b (and g) per region;
 * the currents S^{μν}(t) and some neurons' x_i(t) of the first simulated draw for t in [0, 50] (colour: target
 * region; self-currents thick); that draw's final current matrix (diverging scale, ±2, colour bar); and each region's
 * row norm ‖S^{μ·}‖, every draw against the theory. Every panel is one column wide; the panels are also exposed
 * one by one for the multi-panel composites.
 *
 * @param data the case: network, simulations, theory row norms and the note of the row-norm title
 * @param theoryName how the theory was obtained (legend, {@link org.mrdmft.plot.style.MathText} markup)
 */
record FixedPointCasePanels(FixedPointCase data, String theoryName) {
    /** Label of the time axis (markup). */
    static final String TIME = "time t";
    /** Printed size of each panel. */
    static final PaperSize SIZE = PaperSize.column(2.6);

    /** Writes every panel and CSV of the case into {@code dir} through {@code writer}. */
    List<Path> write(Path dir, FigureWriter writer) throws IOException {
        String name = c().name();
        List<Path> files = new ArrayList<>();
        files.addAll(writer.write(parameters(), dir.resolve(name + "-parameters"), SIZE));
        files.add(CsvTable.write(data.parameters(), dir));
        files.addAll(writer.write(currents(), dir.resolve(name + "-currents"), SIZE));
        files.add(CsvTable.write(data.currents(), dir));
        files.addAll(writer.write(traces(), dir.resolve(name + "-traces"), SIZE));
        files.add(CsvTable.write(data.traces(), dir));
        files.addAll(writer.write(finalMatrix(), dir.resolve(name + "-final-currents"), CurrentMatrixChart.SIZE));
        files.add(CsvTable.write(data.finalCurrents(), dir));
        files.addAll(writer.write(rowNorms(), dir.resolve(name + "-row-norms"), SIZE));
        return files;
    }

    private ReciprocalCase c() {
        return data.network();
    }

    private static double[] regionAxis(int r) {
        double[] x = new double[r];
        for (int mu = 0; mu < r; mu++) {
            x[mu] = mu + 1;
        }
        return x;
    }

    /** An axis over regions 1..r with a tick at every region. */
    private static NiceAxis regions(int r) {
        NiceAxis a = PaperStyle.axis("region \\mu");
        a.setRange(0.5, r + 0.5);
        a.setTickUnit(NiceTicks.unit(1));
        a.setAutoTickUnitSelection(false);
        return a;
    }

    /** a, b (and g) of each region. */
    Panel parameters() {
        ReciprocalCase c = c();
        double[] x = regionAxis(c.regions());
        LinePlot plot = new LinePlot(regions(c.regions()), PaperStyle.axis(c.disordered() ? "a, b, g" : "a, b"));
        plot.points("a (self-loop)", x, c.a(), PaperStyle.color(0), LinePlot.circle(4));
        plot.points("b (pair loop)", x, c.b(), PaperStyle.color(1), square(3.6));
        if (c.disordered()) {
            plot.points("g (disorder)", x, c.g(), PaperStyle.color(2), diamond(4.4));
        }
        return plot.panel();
    }

    /** S^{μν}(t) of draw 1: colour by target region μ, self-currents thick and solid, the others thin. */
    Panel currents() {
        DataTable table = data.currents();
        double[] t = table.column("t");
        int r = c().regions();
        LinePlot plot = new LinePlot(TIME, "current S^{\\mu\\nu}");
        for (int mu = 0; mu < r; mu++) {
            for (int nu = 0; nu < r; nu++) {
                if (mu != nu) {
                    plot.line(null, t, table.column("S_" + (mu + 1) + "_" + (nu + 1)), PaperStyle.color(mu),
                            PaperStyle.stroke(0.6f, 0));
                }
            }
        }
        for (int mu = 0; mu < r; mu++) {
            plot.line("\\mu = " + (mu + 1), t, table.column("S_" + (mu + 1) + "_" + (mu + 1)), PaperStyle.color(mu),
                    PaperStyle.stroke(1.6f, 0));
        }
        plot.legendEntry(MathLegend.Entry.line("S^{\\mu\\mu}", Color.BLACK, PaperStyle.stroke(1.6f, 0)));
        plot.legendEntry(MathLegend.Entry.line("S^{\\mu\\nu}, \\nu \u2260 \\mu", Color.BLACK,
                PaperStyle.stroke(0.6f, 0)));
        return plot.horizontalLine(0).tightX().panel();
    }

    /** x_i(t) of a few neurons per region, draw 1, coloured by region. */
    Panel traces() {
        DataTable table = data.traces();
        double[] t = table.column("t");
        LinePlot plot = new LinePlot(TIME, "activity x_i");
        boolean[] named = new boolean[c().regions()];
        for (String name : table.columnNames().subList(1, table.columns().size())) {
            // x_MU_I: region MU, neuron I
            int mu = Integer.parseInt(name.split("_")[1]) - 1;
            plot.line(named[mu] ? null : "region " + (mu + 1), t, table.column(name), PaperStyle.color(mu),
                    PaperStyle.stroke(0.7f, 0));
            named[mu] = true;
        }
        return plot.tightX().panel();
    }

    /** The final current matrix of draw 1. */
    Panel finalMatrix() {
        return CurrentMatrixChart.panel(data.simulation().finalCurrents());
    }

    /** ‖S^{μ·}‖ of every draw (points, spread a little) against the theory (black diamonds). */
    Panel rowNorms() {
        int r = c().regions();
        double[][] norms = data.simulation().rowNorms();
        int draws = norms.length;
        double[] x = new double[r * draws];
        double[] y = new double[r * draws];
        double top = 0;
        for (int d = 0; d < draws; d++) {
            for (int mu = 0; mu < r; mu++) {
                // spread the draws a little around the region so that they do not hide each other
                x[d * r + mu] = mu + 1 + 0.08 * (d - (draws - 1) / 2.0);
                y[d * r + mu] = norms[d][mu];
                top = Math.max(top, norms[d][mu]);
            }
        }
        for (double v : data.theoryRowNorms()) {
            top = Math.max(top, v);
        }
        LinePlot plot = new LinePlot(regions(r), PaperStyle.axis("row norm \u2016S^{\\mu\\cdot}\u2016"));
        plot.points(String.format(Locale.ROOT, "simulation, N = %d, %d draws", data.simulation().settings().neurons(),
                draws), x, y, 0);
        plot.points(theoryName, regionAxis(r), data.theoryRowNorms(), Color.BLACK, diamond(5.5));
        return plot.yRange(0, Math.max(0.1, 1.12 * top)).panel();
    }

    static Shape square(double side) {
        return new Rectangle2D.Double(-side / 2, -side / 2, side, side);
    }

    static Shape diamond(double size) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -size / 2);
        p.lineTo(size / 2, 0);
        p.lineTo(0, size / 2);
        p.lineTo(-size / 2, 0);
        p.closePath();
        return p;
    }
}
