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

    @Test
    void fig4aWritesImagesAndTheOnsetsOfTheTheory() throws IOException {
        Path out = tmp.resolve("fig4a");
        CliRun run = CliRun.of("figure", "fig4a", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        for (String f : List.of("fig4a.png", "fig4a.svg", "fig4a.pdf", "fig4a.csv", "summary.json")) {
            assertThat(out.resolve(f)).isNotEmptyFile();
        }
        List<String[]> onsets = csv(out.resolve("fig4a-onsets.csv"));
        for (int k = 1; k <= 3; k++) {
            double b = Double.parseDouble(onsets.get(k)[0]);
            assertThat(Double.parseDouble(onsets.get(k)[1])).isCloseTo(Math.pow(2 * b * b - 1, 0.25), within(1e-12));
        }
        List<String[]> data = csv(out.resolve("fig4a.csv"));
        assertThat(data).hasSize(1 + 2500);
        // at g = 0 the static branch has A = D0 = (2/pi)(b^2 - 1)
        assertThat(Double.parseDouble(data.get(1)[1])).isCloseTo(Math.sqrt(2 / Math.PI * (1.5 * 1.5 - 1)), within(1e-12));
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

    @Test
    @Tag("slow")
    void fig3QuickWritesEveryCaseWithItsTheory() throws IOException {
        Path out = tmp.resolve("fig3");
        CliRun run = CliRun.of("figure", "fig3", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<String[]> rows = csv(out.resolve("fig3-row-norms.csv"));
        assertThat(rows).hasSize(1 + 3 * 5 * 3);
        for (String[] r : rows.subList(1, rows.size())) {
            double sim = Double.parseDouble(r[3]);
            double theory = Double.parseDouble(r[4]);
            assertThat(sim).isCloseTo(theory, within(0.15 * theory));
        }
        assertThat(out.resolve("fig3-case3-final-currents.png")).isNotEmptyFile();
    }

    @Test
    @Tag("slow")
    void fig4cQuickShowsRegionOneOfCaseThreeWithoutCurrentInTheory() throws IOException {
        Path out = tmp.resolve("fig4c");
        CliRun run = CliRun.of("figure", "fig4c", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
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

    @Test
    void anInputSwitchesRegionOneFromSelfGeneratingToRouting() {
        double[][] off = org.mrdmft.plot.InputSwitchFigureAccess.finalCurrents(0.0);
        double[][] on = org.mrdmft.plot.InputSwitchFigureAccess.finalCurrents(2.0);
        // off: region 1 isolated on its self-current sqrt((2/pi)(a^2 - 1))
        assertThat(Math.abs(off[0][0])).isCloseTo(Math.sqrt(2 / Math.PI * (2.56497381 * 2.56497381 - 1)), within(1e-6));
        for (int k = 1; k < 5; k++) {
            assertThat(Math.abs(off[0][k])).isLessThan(1e-6);
            assertThat(Math.abs(off[k][0])).isLessThan(1e-6);
        }
        // on: the self-current dies, row and column 1 carry currents
        assertThat(Math.abs(on[0][0])).isLessThan(1e-6);
        for (int k = 1; k < 5; k++) {
            assertThat(Math.abs(on[0][k])).isGreaterThan(0.1);
            assertThat(Math.abs(on[k][0])).isGreaterThan(0.1);
        }
    }
}
