package org.mrdmft.plot;

import org.mrdmft.figures.PaperTensors;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hipparchus.complex.Complex;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mrdmft.dynamics.Attractor;
import org.mrdmft.dynamics.DynamicsLabel;
import org.mrdmft.dynamics.RegionDynamics;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.stationary.Spectra;

/**
 * fig6: one region's disorder reshapes the global dynamics (R = 3, U = I, tensors T1 and T2, docs/FIGURES.md (fig6)).
 * Only region 1 is disordered, g1 = 0.3, 0.6, ..., 3.0 (plus 0.45, 0.5, 0.55 where T1's currents turn
 * from a fixed point to a limit cycle); Nt = 3000, dt = 0.05. Each g1 is solved from {@value #STARTS}
 * seeded initial currents ({@value #FULL_STARTS} with --full) and every attractor is reported with the share
 * of starts reaching it (near a transition the current dynamics can be bistable). Labels come from the
 * default currents rule, with the paper's rule beside them. Panels per tensor: the spectrum of That intact
 * and with region 1 silenced (T^{mu 1 rho} = 0); for g1 in {@link #SHOWN}: S^{2 3}(t) over the last 50 time
 * units, Dhat(tau) at the midpoint reference time, psi^1(t), the eigenvalues of the psi(t)-scaled That over
 * time; and the shares of attractors at every g1.
 */
public final class Fig6Figure implements PaperFigure {
    static final String[] TENSORS = {"fig6-T1", "fig6-T2"};
    static final int STARTS = 8;
    static final int FULL_STARTS = 24;
    /** The disorders whose time courses are drawn. */
    static final double[] SHOWN = {0.3, 0.6, 1.5, 2.1, 2.7};
    /** Extra disorders near T1's transition. */
    static final double[] TRANSITION = {0.45, 0.5, 0.55};

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
        int starts = full ? FULL_STARTS : STARTS;
        List<Path> files = new ArrayList<>();
        CsvTable labels = new CsvTable();
        List<double[]> labelRows = new ArrayList<>();
        StringBuilder attractors = new StringBuilder(
                "tensor,g1,attractor,labels,currents_2,period,amplitude,fraction,starts\n");
        for (int k = 0; k < TENSORS.length; k++) {
            double[][][] t = PaperTensors.load(TENSORS[k]);
            files.addAll(spectra(TENSORS[k], t, dir));
            List<Fig6Runs> all = new ArrayList<>();
            for (double g1 : disorders()) {
                all.add(Fig6Runs.solve(t, g1, starts));
            }
            List<Fig6Runs> shown = all.stream().filter(r -> isShown(r.g1())).toList();
            files.addAll(Fig6Panels.currents(TENSORS[k], shown, dir));
            files.addAll(Fig6Panels.dhat(TENSORS[k], shown, dir));
            files.addAll(Fig6Panels.gain(TENSORS[k], shown, dir));
            files.addAll(Fig6Panels.scaledSpectrum(TENSORS[k], shown, dir));
            files.addAll(Fig6Panels.attractors(TENSORS[k], all, dir));
            for (Fig6Runs runs : all) {
                for (int seed = 0; seed < starts; seed++) {
                    List<RegionDynamics> d = runs.dynamics().get(seed);
                    List<DynamicsLabel> paper = runs.paperLabels().get(seed);
                    labelRows.add(new double[] {k + 1, runs.g1(), seed, d.get(0).label().ordinal(),
                        d.get(1).label().ordinal(), d.get(2).label().ordinal(), paper.get(0).ordinal(),
                        paper.get(1).ordinal(), paper.get(2).ordinal(), d.get(1).period(), d.get(1).decay(),
                        d.get(0).decay()});
                }
                int a = 0;
                for (Attractor at : runs.attractors()) {
                    attractors.append(String.format(Locale.ROOT, "%d,%.2f,%d,%s,%s,%s,%.6g,%.6g,%s%n", k + 1,
                            runs.g1(), ++a, Fig6Panels.kind(at.labels()),
                            runs.dynamics().get(at.starts().get(0)).get(1).currents().configName(),
                            Double.isNaN(at.period()) ? "" : String.format(Locale.ROOT, "%.6g", at.period()),
                            at.amplitude(), at.fraction(),
                            String.join(" ", at.starts().stream().map(String::valueOf).toList())));
                }
            }
        }
        String[] names = {"tensor", "g1", "seed", "label_1", "label_2", "label_3", "paperLabel_1", "paperLabel_2",
            "paperLabel_3", "period_2", "decay_2", "decay_1"};
        for (int c = 0; c < names.length; c++) {
            int col = c;
            labels.column(names[c], labelRows.stream().mapToDouble(x -> x[col]).toArray());
        }
        files.add(labels.write(dir.resolve("fig6-labels.csv")));
        Path attractorFile = dir.resolve("fig6-attractors.csv");
        java.nio.file.Files.writeString(attractorFile, attractors);
        files.add(attractorFile);
        StringBuilder legend = new StringBuilder("code,label\n");
        for (DynamicsLabel l : DynamicsLabel.values()) {
            legend.append(l.ordinal()).append(',').append(l.configName()).append('\n');
        }
        Path codes = dir.resolve("fig6-label-codes.csv");
        java.nio.file.Files.writeString(codes, legend);
        files.add(codes);
        return files;
    }

    /** 0.3, 0.45, 0.5, 0.55, 0.6, 0.9, ..., 3.0. */
    static double[] disorders() {
        List<Double> g = new ArrayList<>();
        for (int j = 1; j <= 10; j++) {
            g.add(Math.round(3.0 * j) / 10.0);
            if (j == 1) {
                for (double x : TRANSITION) {
                    g.add(x);
                }
            }
        }
        return g.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static boolean isShown(double g1) {
        for (double s : SHOWN) {
            if (Math.abs(s - g1) < 1e-9) {
                return true;
            }
        }
        return false;
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
