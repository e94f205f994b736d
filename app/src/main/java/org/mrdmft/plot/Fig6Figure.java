package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.complex.Complex;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mrdmft.config.DmftMode;
import org.mrdmft.config.DmftScheme;
import org.mrdmft.config.DmftSettings;
import org.mrdmft.dmft.TransientProblem;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.dmft.TransientSolvers;
import org.mrdmft.dynamics.DynamicsLabel;
import org.mrdmft.dynamics.PaperClassifier;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.stationary.Spectra;

/**
 * fig6: one region's disorder reshapes the global dynamics (R = 3, U = I, tensors T1 and T2 of FIGURES.md).
 * Only region 1 is disordered, g1 = 0.3, 0.6, ..., 3.0; Nt = 3000, dt = 0.05. Each g1 is solved from several
 * seeded initial currents and every attractor is reported with the fraction of starts reaching it (near a
 * transition the current dynamics can be bistable). Panels: the spectrum of That intact and with region 1
 * silenced (T^{mu 1 rho} = 0), and S^{2 3}(t) over the last 50 time units for each g1.
 */
public final class Fig6Figure implements PaperFigure {
    static final String[] TENSORS = {"fig6-T1", "fig6-T2"};
    static final int STARTS = 4;

    @Override
    public String name() {
        return "fig6";
    }

    @Override
    public String description() {
        return "R = 3, only region 1 disordered (g1 = 0.3..3.0), tensors T1 and T2: labels per start, spectra, S(t)";
    }

    @Override
    public List<Path> render(Path dir, boolean full) throws IOException {
        List<Path> files = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (int k = 0; k < TENSORS.length; k++) {
            double[][][] t = TensorResource.load(TENSORS[k]);
            files.addAll(spectra(TENSORS[k], t, dir));
            XYChart currents = ChartStyle.xy(TENSORS[k] + ": current S 2<-3 over the last 50 time units", "time",
                    "S 2<-3");
            currents.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
            for (int j = 1; j <= 10; j++) {
                double g1 = 0.3 * j;
                for (int seed = 0; seed < STARTS; seed++) {
                    NetworkModel m = NetworkModel.of(new double[] {g1, 0, 0}, t);
                    DmftSettings s = new DmftSettings(DmftMode.TRANSIENT, 0.05, 3000, DmftScheme.EXP_TRAPEZOID, null,
                            seed, 0, null, null, 0);
                    TransientProblem p = new TransientProblem(m, s);
                    TransientResult r = TransientSolvers.forProblem(p).solve(p);
                    List<DynamicsLabel> labels = PaperClassifier.classify(r);
                    rows.add(new double[] {k + 1, g1, seed, labels.get(0).ordinal(), labels.get(1).ordinal(),
                            labels.get(2).ordinal()});
                    if (seed == 0 && j % 3 == 0) {
                        int from = r.steps() - 1000;
                        double[] time = new double[1000];
                        double[] s23 = new double[1000];
                        for (int i = 0; i < 1000; i++) {
                            time[i] = r.time(from + i);
                            s23[i] = r.currents()[from + i][1][2];
                        }
                        ChartStyle.line(currents, String.format(java.util.Locale.ROOT, "g1 = %.1f", g1), time, s23,
                                j / 3, ChartStyle.SOLID);
                    }
                }
            }
            files.addAll(FigureWriter.save(currents, dir.resolve(TENSORS[k] + "-currents")));
        }
        CsvTable table = new CsvTable()
                .column("tensor", rows.stream().mapToDouble(x -> x[0]).toArray())
                .column("g1", rows.stream().mapToDouble(x -> x[1]).toArray())
                .column("seed", rows.stream().mapToDouble(x -> x[2]).toArray())
                .column("label_1", rows.stream().mapToDouble(x -> x[3]).toArray())
                .column("label_2", rows.stream().mapToDouble(x -> x[4]).toArray())
                .column("label_3", rows.stream().mapToDouble(x -> x[5]).toArray());
        files.add(table.write(dir.resolve("fig6-labels.csv")));
        StringBuilder legend = new StringBuilder("code,label\n");
        for (DynamicsLabel l : DynamicsLabel.values()) {
            legend.append(l.ordinal()).append(',').append(l.configName()).append('\n');
        }
        Path codes = dir.resolve("fig6-label-codes.csv");
        java.nio.file.Files.writeString(codes, legend);
        files.add(codes);
        return files;
    }

    private static List<Path> spectra(String name, double[][][] t, Path dir) throws IOException {
        double[][][] silenced = new double[3][3][3];
        for (int mu = 0; mu < 3; mu++) {
            for (int nu = 1; nu < 3; nu++) {
                silenced[mu][nu] = t[mu][nu].clone();
            }
        }
        XYChart chart = ChartStyle.xy(name + ": eigenvalues of That", "Re", "Im");
        CsvTable table = new CsvTable();
        String[] labels = {"intact", "region 1 silenced"};
        double[][][][] variants = {t, silenced};
        for (int v = 0; v < 2; v++) {
            Complex[] eig = Spectra.outliers(NetworkModel.of(new double[3], variants[v]));
            double[] re = new double[eig.length];
            double[] im = new double[eig.length];
            for (int i = 0; i < eig.length; i++) {
                re[i] = eig[i].getReal();
                im[i] = eig[i].getImaginary();
            }
            XYSeries s = chart.addSeries(labels[v], re, im);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(v == 0 ? SeriesMarkers.CIRCLE : SeriesMarkers.DIAMOND);
            s.setMarkerColor(ChartStyle.color(v));
            table.column("re_" + (v == 0 ? "intact" : "silenced"), re).column("im_" + (v == 0 ? "intact" : "silenced"), im);
        }
        List<Path> files = new ArrayList<>(FigureWriter.save(chart, dir.resolve(name + "-spectrum")));
        files.add(table.write(dir.resolve(name + "-spectrum.csv")));
        return files;
    }
}
