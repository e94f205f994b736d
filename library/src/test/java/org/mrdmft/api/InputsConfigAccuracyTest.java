package org.mrdmft.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import org.mrdmft.config.RunConfig;
import org.mrdmft.dmft.TransientResult;

/**
 * Issue 13 item 5 the way a user meets it: the R = 4 network read from a YAML config through
 * {@link Mrdmft#load}, every output compared at dt = 0.1, 0.05 and 0.025 against the Richardson extrapolation
 * of dt = 0.0125 and 0.00625: currents S, gains psi, Delta(t,t), the stored two-time Delta(t,t') and the raw and
 * normalised lag slices at t0 = 10 and 15, on the grid t = 0.5 k up to 30, over the whole run and for t &gt;= 10.
 * Asserts third order and 4e-5 at dt = 0.05 for every output without and with a constant input, 1e-4 at
 * dt = 0.05 for every output of the switched inputs of {@code inputs.schedule} (on the grid, off it, a pulse),
 * and second order for the one on the grid (docs/NUMERICS.md section 1).
 */
@Tag("slow")
class InputsConfigAccuracyTest {
    static final double DUR = 30.0;
    static final String NET = "regions: 4\ndisorder: [0.5, 1.2, 2, 0]\ninteractions: {random: {scale: 1, seed: 1}}\n"
            + "overlaps: {tensor: [[[1,0.4,0,0],[0.4,1,0,0],[0,0,1,-0.3],[0,0,-0.3,1]],"
            + "[[1,0.4,0,0],[0.4,1,0,0],[0,0,1,-0.3],[0,0,-0.3,1]],"
            + "[[1,0.4,0,0],[0.4,1,0,0],[0,0,1,-0.3],[0,0,-0.3,1]],"
            + "[[1,0.4,0,0],[0.4,1,0,0],[0,0,1,-0.3],[0,0,-0.3,1]]]}\n";
    static final String V = "  overlaps: [[1,0.3,0,0],[0.2,1,0.1,0],[0,0.5,1,0.2],[0.1,0,0.3,1]]\n  gainScaled: true\n";

    /** Per output (S, psi, Delta(t,t), Delta(t,t'), then raw and normalised lag slices), its values on the 0.5 grid. */
    static List<double[]> sample(String yaml, double dt) throws Exception {
        Path f = Files.createTempFile("inp", ".yaml");
        Files.writeString(f, yaml);
        int steps = (int) Math.round(DUR / dt) + 1;
        int stride = (int) Math.round(0.5 / dt);
        RunConfig c = Mrdmft.load(f, List.of("dmft.dt=" + dt, "dmft.steps=" + steps, "dmft.twoTimeStride=" + stride,
                "dmft.lagReferenceTimes=[10, 15]"));
        TransientResult r = Mrdmft.solve(c.model(), c.dmft());
        int pts = (steps - 1) / stride + 1;
        double[] s = new double[pts * 16], g = new double[pts * 4], v = new double[pts * 4];
        for (int j = 0; j < pts; j++) {
            for (int mu = 0; mu < 4; mu++) {
                g[4 * j + mu] = r.gain()[j * stride][mu];
                v[4 * j + mu] = r.variance()[j * stride][mu];
                for (int nu = 0; nu < 4; nu++) s[16 * j + 4 * mu + nu] = r.currents()[j * stride][mu][nu];
            }
        }
        double[][][] tt = r.twoTime().values();
        double[] two = new double[4 * pts * pts];
        for (int mu = 0; mu < 4; mu++) for (int a = 0; a < pts; a++) for (int b = 0; b < pts; b++)
            two[(mu * pts + a) * pts + b] = tt[mu][a][b];
        List<double[]> out = new ArrayList<>(List.of(s, g, v, two));
        for (var ls : r.lagSlices()) {
            int lp = (ls.lags() - 1) / stride + 1;
            double[] raw = new double[4 * lp];
            double[] nor = new double[4 * lp];
            for (int mu = 0; mu < 4; mu++) for (int k = 0; k < lp; k++) {
                raw[mu * lp + k] = ls.raw()[mu][k * stride];
                nor[mu * lp + k] = ls.normalised()[mu][k * stride];
            }
            out.add(raw);
            out.add(nor);
        }
        return out;
    }

