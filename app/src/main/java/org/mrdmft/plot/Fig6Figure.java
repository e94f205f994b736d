package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hipparchus.complex.Complex;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mrdmft.figures.DataTable;
import org.mrdmft.figures.Fig6;
import org.mrdmft.figures.TextTable;
import org.mrdmft.io.FigureTableWriter;

/**
 * fig6 (docs/FIGURES.md (fig6)): draws the data of {@link Fig6}. Per tensor: the spectrum of That intact and with
 * region 1 silenced; for the shown g1 S^{2 3}(t) over the last 50 time units, Dhat(tau) at the midpoint (solid:
 * region 1, dashed: region 2), psi^1(t), the eigenvalues of the psi(t)-scaled That; and the stacked shares of
 * starts reaching each attractor at every g1. Each panel's numbers go to the CSV of the same name.
 */
public final class Fig6Figure implements PaperFigure {
    @Override
    public String name() {
        return "fig6";
    }

    @Override
    public String description() {
        return "R = 3, only region 1 disordered (g1 = 0.3..3.0), tensors T1 and T2: attractors over starts, "
                + "spectra, S(t), Dhat, psi";
    }

    @Override
    public List<Path> render(Path dir, boolean full) throws IOException {
        Fig6.Data data = Fig6.compute(full ? Fig6.Options.full() : Fig6.Options.quick());
        List<DataTable> tables = data.tables();
        List<Path> files = new ArrayList<>();
        int table = 0;
        for (Fig6.TensorData t : data.tensors()) {
            String name = t.name();
            files.addAll(FigureWriter.save(spectrum(t), dir.resolve(name + "-spectrum")));
            files.add(FigureTableWriter.write(tables.get(table++), dir));
            files.addAll(FigureWriter.save(series(name + ": current S 2<-3 over the last 50 time units", "S 2<-3",
                    t.panels(), true), dir.resolve(name + "-currents")));
            files.add(FigureTableWriter.write(tables.get(table++), dir));
            files.addAll(FigureWriter.save(dhat(t), dir.resolve(name + "-dhat")));
            files.add(FigureTableWriter.write(tables.get(table++), dir));
            files.addAll(FigureWriter.save(series(name + ": gain of region 1", "psi 1(t)", t.panels(), false),
                    dir.resolve(name + "-gain")));
            files.add(FigureTableWriter.write(tables.get(table++), dir));
            files.addAll(FigureWriter.save(scaledSpectrum(t), dir.resolve(name + "-scaled-spectrum")));
            files.add(FigureTableWriter.write(tables.get(table++), dir));
            files.addAll(FigureWriter.save(attractors(t), dir.resolve(name + "-attractors")));
        }
        files.add(FigureTableWriter.write(tables.get(table), dir));
        for (TextTable text : data.textTables()) {
            files.add(FigureTableWriter.write(text, dir));
        }
        return files;
    }

    private static XYChart spectrum(Fig6.TensorData t) {
        XYChart chart = ChartStyle.xy(t.name() + ": eigenvalues of That", "Re", "Im");
        String[] labels = {"intact", "region 1 silenced"};
        List<List<Complex>> variants = List.of(t.intact(), t.silenced());
        for (int v = 0; v < 2; v++) {
            XYSeries s = chart.addSeries(labels[v], variants.get(v).stream().mapToDouble(Complex::getReal).toArray(),
                    variants.get(v).stream().mapToDouble(Complex::getImaginary).toArray());
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(v == 0 ? SeriesMarkers.CIRCLE : SeriesMarkers.DIAMOND);
            s.setMarkerColor(ChartStyle.color(v));
        }
        return chart;
    }

    /** S^{2 3} over the last time units or psi^1 over the whole run, one line per shown g1. */
    private static XYChart series(String title, String yAxis, List<Fig6.Panel> panels, boolean current) {
        XYChart chart = ChartStyle.xy(title, "time", yAxis);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        for (int i = 0; i < panels.size(); i++) {
            Fig6.Panel p = panels.get(i);
            ChartStyle.line(chart, label(p.g1()), current ? p.lastTime() : p.time(),
                    current ? p.current23() : p.gain1(), i, ChartStyle.SOLID);
        }
        return chart;
    }

    private static XYChart dhat(Fig6.TensorData t) {
        XYChart chart = ChartStyle.xy(t.name() + ": Dhat(tau) at the midpoint (solid: region 1, dashed: region 2)",
                "lag tau", "Dhat(tau)");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        for (int i = 0; i < t.panels().size(); i++) {
            Fig6.Panel p = t.panels().get(i);
            ChartStyle.line(chart, label(p.g1()) + ", region 1", p.tau(), p.dhat()[0], i, ChartStyle.SOLID);
            ChartStyle.line(chart, label(p.g1()) + ", region 2", ChartStyle.every(p.tau(), 20),
                    ChartStyle.every(p.dhat()[1], 20), i, ChartStyle.DASHED);
        }
        return chart;
    }

    private static XYChart scaledSpectrum(Fig6.TensorData t) {
        XYChart chart = ChartStyle.xy(t.name() + ": eigenvalues of the psi(t)-scaled That, last 50 time units",
                "Re", "Im");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        for (int i = 0; i < t.panels().size(); i++) {
            Fig6.Panel p = t.panels().get(i);
            XYSeries s = chart.addSeries(label(p.g1()), p.scaledSpectrum().stream().mapToDouble(z -> z[1]).toArray(),
                    p.scaledSpectrum().stream().mapToDouble(z -> z[2]).toArray());
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(ChartStyle.color(i));
        }
        ChartStyle.line(chart, "Re = 1", new double[] {1.0, 1.0}, new double[] {-1.5, 1.5}, 7, ChartStyle.DASHED);
        return chart;
    }

    /** Stacked shares of starts per attractor kind (labels of the three regions) at every g1. */
    private static CategoryChart attractors(Fig6.TensorData t) {
        List<String> g1s = t.censuses().stream().map(c -> String.format(Locale.ROOT, "%.2f", c.g1())).toList();
        CategoryChart chart = new CategoryChartBuilder().width(900).height(550)
                .title(t.name() + ": share of starts reaching each attractor").xAxisTitle("g1")
                .yAxisTitle("share of starts").build();
        chart.getStyler().setStacked(true);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setYAxisMax(1.0);
        int c = 0;
        for (Map.Entry<String, double[]> e : t.shares().entrySet()) {
            List<Double> y = new ArrayList<>();
            for (double v : e.getValue()) {
                y.add(v);
            }
            chart.addSeries(e.getKey(), g1s, y).setFillColor(ChartStyle.color(c++));
        }
        return chart;
    }

    private static String label(double g1) {
        return String.format(Locale.ROOT, "g1 = %.1f", g1);
    }
}
