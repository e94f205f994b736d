package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mrdmft.figures.DataTable;
import org.mrdmft.figures.Polytope;
import org.mrdmft.io.FigureTableWriter;
import org.mrdmft.stationary.FixedPointComponents;

/**
 * polytope (docs/FIGURES.md (polytope)): draws the data of {@link Polytope}. First panel: the number of fracture
 * variables f against log10 of the vertex count, mean +- 2 SD over the draws with that f, one series per R.
 * Second panel: the fixed points found on the manifold, projected on the first two fracture currents and
 * coloured by component.
 */
public final class PolytopeFigure implements PaperFigure {
    private static final Marker[] MARKERS = {SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND, SeriesMarkers.SQUARE,
        SeriesMarkers.TRIANGLE_UP};

    @Override
    public String name() {
        return "polytope";
    }

    @Override
    public String description() {
        return "fixed-point manifold: fracture variables f against log10(vertex count), R = 5, 6, 7; fixed points "
                + "cluster into 2^f components";
    }

    @Override
    public List<Path> render(Path dir, boolean full) throws IOException {
        Polytope.Data data = Polytope.compute(full ? Polytope.Options.full() : Polytope.Options.quick());
        List<DataTable> tables = data.tables();
        XYChart chart = ChartStyle.xy("fixed-point polytope (a = 0, b ~ U(1, 3))", "fracture variables f",
                "log10(vertex count)");
        for (int k = 0; k < Polytope.REGIONS.length; k++) {
            List<Polytope.Summary> pts = data.summaries(Polytope.REGIONS[k]);
            XYSeries s = chart.addSeries("R = " + Polytope.REGIONS[k],
                    pts.stream().mapToDouble(Polytope.Summary::fractureVariables).toArray(),
                    pts.stream().mapToDouble(Polytope.Summary::meanLog10Vertices).toArray(),
                    pts.stream().mapToDouble(Polytope.Summary::twoSd).toArray());
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setLineColor(ChartStyle.color(k));
            s.setMarkerColor(ChartStyle.color(k));
        }
        List<Path> files = new ArrayList<>(FigureWriter.save(chart, dir.resolve("polytope")));
        files.add(FigureTableWriter.write(tables.get(0), dir));
        files.addAll(FigureWriter.save(components(data.components()), dir.resolve("polytope-components")));
        for (DataTable t : tables.subList(1, tables.size())) {
            files.add(FigureTableWriter.write(t, dir));
        }
        return files;
    }

    private static XYChart components(FixedPointComponents c) {
        int[][] fracture = c.polytope().fracturePairs();
        int f = fracture.length;
        int[] xPair = fracture[0];
        int[] yPair = fracture[1];
        XYChart chart = ChartStyle.xy(String.format(Locale.ROOT,
                "fixed points from %d random starts (R = %d, f = %d): %d components found, 2^f = %d", c.starts(),
                c.b().length, f, c.componentsFound(), 1 << f), "fracture current " + pair(xPair)
                + " (dimensionless)", "fracture current " + pair(yPair) + " (dimensionless)");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        List<String> names = new ArrayList<>();
        for (int[] p : fracture) {
            names.add(pair(p));
        }
        String signsOf = "signs of " + String.join(", ", names) + ": ";
        int[] component = c.component();
        for (int comp = 0; comp < 1 << f; comp++) {
            List<double[]> pts = new ArrayList<>();
            for (int k = 0; k < c.currents().size(); k++) {
                if (component[k] == comp) {
                    double[][] s = c.currents().get(k);
                    pts.add(new double[] {s[xPair[0]][xPair[1]], s[yPair[0]][yPair[1]]});
                }
            }
            if (pts.isEmpty()) {
                continue;
            }
            XYSeries s = chart.addSeries(signsOf + c.pattern(comp) + " (" + pts.size() + " points)",
                    pts.stream().mapToDouble(p -> p[0]).toArray(), pts.stream().mapToDouble(p -> p[1]).toArray());
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(MARKERS[comp / ChartStyle.PALETTE.length % MARKERS.length]);
            s.setMarkerColor(ChartStyle.color(comp));
        }
        return chart;
    }

    private static String pair(int[] p) {
        return "S^{" + (p[0] + 1) + " " + (p[1] + 1) + "}";
    }
}
