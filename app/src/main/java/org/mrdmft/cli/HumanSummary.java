package org.mrdmft.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.dynamics.RegionDynamics;
import org.mrdmft.io.RunRecord;
import org.mrdmft.plot.CurrentsPlot;

/** The short human-readable summaries printed on stdout. */
final class HumanSummary {
    /** Currents with |S| above this count as routed. */
    static final double ROUTED = 1e-3;
    /** Fixed points listed on stdout (all of them are in summary.json). */
    static final int MAX_FIXED_POINTS_SHOWN = 10;

    private HumanSummary() {
    }

    /** A label with the period of periodic currents, e.g. "limit-cycle (period 9.02)". */
    static String describe(RegionDynamics d) {
        return Double.isFinite(d.period())
                ? String.format(Locale.ROOT, "%s (period %.3g)", d.label().configName(), d.period())
                : d.label().configName();
    }

    /** Final currents, gains, variances, dynamics, runtime and output directory. */
    static void printRun(PrintStream out, RunRecord run, Path dir) {
        TransientResult r = run.result();
        int regions = r.regions();
        out.printf(Locale.ROOT, "%s: %d region%s, %d steps of dt = %s (%s), t_final = %.6g%n",
                run.config().name(), regions, regions == 1 ? "" : "s", r.steps(), r.dt(),
                r.scheme().configName(), r.time(r.steps() - 1));
        out.println("final currents S[mu][nu] (nu -> mu):");
        for (double[] row : r.finalCurrents()) {
            StringBuilder line = new StringBuilder(" ");
            for (double s : row) {
                line.append(String.format(Locale.ROOT, " %11.6f", s));
            }
            out.println(line);
        }
        double[] gain = r.gain()[r.steps() - 1];
        double[] variance = r.variance()[r.steps() - 1];
        out.println(field("gain psi") + vector(gain));
        out.println(field("variance Delta") + vector(variance));
        if (!run.dynamics().isEmpty()) {
            out.println(field("dynamics") + String.join(", ",
                    run.dynamics().stream().map(HumanSummary::describe).toList()));
        }
        out.printf(Locale.ROOT, "%s%.2f s%n", field("runtime"), run.runtimeSeconds());
        out.println(field("output") + dir);
    }

    /** The demo's reading of the result: routed currents and each region's gain against 1/b. */
    static void printRouting(PrintStream out, RunRecord run) {
        TransientResult r = run.result();
        double[][] s = r.finalCurrents();
        List<String> routed = new ArrayList<>();
        for (int mu = 0; mu < s.length; mu++) {
            for (int nu = 0; nu < s.length; nu++) {
                if (Math.abs(s[mu][nu]) > ROUTED) {
                    routed.add(String.format(Locale.ROOT, "%s = %.4f", CurrentsPlot.label(mu, nu), s[mu][nu]));
                }
            }
        }
        out.println("routed currents (|S| > " + ROUTED + "): "
                + (routed.isEmpty() ? "none" : String.join(", ", routed)));
        JsonNode b = run.config().resolved().path("interactions").path("reciprocal").path("b");
        double[] gain = r.gain()[r.steps() - 1];
        for (int mu = 0; mu < gain.length; mu++) {
            String line = String.format(Locale.ROOT, "region %d: gain psi = %.4f", mu + 1, gain[mu]);
            if (b.isArray() && b.size() == gain.length && b.get(mu).asDouble() > 0) {
                line += String.format(Locale.ROOT, " vs 1/b = %.4f", 1.0 / b.get(mu).asDouble());
            }
            out.println(line);
        }
    }

    /** A left-aligned field name, "name:" padded to a common width. */
    static String field(String name) {
        return String.format(Locale.ROOT, "%-17s", name + ":");
    }

    /** Numbers in columns of at least 12 characters, always separated by a space, whatever their magnitude. */
    static String vector(double[] v) {
        StringBuilder line = new StringBuilder();
        for (double x : v) {
            line.append(String.format(Locale.ROOT, " %11.6f", x));
        }
        return line.toString();
    }

    /** Fixed points found, the representative one's currents, gains and branches, runtime, output directory. */
    static void printStationary(PrintStream out, org.mrdmft.io.StationaryRecord run, Path dir) {
        org.mrdmft.stationary.StationaryResult r = run.result();
        org.mrdmft.stationary.FixedPoint rep = r.representative();
        int regions = rep.gain().length;
        out.printf(Locale.ROOT, "%s: %d region%s, stationary: %d fixed point%s from %d starts (%d converged)%n",
                run.config().name(), regions, regions == 1 ? "" : "s", r.search().fixedPoints().size(),
                r.search().fixedPoints().size() == 1 ? "" : "s", r.search().starts(), r.search().converged());
        out.printf(Locale.ROOT, "representative fixed point #%d (%s, reached from %d starts):%n",
                r.representativeIndex() + 1, rep.stable() ? "stable" : "unstable", rep.starts());
        for (double[] row : rep.currents()) {
            StringBuilder line = new StringBuilder(" ");
            for (double s : row) {
                line.append(String.format(Locale.ROOT, " %11.6f", s));
            }
            out.println(line);
        }
        out.println(field("gain psi") + vector(rep.gain()));
        out.println(field("variance D0") + vector(rep.regions().stream()
                .mapToDouble(org.mrdmft.stationary.RegionState::delta0).toArray()));
        out.println(field("branch") + String.join(", ",
                rep.regions().stream().map(s -> s.branch().label()).toList()));
        if (!r.lyapunovExponents().isEmpty()) {
            out.println(field("Lyapunov exponent") + vector(r.lyapunovExponent()));
        }
        int shown = Math.min(r.search().fixedPoints().size(), MAX_FIXED_POINTS_SHOWN);
        for (int k = 0; k < shown; k++) {
            org.mrdmft.stationary.FixedPoint fp = r.search().fixedPoints().get(k);
            out.printf(Locale.ROOT, "  #%d %-8s growth rate %+.3e, starts %d%n", k + 1,
                    fp.stable() ? "stable" : "unstable", fp.growthRate(), fp.starts());
        }
        if (shown < r.search().fixedPoints().size()) {
            out.printf(Locale.ROOT, "  ... and %d more in summary.json%n", r.search().fixedPoints().size() - shown);
        }
        out.printf(Locale.ROOT, "%s%.2f s%n", field("runtime"), run.runtimeSeconds());
        out.println(field("output") + dir);
    }
}