    /** Per output, the whole-run error at dt = 0.1, 0.05, 0.025. */
    static double[][] report(String name, String yaml, int order) throws Exception {
        double[] dts = {0.1, 0.05, 0.025, 0.0125, 0.00625};
        List<List<double[]>> runs = new ArrayList<>();
        for (double dt : dts) runs.add(sample(yaml, dt));
        String[] q = {"S", "psi", "Delta(t,t)", "Delta(t,t')", "lag10 raw", "lag10 norm", "lag15 raw", "lag15 norm"};
        int pts = (int) Math.round(DUR / 0.5) + 1;
        double[][] whole = new double[q.length][3];
        for (int k = 0; k < q.length; k++) {
            double[] a = runs.get(3).get(k), b = runs.get(4).get(k);
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-22s %-12s", name, q[k]));
            for (int d = 0; d < 3; d++) {
                double[] x = runs.get(d).get(k);
                double all = 0, late = 0; int argAll = -1;
                for (int i = 0; i < x.length; i++) {
                    double ref = b[i] + (b[i] - a[i]) / ((1 << order) - 1.0);
                    double e = Math.abs(x[i] - ref);
                    if (e > all) { all = e; argAll = i; }
                    boolean isLate;
                    if (k == 3) { int rem = i % (pts * pts); isLate = rem / pts >= 20 && rem % pts >= 20; }
                    else if (k >= 4) isLate = true;
                    else { int per = x.length / pts; isLate = i / per >= 20; }
                    if (isLate) late = Math.max(late, e);
                }
                whole[k][d] = all;
                double tArg;
                if (k == 3) { int rem = argAll % (pts * pts); tArg = 0.5 * Math.min(rem / pts, rem % pts); }
                else if (k >= 4) tArg = -1; else tArg = 0.5 * (argAll / (x.length / pts));
                String where = tArg < 0 ? "" : String.format(Locale.ROOT, " (t=%.1f)", tArg);
                sb.append(String.format(Locale.ROOT, " | dt=%s all %.1e%s t>=10 %.1e", dts[d], all, where, late));
            }
            System.out.println(sb);
        }
        return whole;
    }

    @Test
    void measure() throws Exception {
        double[][] none = report("no input", NET, 3);
        double[][] in = report("const input", NET + "inputs:\n" + V + "  amplitude: [1, 0, 0.5, 0.3]\n", 3);
        for (double[][] w : new double[][][] {none, in}) {
            for (double[] row : w) {
                // every output within 4e-5 at dt = 0.05 (the issue asks for 1e-4; 3e-5 is the normalised lag
                // slice without input, 8.4e-6 the largest of the rest), and third order
                assertThat(row[1]).isLessThan(4e-5);
                assertThat(row[0] / row[1]).isBetween(6.0, 50.0);
                assertThat(row[1] / row[2]).isBetween(6.0, 20.0);
            }
        }
        String[] schedules = {"[{from: 5.0, to: 1000, amplitude: [1, 0, 0.5, 0.3]}]",
                "[{from: 5.03, to: 1000, amplitude: [1, 0, 0.5, 0.3]}]",
                "[{from: 5.03, to: 12.07, amplitude: [1, 0, 0.5, 0.3]}]"};
        String[] names = {"sched on grid 5.0", "sched off grid 5.03", "sched pulse 5.03-12.07"};
        for (int k = 0; k < schedules.length; k++) {
            double[][] w = report(names[k], NET + "inputs:\n" + V + "  schedule: " + schedules[k] + "\n", 2);
            // every output within 1e-4 at dt = 0.05 (1.4e-2 in the
            // currents when the switch was sampled); on the grid, second order: two halvings divide the error by
            // 8 or more. Off the grid the error's constant depends on where the switch falls in its step, which
            // changes with dt: SwitchedInputOrderTest shows the order with steps that keep that place.
            for (int q = 0; q < w.length; q++) {
                assertThat(w[q][1]).as("%s, output %d", names[k], q).isLessThan(1e-4);
                if (k == 0) {
                    assertThat(w[q][0] / w[q][2]).as("%s, output %d", names[k], q).isGreaterThan(8.0);
                }
            }
        }
    }
}
