package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mrdmft.simulation.SimulationScheme;
import org.mrdmft.simulation.SimulationSettings;
import org.mrdmft.stationary.StationarySettings;
import org.mrdmft.stationary.FixedPoint;
import org.mrdmft.stationary.StationaryAnalysis;
import org.mrdmft.stationary.StationaryBranch;
import org.mrdmft.stationary.StationaryResult;

/**
 * fig4c: fixed points of five reciprocally coupled regions with disorder (three cases of docs/FIGURES.md (fig4c);
 * region 1's disorder rises across them). Theory: the stationary DMFT (what {@code dmft.mode: stationary} solves, 64
 * seeded starts), each region's branch and its row norm sqrt(A^mu) at the representative fixed point; every
 * stable fixed point found has the same row norms (their spread is in the CSV). Simulation: forward Euler,
 * dt = 0.05, as the paper, independent dense random blocks per region. In case 3 region 1 is purely chaotic
 * (A = 0) and carries no current; at finite N its simulated row norm is a fluctuation that shrinks with N, which
 * {@code --full} shows in a panel of case 3's region-1 row norm against N (with an N^(-1/2) guide).
 *
 * <p>Quick: N = 500, T = 100, 3 draws. {@code --full}: N = 4000, T = 400, 5 draws (about an hour on two
 * cores). The paper's N = 100,000 needs one 100,000 x 100,000 matrix (80 GB in doubles, and more entries
 * than a Java array holds), out of reach of this simulator.
 */
public final class Fig4cFigure implements PaperFigure {
    static final long SEED = 4L;
    /** The stationary search of examples/fig4c-case3.yaml: 64 starts, seed 1. */
    static final StationarySettings STATIONARY = new StationarySettings(64, 1L, 2.0, 1e-12, 0.05, 60.0);

    @Override
    public String name() {
        return "fig4c";
    }

    @Override
    public String description() {
        return "R = 5, reciprocal, disorder per region, three cases: stationary theory vs simulation row norms";
    }

    /**
     * The network sizes of the case-3 trend panel, only with {@code --full} (at the quick N the residue is still
     * of order one and fluctuates too slowly for a 100-unit run to show its trend); at the figure's own N its
     * draws are reused.
     */
    static int[] trendSizes(boolean full) {
        return full ? new int[] {500, 1000, 2000, 4000} : new int[0];
    }

    static SimulationSettings settings(boolean full) {
        double duration = full ? 400.0 : 100.0;
        return new SimulationSettings(full ? 4000 : 500, 0.05, duration, full ? 5 : 3, SEED, SimulationScheme.EULER,
                5, duration / 2, 0, false);
    }

    /** The stationary theory's row norms and branches of one case. */
    record CaseTheory(double[] rowNorms, double[] spread, StationaryBranch[] branches) {
        static CaseTheory of(ReciprocalCase c) {
            StationaryResult r = new StationaryAnalysis(c.model()).analyse(STATIONARY);
            FixedPoint rep = r.representative();
            int regions = c.regions();
            double[] norms = norms(rep);
            double[] spread = new double[regions];
            for (FixedPoint fp : r.search().fixedPoints()) {
                if (fp.stable()) {
                    double[] n = norms(fp);
                    for (int mu = 0; mu < regions; mu++) {
                        spread[mu] = Math.max(spread[mu], Math.abs(n[mu] - norms[mu]));
                    }
                }
            }
            StationaryBranch[] branches = new StationaryBranch[regions];
            for (int mu = 0; mu < regions; mu++) {
                branches[mu] = rep.regions().get(mu).branch();
            }
            return new CaseTheory(norms, spread, branches);
        }

        private static double[] norms(FixedPoint fp) {
            double[][] s = fp.currents();
            double[] out = new double[s.length];
            for (int mu = 0; mu < s.length; mu++) {
                double acc = 0.0;
                for (double v : s[mu]) {
                    acc += v * v;
                }
                out[mu] = Math.sqrt(acc);
            }
            return out;
        }

        /** The regions that are not static, for the titles ("region 1 pure chaos, no current"). */
        String note() {
            List<String> parts = new ArrayList<>();
            for (int mu = 0; mu < branches.length; mu++) {
                if (branches[mu] == StationaryBranch.SCS) {
                    parts.add("region " + (mu + 1) + " pure chaos, no current");
                } else if (branches[mu] == StationaryBranch.CHAOTIC) {
                    parts.add("region " + (mu + 1) + " chaos with structure");
                }
            }
            return parts.isEmpty() ? "chaos suppressed everywhere" : String.join("; ", parts);
        }

