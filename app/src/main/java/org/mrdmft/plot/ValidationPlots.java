package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mrdmft.validation.ErrorScaling;
import org.mrdmft.validation.ObservableComparison;
import org.mrdmft.validation.ValidationReport;

/**
 * The figures of a validate run: the error of each observable against N on log-log axes with an N^(-1/2)
 * guide, and Delta(tau) of theory over simulation at the largest N.
 */
public final class ValidationPlots {
    private ValidationPlots() {
    }

    public static List<Path> write(ValidationReport r, Path dir) throws IOException {
        List<Path> files = new ArrayList<>(FigureWriter.save(errors(r), dir.resolve("validate-errors")));
        files.addAll(FigureWriter.save(autocorrelation(r), dir.resolve("validate-autocorrelation")));
        return files;
    }

    static XYChart errors(ValidationReport r) {
        XYChart chart = ChartStyle.xy("theory vs simulation: error against N", "neurons per region N",
                "|simulation - theory|");
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        int k = 0;
        double maxError = 0;
        for (ErrorScaling s : r.scalings()) {
            List<ObservableComparison> rows = r.comparisons().stream().filter(c -> c.observable().equals(s.observable())
                    && c.region() == s.region()).toList();
            double[] n = rows.stream().mapToDouble(ObservableComparison::neurons).toArray();
            double[] e = rows.stream().mapToDouble(c -> Math.max(c.error(), 1e-12)).toArray();
            maxError = Math.max(maxError, java.util.Arrays.stream(e).max().orElse(0));
            XYSeries series = chart.addSeries(s.observable() + " region " + (s.region() + 1), n, e);
            series.setMarker(SeriesMarkers.CIRCLE);
            series.setLineColor(ChartStyle.color(k));
            series.setMarkerColor(ChartStyle.color(k++));
        }
        double[] n = r.comparisons().stream().mapToDouble(ObservableComparison::neurons).distinct().sorted().toArray();
        double[] guide = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            guide[i] = Math.max(maxError, 1e-12) * Math.sqrt(n[0] / n[i]);
        }
        XYSeries g = chart.addSeries("N^(-1/2)", n, guide);
        g.setMarker(SeriesMarkers.NONE);
        g.setLineColor(java.awt.Color.BLACK);
        g.setLineStyle(ChartStyle.DASHED);
        return chart;
    }

    static XYChart autocorrelation(ValidationReport r) {
        XYChart chart = ChartStyle.xy("Delta(tau): theory (lines) and simulation (points), largest N", "lag tau",
                "Delta(tau)");
        for (int mu = 0; mu < r.theoryAutocorrelation().length; mu++) {
            XYSeries t = chart.addSeries("theory region " + (mu + 1), r.lags(), r.theoryAutocorrelation()[mu]);
            t.setMarker(SeriesMarkers.NONE);
            t.setLineColor(ChartStyle.color(mu));
            XYSeries s = chart.addSeries("simulation region " + (mu + 1), r.lags(), r.simulatedAutocorrelation()[mu]);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(ChartStyle.color(mu));
        }
        return chart;
    }
}
