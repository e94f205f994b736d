package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.complex.Complex;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mrdmft.figures.DataTable;
import org.mrdmft.figures.FiveRegion;
import org.mrdmft.io.FigureTableWriter;

/**
 * five-region (docs/FIGURES.md (five-region)): draws the data of {@link FiveRegion}. The eigenvalues of That with
 * discs of radius 1, 2, 3; for each common g the current magnitude ||S(t)||, the mean gain psi(t) and the
 * region-mean normalised lag slice Dhat(tau) at the midpoint reference time.
 */
public final class FiveRegionFigure implements PaperFigure {
    @Override
    public String name() {
        return "five-region";
    }

    @Override
    public String description() {
        return "five regions: That spectrum with discs; ||S(t)||, psi(t), Dhat(tau) for g = 0, 1, 2, 3";
    }

    @Override
    public List<Path> render(Path dir, boolean full) throws IOException {
        FiveRegion.Data data = FiveRegion.compute(full ? FiveRegion.Options.full() : FiveRegion.Options.quick());
        List<DataTable> tables = data.tables();
        List<Path> files = new ArrayList<>(FigureWriter.save(spectrum(data.spectrum()),
                dir.resolve("five-region-spectrum")));
        files.add(FigureTableWriter.write(tables.get(0), dir));
        XYChart norms = ChartStyle.xy("five regions: current magnitude", "time", "||S(t)||");
        XYChart gains = ChartStyle.xy("five regions: mean gain", "time", "mean psi(t)");
        XYChart slices = ChartStyle.xy("five regions: normalised lag slice at the midpoint", "lag tau",
                "region-mean Dhat(tau)");
        for (int k = 0; k < data.courses().size(); k++) {
            FiveRegion.Course c = data.courses().get(k);
            String label = "g = " + c.disorder();
            ChartStyle.line(norms, label, c.time(), c.currentNorm(), k, ChartStyle.SOLID);
            ChartStyle.line(gains, label, c.time(), c.meanGain(), k, ChartStyle.SOLID);
            ChartStyle.line(slices, label, c.lag(), c.meanDhat(), k, ChartStyle.SOLID);
        }
        files.addAll(FigureWriter.save(norms, dir.resolve("five-region-currents")));
        files.addAll(FigureWriter.save(gains, dir.resolve("five-region-gain")));
        files.addAll(FigureWriter.save(slices, dir.resolve("five-region-lag-slices")));
        files.add(FigureTableWriter.write(tables.get(1), dir));
        files.add(FigureTableWriter.write(tables.get(2), dir));
        return files;
    }

    private static XYChart spectrum(List<Complex> eig) {
        XYChart chart = ChartStyle.xy("five regions: eigenvalues of That and bulk discs", "Re", "Im");
        XYSeries points = chart.addSeries("eigenvalues of That",
                eig.stream().mapToDouble(Complex::getReal).toArray(),
                eig.stream().mapToDouble(Complex::getImaginary).toArray());
        points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        points.setMarker(SeriesMarkers.CIRCLE);
        for (int radius = 1; radius <= 3; radius++) {
            double[] x = new double[201];
            double[] y = new double[201];
            for (int i = 0; i <= 200; i++) {
                x[i] = radius * Math.cos(2 * Math.PI * i / 200);
                y[i] = radius * Math.sin(2 * Math.PI * i / 200);
            }
            ChartStyle.line(chart, "bulk radius g = " + radius, x, y, radius, ChartStyle.SOLID);
        }
        return chart;
    }
}