        /** Branch codes for the CSV: 0 static (chaos suppressed), 1 chaos with structure, 2 pure chaos. */
        double[] branchCodes() {
            double[] out = new double[branches.length];
            for (int mu = 0; mu < out.length; mu++) {
                out[mu] = branches[mu].ordinal();
            }
            return out;
        }
    }

    @Override
    public List<Path> render(Path dir, boolean full) throws IOException {
        SimulationSettings settings = settings(full);
        List<Path> files = new ArrayList<>();
        RowNormTable norms = new RowNormTable();
        List<ReciprocalCase> cases = ReciprocalCase.fig4c();
        for (int k = 0; k < cases.size(); k++) {
            ReciprocalCase c = cases.get(k);
            CaseTheory theory = CaseTheory.of(c);
            CaseSimulation sim = CaseSimulation.run(c.model(), settings);
            files.addAll(new FixedPointCasePanels(c, sim, theory.rowNorms(), "stationary DMFT sqrt(A)",
                    "theory: " + theory.note()).write(dir));
            files.add(new CsvTable().column("region", regions(c.regions())).column("branch", theory.branchCodes())
                    .column("theoryRowNorm", theory.rowNorms()).column("spreadOverStableFixedPoints", theory.spread())
                    .write(dir.resolve(c.name() + "-theory.csv")));
            norms.add(k + 1, sim, theory.rowNorms());
            if (k == cases.size() - 1 && trendSizes(full).length > 0) {
                files.addAll(silentRegionTrend(c, sim, settings, trendSizes(full), dir));
            }
        }
        files.add(norms.write(dir.resolve("fig4c-row-norms.csv")));
        files.add(SimulationNote.write(dir.resolve("fig4c-simulation.csv"), settings));
        java.nio.file.Files.writeString(dir.resolve("fig4c-branch-codes.csv"),
                "code,branch\n0,chaos-suppressed\n1,chaos-with-structure\n2,chaos\n");
        files.add(dir.resolve("fig4c-branch-codes.csv"));
        return files;
    }

    /**
     * Case 3, region 1 (pure chaos in theory): its simulated row norm against N, every draw, with an N^(-1/2)
     * guide through the mean at the largest N; the other sizes are simulated with the same settings otherwise.
     */
    private static List<Path> silentRegionTrend(ReciprocalCase c, CaseSimulation largest, SimulationSettings s,
                                                int[] sizes, Path dir) throws IOException {
        List<double[]> rows = new ArrayList<>();
        double[] mean = new double[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            CaseSimulation sim = sizes[i] == s.neurons() ? largest : CaseSimulation.run(c.model(),
                    new SimulationSettings(sizes[i], s.dt(), s.duration(), s.draws(), s.seed(), s.scheme(),
                            s.recordEvery(), s.burnIn(), s.threads(), s.sharedMatrix()));
            for (int d = 0; d < sim.rowNorms().length; d++) {
                rows.add(new double[] {sizes[i], d + 1, sim.rowNorms()[d][0]});
                mean[i] += sim.rowNorms()[d][0] / sim.rowNorms().length;
            }
        }
        double[] n = rows.stream().mapToDouble(x -> x[0]).toArray();
        double[] norm = rows.stream().mapToDouble(x -> x[2]).toArray();
        org.knowm.xchart.XYChart chart = ChartStyle.xy(c.name().replace("-case", " case ")
                + ": region 1 (pure chaos in theory, no current) against N", "neurons per region N",
                "row norm ||S^{1 .}|| (dimensionless)");
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        org.knowm.xchart.XYSeries points = chart.addSeries("simulation, every draw (late average)", n, norm);
        points.setXYSeriesRenderStyle(org.knowm.xchart.XYSeries.XYSeriesRenderStyle.Scatter);
        points.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.CIRCLE);
        points.setMarkerColor(ChartStyle.color(0));
        double[] x = new double[sizes.length];
        double[] guide = new double[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            x[i] = sizes[i];
            guide[i] = mean[sizes.length - 1] * Math.sqrt((double) sizes[sizes.length - 1] / sizes[i]);
        }
        ChartStyle.line(chart, "N^(-1/2) through the mean at N = " + sizes[sizes.length - 1], x, guide, 6,
                ChartStyle.DASHED);
        String base = c.name() + "-region1-vs-N";
        List<Path> files = new ArrayList<>(FigureWriter.save(chart, dir.resolve(base)));
        files.add(new CsvTable().column("neurons", n).column("draw", rows.stream().mapToDouble(r -> r[1]).toArray())
                .column("rowNorm_1", norm).write(dir.resolve(base + ".csv")));
        return files;
    }

    private static double[] regions(int r) {
        double[] x = new double[r];
        for (int mu = 0; mu < r; mu++) {
            x[mu] = mu + 1;
        }
        return x;
    }
}
