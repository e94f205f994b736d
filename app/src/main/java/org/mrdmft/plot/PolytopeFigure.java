package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mrdmft.stationary.FixedPointPolytope;
import org.mrdmft.stationary.PolytopeReport;

/**
 * polytope: the fixed-point manifold of reciprocal networks with a = 0 (docs/MODEL.md section 3). For b^mu drawn
 * from U(1, 3) and sorted, R in {5, 6, 7}: the number of fracture variables f against log10 of the vertex
 * count, mean +- 2 SD over the draws with that f (R = 5 gives 42, 30, 20, 12, 6 vertices for f = 0..4).
 * Second panel: for one seeded draw (R = 5, the first with f &gt;= 2, g = 0), the fixed points that a
 * multi-start search finds on the manifold, projected on two pair currents (the first two fracture
 * currents), coloured by component: they cluster into 2^f components, one per sign pattern of the fracture
 * currents.
 */
public final class PolytopeFigure implements PaperFigure {
    static final int[] REGIONS = {5, 6, 7};
    static final long SEED = 20250214L;
    /** Seed of the draw of the components panel (b, signs) and of its search's starts. */
    static final long COMPONENTS_SEED = 5L;
    static final int COMPONENTS_REGIONS = 5;

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
        int[] draws = full ? new int[] {2000, 500, 100} : new int[] {400, 100, 24};
        XYChart chart = ChartStyle.xy("fixed-point polytope (a = 0, b ~ U(1, 3))", "fracture variables f",
                "log10(vertex count)");
        List<double[]> rows = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(SEED);
        for (int k = 0; k < REGIONS.length; k++) {
            int r = REGIONS[k];
            int maxF = r * (r - 1) / 2;
            double[] sum = new double[maxF + 1];
            double[] sumSq = new double[maxF + 1];
            int[] count = new int[maxF + 1];
            for (int d = 0; d < draws[k]; d++) {
                double[] b = new double[r];
                for (int mu = 0; mu < r; mu++) {
                    b[mu] = 1.0 + 2.0 * rng.nextDouble();
                }
                Arrays.sort(b);
                PolytopeReport report = new FixedPointPolytope(b).report();
                if (!report.feasible() || report.vertexCount() == 0) {
                    continue;
                }
                int f = report.fractureCount();
                double lv = Math.log10(report.vertexCount());
                sum[f] += lv;
                sumSq[f] += lv * lv;
                count[f]++;
                rows.add(new double[] {r, d, f, report.vertexCount(), report.components()});
            }
            List<double[]> pts = new ArrayList<>();
            for (int f = 0; f <= maxF; f++) {
                if (count[f] > 0) {
                    double mean = sum[f] / count[f];
                    double var = Math.max(0.0, sumSq[f] / count[f] - mean * mean);
                    pts.add(new double[] {f, mean, 2.0 * Math.sqrt(var)});
                }
            }
            XYSeries s = chart.addSeries("R = " + r, pts.stream().mapToDouble(p -> p[0]).toArray(),
                    pts.stream().mapToDouble(p -> p[1]).toArray(), pts.stream().mapToDouble(p -> p[2]).toArray());
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setLineColor(ChartStyle.color(k));
            s.setMarkerColor(ChartStyle.color(k));
        }
        CsvTable table = new CsvTable()
                .column("regions", rows.stream().mapToDouble(x -> x[0]).toArray())
                .column("draw", rows.stream().mapToDouble(x -> x[1]).toArray())
                .column("fractureVariables", rows.stream().mapToDouble(x -> x[2]).toArray())
                .column("vertices", rows.stream().mapToDouble(x -> x[3]).toArray())
                .column("components", rows.stream().mapToDouble(x -> x[4]).toArray());
        List<Path> files = new ArrayList<>(FigureWriter.save(chart, dir.resolve("polytope")));
        files.add(table.write(dir.resolve("polytope.csv")));
        files.addAll(components(dir, full ? 1000 : 200));
        return files;
    }

    /** The components panel's data: the seeded draw searched from {@code starts} starts. */
    static FixedPointComponents componentsData(int starts) {
        double[][] draw = FixedPointComponents.draw(COMPONENTS_SEED, COMPONENTS_REGIONS, 2);
        return FixedPointComponents.search(draw[0], draw[1], starts, COMPONENTS_SEED);
    }

    private static List<Path> components(Path dir, int starts) throws IOException {
        FixedPointComponents c = componentsData(starts);
        int[][] fracture = c.polytope().fracturePairs();
        int f = fracture.length;
        int[] xPair = fracture[0];
        int[] yPair = fracture[1];
        String xName = "S^{" + (xPair[0] + 1) + " " + (xPair[1] + 1) + "}";
        String yName = "S^{" + (yPair[0] + 1) + " " + (yPair[1] + 1) + "}";
        XYChart chart = ChartStyle.xy(String.format(java.util.Locale.ROOT,
                "fixed points from %d random starts (R = %d, f = %d): %d components found, 2^f = %d", starts,
                c.b().length, f, c.componentsFound(), 1 << f), "fracture current " + xName + " (dimensionless)",
                "fracture current " + yName + " (dimensionless)");
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        int points = c.currents().size();
        List<String> names = new ArrayList<>();
        for (int[] p : fracture) {
            names.add("S^{" + (p[0] + 1) + " " + (p[1] + 1) + "}");
        }
        String signsOf = "signs of " + String.join(", ", names) + ": ";
        for (int comp = 0; comp < 1 << f; comp++) {
            List<double[]> pts = new ArrayList<>();
            for (int k = 0; k < points; k++) {
                if (c.component()[k] == comp) {
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
        List<Path> files = new ArrayList<>(FigureWriter.save(chart, dir.resolve("polytope-components")));
        int r = c.b().length;
        CsvTable table = new CsvTable().column("component", java.util.Arrays.stream(c.component()).asDoubleStream()
                .toArray());
        for (int mu = 0; mu < r; mu++) {
            for (int nu = 0; nu < r; nu++) {
                double[] col = new double[points];
                for (int k = 0; k < points; k++) {
                    col[k] = c.currents().get(k)[mu][nu];
                }
                table.column("S_" + (mu + 1) + "_" + (nu + 1), col);
            }
        }
        files.add(table.write(dir.resolve("polytope-components.csv")));
        double[] region = new double[r];
        for (int mu = 0; mu < r; mu++) {
            region[mu] = mu + 1;
        }
        files.add(new CsvTable().column("region", region).column("b", c.b()).column("sign", c.signs())
                .write(dir.resolve("polytope-components-network.csv")));
        double[] fi = new double[f];
        double[] fj = new double[f];
        for (int k = 0; k < f; k++) {
            fi[k] = fracture[k][0] + 1;
            fj[k] = fracture[k][1] + 1;
        }
        files.add(new CsvTable().column("fracturePair", java.util.stream.IntStream.range(0, f).asDoubleStream().toArray())
                .column("i", fi).column("j", fj).write(dir.resolve("polytope-components-fracture-pairs.csv")));
        files.add(new CsvTable().column("fractureVariables", new double[] {f})
                .column("componentsExpected", new double[] {1 << f})
                .column("componentsFound", new double[] {c.componentsFound()})
                .column("vertices", new double[] {c.polytope().vertexCount()})
                .column("starts", new double[] {c.starts()}).column("converged", new double[] {c.converged()})
                .column("fixedPointsOnManifold", new double[] {points})
                .column("discardedFixedPoints", new double[] {c.discarded()})
                .write(dir.resolve("polytope-components-summary.csv")));
        return files;
    }

    private static final org.knowm.xchart.style.markers.Marker[] MARKERS = {SeriesMarkers.CIRCLE,
        SeriesMarkers.DIAMOND, SeriesMarkers.SQUARE, SeriesMarkers.TRIANGLE_UP};
}
