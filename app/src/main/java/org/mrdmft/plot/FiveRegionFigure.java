package org.mrdmft.plot;

import org.mrdmft.figures.PaperTensors;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.complex.Complex;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.dmft.LagSlice;
import org.mrdmft.dmft.TransientProblem;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.dmft.TransientSolvers;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.stationary.Spectra;

/**
 * five-region: disorder and the complexity of current dynamics (R = 5, U = I, the tensor of
 * docs/FIGURES.md (five-region)). The eigenvalues of That with discs of radius 1, 2, 3; for a common g in {0, 1, 2, 3}
 * the current magnitude ||S(t)||, the mean gain psi(t) and the region-mean normalised lag slice Dhat(tau) at the
 * midpoint reference time. Irregular currents at g = 0, 1, weaker at 2, none at 3.
 */
public final class FiveRegionFigure implements PaperFigure {
    static final double[] DISORDER = {0, 1, 2, 3};

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
        double[][][] t = PaperTensors.load("five-region");
        List<Path> files = new ArrayList<>(spectrum(t, dir));
        XYChart norms = ChartStyle.xy("five regions: current magnitude", "time", "||S(t)||");
        XYChart gains = ChartStyle.xy("five regions: mean gain", "time", "mean psi(t)");
        XYChart slices = ChartStyle.xy("five regions: normalised lag slice at the midpoint", "lag tau",
                "region-mean Dhat(tau)");
        CsvTable timeTable = null;
        CsvTable lagTable = null;
        for (int k = 0; k < DISORDER.length; k++) {
            double g = DISORDER[k];
            NetworkModel m = NetworkModel.of(new double[] {g, g, g, g, g}, t);
            TransientProblem p = new TransientProblem(m, DmftSettings.defaults());
            TransientResult r = TransientSolvers.forProblem(p).solve(p);
            double[] time = new double[r.steps()];
            double[] norm = new double[r.steps()];
            double[] psi = new double[r.steps()];
            for (int i = 0; i < r.steps(); i++) {
                time[i] = r.time(i);
                double acc = 0;
                for (double[] row : r.currents()[i]) {
                    for (double s : row) {
                        acc += s * s;
                    }
                }
                norm[i] = Math.sqrt(acc);
                double mean = 0;
                for (double v : r.gain()[i]) {
                    mean += v / 5.0;
                }
                psi[i] = mean;
            }
            LagSlice mid = r.lagSlices().get(r.lagSlices().size() - 1);
            double[] lag = new double[mid.lags()];
            double[] dhat = new double[mid.lags()];
            for (int i = 0; i < lag.length; i++) {
                lag[i] = i * r.dt();
                for (int mu = 0; mu < 5; mu++) {
                    dhat[i] += mid.normalised()[mu][i] / 5.0;
                }
            }
            String label = "g = " + g;
            ChartStyle.line(norms, label, time, norm, k, ChartStyle.SOLID);
            ChartStyle.line(gains, label, time, psi, k, ChartStyle.SOLID);
            ChartStyle.line(slices, label, lag, dhat, k, ChartStyle.SOLID);
            if (timeTable == null) {
                timeTable = new CsvTable().column("t", time);
                lagTable = new CsvTable().column("tau", lag);
            }
            timeTable.column("currentNorm_g" + g, norm).column("meanGain_g" + g, psi);
            lagTable.column("meanDhat_g" + g, dhat);
        }
        files.addAll(FigureWriter.save(norms, dir.resolve("five-region-currents")));
        files.addAll(FigureWriter.save(gains, dir.resolve("five-region-gain")));
        files.addAll(FigureWriter.save(slices, dir.resolve("five-region-lag-slices")));
        files.add(timeTable.write(dir.resolve("five-region-time.csv")));
        files.add(lagTable.write(dir.resolve("five-region-lags.csv")));
        return files;
    }

    private static List<Path> spectrum(double[][][] t, Path dir) throws IOException {
        Complex[] eig = Spectra.outliers(NetworkModel.of(new double[5], t));
        double[] re = new double[eig.length];
        double[] im = new double[eig.length];
        for (int i = 0; i < eig.length; i++) {
            re[i] = eig[i].getReal();
            im[i] = eig[i].getImaginary();
        }
        XYChart chart = ChartStyle.xy("five regions: eigenvalues of That and bulk discs", "Re", "Im");
        XYSeries points = chart.addSeries("eigenvalues of That", re, im);
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
        List<Path> files = new ArrayList<>(FigureWriter.save(chart, dir.resolve("five-region-spectrum")));
        files.add(new CsvTable().column("re", re).column("im", im).write(dir.resolve("five-region-spectrum.csv")));
        return files;
    }
}
