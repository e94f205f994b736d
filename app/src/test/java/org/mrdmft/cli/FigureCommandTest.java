package org.mrdmft.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mrdmft figure}: the theory figures render with their data, and the data carry the known facts. */
class FigureCommandTest {
    @TempDir
    Path tmp;

    private static List<String[]> csv(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(l -> l.split(",", -1)).toList();
    }

    /** The names of the files (and directories) in {@code dir}, sorted. */
    private static List<String> names(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Each chart as PNG, SVG and PDF, the CSV files and summary.json, sorted. */
    private static List<String> fileSet(List<String> charts, List<String> csvs, String... others) {
        List<String> all = new java.util.ArrayList<>();
        for (String c : charts) {
            all.addAll(List.of(c + ".png", c + ".svg", c + ".pdf"));
        }
        csvs.forEach(c -> all.add(c + ".csv"));
        all.addAll(List.of(others));
        all.add("summary.json");
        return all.stream().sorted().toList();
    }

    /** The header of a CSV file. */
    private static List<String> header(Path file) throws IOException {
        return List.of(csv(file).get(0));
    }

    @Test
    void listNamesEveryFigure() {
        CliRun run = CliRun.of("figure", "--list");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("fig4a").contains("fig4b").contains("routing-phase").contains("polytope")
                .contains("fig3").contains("fig4c").contains("fig5");
    }

    @Test
    void unknownFigureIsAUserError() {
        CliRun run = CliRun.of("figure", "fig99", "--out", tmp.resolve("x").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines()[0]).startsWith("mrdmft: error: figure: unknown figure 'fig99'");
    }

    /** The files of a figure directory. */
    private static List<String> files(Path dir) throws IOException {
        try (var list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Every chart BASE in PNG, SVG and PDF. */
    private static List<String> charts(String... bases) {
        List<String> out = new java.util.ArrayList<>();
        for (String b : bases) {
            out.addAll(List.of(b + ".png", b + ".svg", b + ".pdf"));
        }
        return out;
    }

    /** The figure's directory holds exactly these files and summary.json, and the CSV headers are these. */
    private static void assertFigure(Path out, List<String> files, Map<String, String> headers) throws IOException {
        List<String> expected = new java.util.ArrayList<>(files);
        expected.add("summary.json");
        assertThat(files(out)).containsExactlyInAnyOrderElementsOf(expected);
        for (Map.Entry<String, String> h : headers.entrySet()) {
            assertThat(Files.readAllLines(out.resolve(h.getKey())).get(0)).as(h.getKey()).isEqualTo(h.getValue());
        }
        for (String f : expected) {
            assertThat(out.resolve(f)).isNotEmptyFile();
        }
    }

    @Test
    void fig4aWritesItsChartAndTables() throws IOException {
        Path out = tmp.resolve("fig4a");
        CliRun run = CliRun.of("figure", "fig4a", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<String> files = new java.util.ArrayList<>(charts("fig4a"));
        files.addAll(List.of("fig4a.csv", "fig4a-onsets.csv"));
        StringBuilder main = new StringBuilder("g");
        for (String b : List.of("1.5", "2.0", "2.5")) {
            main.append(",sqrtA_static_b").append(b).append(",stable_static_b").append(b).append(",sqrtA_chaotic_b")
                    .append(b).append(",deltaInf_chaotic_b").append(b);
        }
        assertFigure(out, files, Map.of("fig4a.csv", main.toString(), "fig4a-onsets.csv", "b,chaosOnset,sqrtA_at_onset"));
        assertThat(csv(out.resolve("fig4a.csv"))).hasSize(1 + 2500);
    }

    @Test
    void fig4bWritesItsChartAndTable() throws IOException {
        Path out = tmp.resolve("fig4b");
        CliRun run = CliRun.of("figure", "fig4b", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<String> files = new java.util.ArrayList<>(charts("fig4b"));
        files.add("fig4b.csv");
        assertFigure(out, files, Map.of("fig4b.csv", "tau,delta_g1.5,delta_g2.25,delta_g2.6"));
        assertThat(csv(out.resolve("fig4b.csv"))).hasSize(1 + 801);
    }

    @Test
    @Tag("slow")
    void routingPhaseWritesBothPlanes() throws IOException {
        Path out = tmp.resolve("routing-phase");
        CliRun run = CliRun.of("figure", "routing-phase", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<String> files = new java.util.ArrayList<>(charts("routing-phase-gb", "routing-phase-ab"));
        files.addAll(List.of("routing-phase-gb.csv", "routing-phase-gb-boundaries.csv", "routing-phase-ab.csv"));
        assertFigure(out, files, Map.of("routing-phase-gb.csv", "g,b,phase", "routing-phase-gb-boundaries.csv",
                "b,chaosOnset,pureChaosOnset", "routing-phase-ab.csv", "a_over_b,g,phase,transmitting"));
        assertThat(csv(out.resolve("routing-phase-gb.csv"))).hasSize(1 + 120 * 80);
    }

    @Test
    void inputSwitchWritesBothMatrices() throws IOException {
        Path out = tmp.resolve("input-switch");
        CliRun run = CliRun.of("figure", "input-switch", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<String> files = new java.util.ArrayList<>(charts("input-switch-I0", "input-switch-I2"));
        files.addAll(List.of("input-switch-values.csv", "input-switch-index.csv"));
        assertFigure(out, files, Map.of("input-switch-values.csv", "S_I0,S_I2", "input-switch-index.csv", "mu,nu"));
    }

    /** End to end; the same facts in process: org.mrdmft.figures.PolytopeTest. */
    @Test
    @Tag("slow")
    void polytopeCountsDependOnlyOnTheFractureVariables() throws IOException {
        Path out = tmp.resolve("polytope");
        CliRun run = CliRun.of("figure", "polytope", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(names(out)).isEqualTo(fileSet(List.of("polytope", "polytope-components"), List.of("polytope",
                "polytope-components", "polytope-components-network", "polytope-components-fracture-pairs",
                "polytope-components-summary")));
        assertThat(header(out.resolve("polytope.csv"))).containsExactly("regions", "draw", "fractureVariables",
                "vertices", "components");
        assertThat(header(out.resolve("polytope-components-network.csv"))).containsExactly("region", "b", "sign");
        assertThat(header(out.resolve("polytope-components-fracture-pairs.csv"))).containsExactly("fracturePair",
                "i", "j");
        Map<Integer, Integer> expected = Map.of(0, 42, 1, 30, 2, 20, 3, 12, 4, 6);
        long r5 = 0;
        for (String[] row : csv(out.resolve("polytope.csv")).subList(1, csv(out.resolve("polytope.csv")).size())) {
            if (Double.parseDouble(row[0]) == 5) {
                r5++;
                int f = (int) Double.parseDouble(row[2]);
                assertThat((int) Double.parseDouble(row[3])).isEqualTo(expected.get(f));
                assertThat((int) Double.parseDouble(row[4])).isEqualTo(1 << f);
            }
        }
        assertThat(r5).isGreaterThan(300);
        // the fixed points from random starts cluster into 2^f components
        List<String[]> comps = csv(out.resolve("polytope-components-summary.csv"));
        List<String> header = List.of(comps.get(0));
        double expected2f = Double.parseDouble(comps.get(1)[header.indexOf("componentsExpected")]);
        assertThat(Double.parseDouble(comps.get(1)[header.indexOf("componentsFound")])).isEqualTo(expected2f);
        assertThat(out.resolve("polytope-components.png")).isNotEmptyFile();
    }

    /** The charts and tables of one fig3 / fig4c case. */
    private static List<String> caseFiles(String name) {
        List<String> out = new java.util.ArrayList<>();
        for (String panel : List.of("parameters", "currents", "traces", "final-currents", "row-norms")) {
            out.addAll(charts(name + "-" + panel));
            if (!panel.equals("row-norms")) {
                out.add(name + "-" + panel + ".csv");
            }
        }
        return out;
    }

    private static Map<String, String> caseHeaders(String name) {
        StringBuilder currents = new StringBuilder("t");
        StringBuilder traces = new StringBuilder("t");
        for (int mu = 1; mu <= 5; mu++) {
            for (int nu = 1; nu <= 5; nu++) {
                currents.append(",S_").append(mu).append('_').append(nu);
            }
            for (int i = 1; i <= 4; i++) {
                traces.append(",x_").append(mu).append('_').append(i);
            }
        }
        return Map.of(name + "-parameters.csv", "region,a,b,g,sign,theoryRowNorm", name + "-currents.csv",
                currents.toString(), name + "-traces.csv", traces.toString(), name + "-final-currents.csv",
                "mu,nu,S_draw1,S_draw2,S_draw3");
    }

    @Test
    @Tag("slow")
    void fig3QuickWritesEveryCaseWithItsTheory() throws IOException {
        Path out = tmp.resolve("fig3");
        CliRun run = CliRun.of("figure", "fig3", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<String> files = new java.util.ArrayList<>();
        Map<String, String> headers = new java.util.HashMap<>();
        for (int k = 1; k <= 3; k++) {
            files.addAll(caseFiles("fig3-case" + k));
            headers.putAll(caseHeaders("fig3-case" + k));
        }
        files.addAll(List.of("fig3-row-norms.csv", "fig3-simulation.csv", "fig3.png", "fig3.svg", "fig3.pdf"));
        headers.put("fig3-row-norms.csv", "case,region,draw,simulation,theory");
        headers.put("fig3-simulation.csv", "setting,value");
        assertFigure(out, files, headers);
        List<String[]> rows = csv(out.resolve("fig3-row-norms.csv"));
        assertThat(rows).hasSize(1 + 3 * 5 * 3);
        for (String[] r : rows.subList(1, rows.size())) {
            double sim = Double.parseDouble(r[3]);
            double theory = Double.parseDouble(r[4]);
            assertThat(sim).isCloseTo(theory, within(0.15 * theory));
        }
    }

    @Test
    @Tag("slow")
    void fig4cQuickShowsRegionOneOfCaseThreeWithoutCurrentInTheory() throws IOException {
        Path out = tmp.resolve("fig4c");
        CliRun run = CliRun.of("figure", "fig4c", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<String> files = new java.util.ArrayList<>();
        Map<String, String> headers = new java.util.HashMap<>();
        for (int k = 1; k <= 3; k++) {
            files.addAll(caseFiles("fig4c-case" + k));
            files.add("fig4c-case" + k + "-theory.csv");
            headers.putAll(caseHeaders("fig4c-case" + k));
            headers.put("fig4c-case" + k + "-theory.csv", "region,branch,theoryRowNorm,spreadOverStableFixedPoints");
        }
        files.addAll(List.of("fig4c-row-norms.csv", "fig4c-simulation.csv", "fig4c-branch-codes.csv"));
        headers.put("fig4c-branch-codes.csv", "code,branch");
        assertFigure(out, files, headers);
        List<String[]> theory = csv(out.resolve("fig4c-case3-theory.csv"));
        assertThat(Double.parseDouble(theory.get(1)[1])).isEqualTo(2.0);
        assertThat(Double.parseDouble(theory.get(1)[2])).isLessThan(1e-9);
        assertThat(csv(out.resolve("fig4c-row-norms.csv"))).hasSize(1 + 3 * 5 * 3);
    }

    /** End to end; the same facts in process: org.mrdmft.figures.Fig5Test. */
    @Test
    @Tag("slow")
    void fig5QuickLabelsTheGridAndTheExamples() throws IOException {
        Path out = tmp.resolve("fig5");
        CliRun run = CliRun.of("figure", "fig5", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<String> charts = new java.util.ArrayList<>();
        List<String> tables = new java.util.ArrayList<>(List.of("fig5-points", "fig5-examples", "fig5-label-codes"));
        charts.add("fig5");
        for (String who : List.of("1", "2", "pooled")) {
            charts.addAll(List.of("fig5-modal-label-" + who, "fig5-label-entropy-" + who));
        }
        for (int k = 1; k <= 5; k++) {
            charts.addAll(List.of("fig5-example-" + k + "-currents", "fig5-example-" + k + "-lag-slice"));
            tables.addAll(List.of("fig5-example-" + k + "-currents", "fig5-example-" + k + "-lag-slice",
                    "fig5-example-" + k + "-draws"));
        }
        assertThat(names(out)).isEqualTo(fileSet(charts, tables, "fig5-settings.json", "sweep"));
        // the sweep directory holds what mrdmft sweep writes, heatmaps included
        assertThat(names(out.resolve("sweep"))).isEqualTo(fileSet(List.of("modal-label-1", "label-entropy-1",
                "modal-label-2", "label-entropy-2"), List.of("sweep", "runtimes", "points"), "sweep.h5"));
        assertThat(header(out.resolve("fig5-examples.csv"))).containsExactly("example", "re", "im", "draws",
                "publishedLabel", "modalLabel", "entropyBits", "representativeDraw", "modalLabel_1", "modalLabel_2",
                "count_fixed-point", "count_limit-cycle", "count_chaos", "count_fixed-point+chaos",
                "count_limit-cycle+chaos");
        assertThat(header(out.resolve("fig5-example-1-draws.csv"))).containsExactly("draw", "seed", "tries",
                "drawnRe", "drawnIm", "label_1", "label_2");
        assertThat(csv(out.resolve("fig5-points.csv"))).hasSize(1 + 144);
        assertThat(csv(out.resolve("sweep/sweep.csv"))).hasSize(1 + 144 * 3);
        List<String[]> examples = csv(out.resolve("fig5-examples.csv"));
        List<String> header = List.of(examples.get(0));
        for (String[] e : examples.subList(1, examples.size())) {
            assertThat(e[header.indexOf("modalLabel")]).isEqualTo(e[header.indexOf("publishedLabel")]);
        }
        assertThat(Files.readString(out.resolve("fig5-settings.json"))).contains("\"classifier\" : \"paper\"");
    }

    /** End to end; the same facts in process: org.mrdmft.figures.FiveRegionTest. */
    @Test
    @Tag("slow")
    void fiveRegionHasNoCurrentsAtTheLargestDisorder() throws IOException {
        Path out = tmp.resolve("five");
        CliRun run = CliRun.of("figure", "five-region", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(names(out)).isEqualTo(fileSet(List.of("five-region-spectrum", "five-region-currents",
                "five-region-gain", "five-region-lag-slices"), List.of("five-region-spectrum", "five-region-time",
                "five-region-lags")));
        assertThat(header(out.resolve("five-region-lags.csv"))).containsExactly("tau", "meanDhat_g0.0",
                "meanDhat_g1.0", "meanDhat_g2.0", "meanDhat_g3.0");
        List<String[]> rows = csv(out.resolve("five-region-time.csv"));
        List<String> header = List.of(rows.get(0));
        String[] last = rows.get(rows.size() - 1);
        assertThat(Double.parseDouble(last[header.indexOf("currentNorm_g3.0")])).isLessThan(1e-6);
        assertThat(Double.parseDouble(last[header.indexOf("currentNorm_g0.0")])).isGreaterThan(1.0);
        assertThat(csv(out.resolve("five-region-spectrum.csv"))).hasSize(1 + 25);
    }

    /** End to end; the same facts in process (fewer starts and disorders): org.mrdmft.figures.Fig6Test. */
    @Test
    @Tag("slow")
    void fig6ReproducesThePublishedDynamicsAndTheBistability() throws IOException {
        Path out = tmp.resolve("fig6");
        CliRun run = CliRun.of("figure", "fig6", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<String> charts = new java.util.ArrayList<>();
        List<String> tables = new java.util.ArrayList<>(List.of("fig6-labels", "fig6-attractors", "fig6-label-codes"));
        charts.add("fig6");
        for (String t : List.of("fig6-T1", "fig6-T2")) {
            for (String panel : List.of("spectrum", "currents", "dhat", "gain", "scaled-spectrum")) {
                charts.add(t + "-" + panel);
                tables.add(t + "-" + panel);
            }
            charts.add(t + "-attractors");
        }
        assertThat(names(out)).isEqualTo(fileSet(charts, tables));
        assertThat(header(out.resolve("fig6-attractors.csv"))).containsExactly("tensor", "g1", "attractor", "labels",
                "currents_2", "period", "amplitude", "fraction", "starts");
        assertThat(header(out.resolve("fig6-T1-spectrum.csv"))).containsExactly("re_intact", "im_intact",
                "re_silenced", "im_silenced");
        assertThat(csv(out.resolve("fig6-labels.csv"))).hasSize(1 + 2 * 13 * 8);
        List<String[]> rows = csv(out.resolve("fig6-labels.csv"));
        int fp = org.mrdmft.dynamics.DynamicsLabel.FIXED_POINT.ordinal();
        int lc = org.mrdmft.dynamics.DynamicsLabel.LIMIT_CYCLE.ordinal();
        int fpChaos = org.mrdmft.dynamics.DynamicsLabel.FIXED_POINT_CHAOS.ordinal();
        java.util.function.BiFunction<Integer, Double, List<int[]>> labels = (tensor, g1) -> rows.subList(1, rows.size())
                .stream().filter(r -> Double.parseDouble(r[0]) == tensor && Math.abs(Double.parseDouble(r[1]) - g1) < 1e-9)
                .map(r -> new int[] {(int) Double.parseDouble(r[3]), (int) Double.parseDouble(r[4]),
                    (int) Double.parseDouble(r[5])})
                .toList();
        // T1: fixed point at g1 = 0.3, limit cycle at 1.5 from every start
        assertThat(labels.apply(1, 0.3)).allMatch(l -> l[0] == fp && l[1] == fp && l[2] == fp);
        assertThat(labels.apply(1, 1.5)).allMatch(l -> l[1] == lc);
        // T2: fixed point at 0.6 and 1.5, fixed point with chaos in region 1 at 2.1, limit cycle at 2.7
        assertThat(labels.apply(2, 0.6)).allMatch(l -> l[1] == fp);
        assertThat(labels.apply(2, 1.5)).allMatch(l -> l[1] == fp);
        assertThat(labels.apply(2, 2.1)).allMatch(l -> l[0] == fpChaos && l[1] == fp);
        assertThat(labels.apply(2, 2.7).stream().filter(l -> l[1] == lc).count())
                .isGreaterThan(labels.apply(2, 2.7).size() / 2);

        // the attractor census: shares sum to 1 at every (tensor, g1); one limit cycle at T1, g1 = 1.5;
        // near T1's transition (g1 = 0.6) the currents are bistable: a fixed point and a limit cycle
        List<String[]> attractorRows = csv(out.resolve("fig6-attractors.csv"));
        List<String[]> attractors = attractorRows.subList(1, attractorRows.size());
        java.util.Map<String, Double> shares = new java.util.TreeMap<>();
        for (String[] a : attractors) {
            shares.merge(a[0] + "@" + a[1], Double.parseDouble(a[7]), Double::sum);
        }
        assertThat(shares.values()).allSatisfy(x -> assertThat(x).isCloseTo(1.0, within(1e-9)));
        List<String[]> t1Cycle = attractors.stream().filter(a -> a[0].equals("1") && a[1].equals("1.50")).toList();
        assertThat(t1Cycle).hasSize(1);
        assertThat(t1Cycle.get(0)[3]).isEqualTo("LC / LC / LC");
        assertThat(Double.parseDouble(t1Cycle.get(0)[5])).isPositive();
        List<String> atTransition = attractors.stream().filter(a -> a[0].equals("1") && a[1].equals("0.60"))
                .map(a -> a[3]).toList();
        assertThat(atTransition).contains("FP / FP / FP", "LC / LC / LC");
        assertThat(out.resolve("fig6-T1-scaled-spectrum.csv")).exists();
        assertThat(out.resolve("fig6-T2-dhat.png")).exists();
        assertThat(out.resolve("fig6-T2-gain.pdf")).exists();
    }
}
