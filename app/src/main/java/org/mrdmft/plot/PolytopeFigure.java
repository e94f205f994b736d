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
 * polytope: the fixed-point manifold of reciprocal networks with a = 0 (MODEL.md section 3). For b^mu drawn
 * from U(1, 3) and sorted, R in {5, 6, 7}: the number of fracture variables f against log10 of the vertex
 * count, mean +- 2 SD over the draws with that f (R = 5 gives 42, 30, 20, 12, 6 vertices for f = 0..4).
 */
public final class PolytopeFigure implements PaperFigure {
    static final int[] REGIONS = {5, 6, 7};
    static final long SEED = 20250214L;

    @Override
    public String name() {
        return "polytope";
    }

    @Override
    public String description() {
        return "fixed-point manifold: fracture variables f against log10(vertex count), R = 5, 6, 7";
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
        return files;
    }
}
