package org.mrdmft.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.dynamics.RegionDynamics;
import org.mrdmft.io.RunRecord;
import org.mrdmft.io.SimulationRecord;
import org.mrdmft.io.StationaryRecord;
import org.mrdmft.simulation.DrawEstimate;
import org.mrdmft.simulation.SignFree;
import org.mrdmft.simulation.SignFreeAggregates;
import org.mrdmft.simulation.SimulationEnsemble;
import org.mrdmft.simulation.SimulationResult;
import org.mrdmft.stationary.FixedPoint;
import org.mrdmft.stationary.FixedPointGroup;
import org.mrdmft.stationary.FixedPointStability;
import org.mrdmft.stationary.RegionState;
import org.mrdmft.stationary.StationaryBranch;
import org.mrdmft.stationary.StationaryResult;

/**
 * The short human-readable summaries printed on stdout by solve, simulate and the demo, all in the layout of
 * {@link ResultLayout}: what ran, the final state per region (gain, variance, current row norm ||S^{mu .}||), the
 * currents, then runtime and output directory. Averages over simulated draws are sign-free (mean |S|) with
 * standard errors; the stationary summary groups its fixed points into isolated points and continua.
 */
final class HumanSummary {
    /** Currents with |S| above this count as routed. */
    static final double ROUTED = 1e-3;
    /** Fixed-point groups listed on stdout (all of them are in summary.json). */
    static final int MAX_GROUPS_SHOWN = 10;
    /** Member indices listed per group on stdout. */
    static final int MAX_MEMBERS_SHOWN = 6;

    private HumanSummary() {
    }

    /** A label with the period of periodic currents, e.g. "limit-cycle (period 9.02)". */
    static String describe(RegionDynamics d) {
        return Double.isFinite(d.period())
                ? String.format(Locale.ROOT, "%s (period %.3g)", d.label().configName(), d.period())
                : d.label().configName();
    }

    /** A transient solve: final gains, variances, row norms and currents, dynamics, runtime, output directory. */
    static void printRun(PrintStream out, RunRecord run, Path dir) {
        TransientResult r = run.result();
        int regions = r.regions();
        int last = r.steps() - 1;
        out.printf(Locale.ROOT, "%s: %d region%s, %d time points t = 0, dt, ..., t_final with dt = %s (%s), t_final = %.6g%n",
                run.config().name(), regions, plural(regions), r.steps(), r.dt(),
                r.scheme().configName(), r.time(last));
        out.printf(Locale.ROOT, "final state (t = %.6g):%n", r.time(last));
        ResultLayout layout = new ResultLayout(regions)
                .column("gain psi", r.gain()[last])
                .column("variance Delta", r.variance()[last])
                .column("row norm ||S||", SignFree.rowNorms(r.finalCurrents()));
        if (run.replica() != null) {
            layout.column("Lyapunov exponent", run.replica().exponent());
        }
        layout.currents("currents S (mu<-nu: from region nu to region mu):", r.finalCurrents(), null)
                .print(out);
        if (run.replica() != null) {
            out.println(field("replicas") + String.join(", ", run.replica().exponents().stream()
                    .map(e -> String.format(Locale.ROOT, "distance %s (fit t = %.4g..%.4g)", e.trend().configName(),
                            e.fitStart(), e.fitEnd())).toList()));
        }
        if (!run.dynamics().isEmpty()) {
            out.println(field("dynamics") + String.join(", ",
                    run.dynamics().stream().map(HumanSummary::describe).toList()));
        }
        footer(out, run.runtimeSeconds(), dir);
    }

    /**
     * A simulation: per region the mean +- standard error over draws of gain, variance, row norm and participation
     * ratio, and the mean |S| per route; the signed currents of each draw are in summary.json.
     */
    static void printSimulation(PrintStream out, SimulationRecord run, Path dir) {
        SimulationEnsemble e = run.ensemble();
        SimulationResult first = e.first();
        int last = first.steps() - 1;
        int draws = e.draws().size();
        int regions = first.regions();
        out.printf(Locale.ROOT, "%s: %d region%s, N = %d, %d draw%s, dt = %s (%s), t_final = %.6g%n",
                run.config().name(), regions, plural(regions), run.config().simulation().neurons(), draws,
                plural(draws), first.dt(), first.scheme().configName(), first.time(last));
        SignFreeAggregates fin = e.finalAggregates();
        out.printf(Locale.ROOT, "final state (t = %.6g), mean +- standard error over %d draw%s:%n", first.time(last),
                draws, plural(draws));
        List<double[]> pr = e.draws().stream().map(d -> d.participationRatio()).toList();
        DrawEstimate participation = DrawEstimate.of(pr);
        ResultLayout layout = new ResultLayout(regions)
                .column("gain psi", fin.gain().mean(), fin.gain().standardError())
                .column("variance Delta", fin.variance().mean(), fin.variance().standardError())
                .column("row norm ||S||", fin.rowNorms().mean(), fin.rowNorms().standardError())
                .column("participation ratio", participation.mean(), participation.standardError());
        var lyapunov = e.lyapunov();
        if (lyapunov != null) {
            layout.column("tangent share", lyapunov.shares());
        }
        layout.currents("currents |S|, mean over draws of |S| (a route's sign differs between draws; "
                        + "each draw's signed currents are in summary.json):",
                        fin.absCurrentMeans(), fin.absCurrentErrors())
                .print(out);
        if (lyapunov != null) {
            out.printf(Locale.ROOT, "maximal Lyapunov exponent: %s%s (tangent share: each region's part of the "
                            + "tangent vector)%n", ResultLayout.number(lyapunov.exponent()),
                    Double.isNaN(lyapunov.standardError()) || draws < 2 ? " (one draw: no standard error)"
                            : " +- " + ResultLayout.number(lyapunov.standardError()));
        }
        footer(out, run.runtimeSeconds(), dir);
    }

    /** The demo's reading of the result: routed currents and each region's gain against 1/b. */
    static void printRouting(PrintStream out, RunRecord run) {
        TransientResult r = run.result();
        double[][] s = r.finalCurrents();
        List<String> routed = new ArrayList<>();
        for (int mu = 0; mu < s.length; mu++) {
            for (int nu = 0; nu < s.length; nu++) {
                if (Math.abs(s[mu][nu]) > ROUTED) {
                    routed.add(String.format(Locale.ROOT, "%s = %.4f", ResultLayout.label(mu, nu), s[mu][nu]));
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

    /**
     * A stationary solve: the fixed points grouped into isolated points and continua (kind, dimension,
     * stability, starts, branch pattern, members), then the representative point in the common layout.
     */
    static void printStationary(PrintStream out, StationaryRecord run, Path dir) {
        StationaryResult r = run.result();
        FixedPoint rep = r.representative();
        int regions = rep.gain().length;
        int points = r.search().fixedPoints().size();
        List<FixedPointGroup> groups = r.groups();
        out.printf(Locale.ROOT, "%s: %d region%s, stationary: %d fixed point%s from %d starts (%d converged), "
                        + "in %d group%s:%n", run.config().name(), regions, plural(regions), points, plural(points),
                r.search().starts(), r.search().converged(), groups.size(), plural(groups.size()));
        int shown = Math.min(groups.size(), MAX_GROUPS_SHOWN);
        int repGroup = -1;
        for (int k = 0; k < groups.size(); k++) {
            FixedPointGroup g = groups.get(k);
            if (Arrays.stream(g.members()).anyMatch(m -> m == r.representativeIndex())) {
                repGroup = k;
            }
            if (k < shown) {
                out.printf(Locale.ROOT, "  %d. %s%n", k + 1, group(g));
            }
        }
        if (shown < groups.size()) {
            out.printf(Locale.ROOT, "  ... and %d more groups in summary.json%n", groups.size() - shown);
        }
        if (groups.stream().anyMatch(g -> g.stability() == FixedPointStability.MARGINAL)) {
            out.printf(Locale.ROOT, "  (marginal: the largest growth rate is within %.0e of 0, nothing grows; "
                    + "a continuum's own directions neither grow nor decay)%n", FixedPointStability.TOLERANCE);
        }
        out.printf(Locale.ROOT, "representative fixed point #%d (group %d, %s, reached from %d start%s):%n",
                r.representativeIndex() + 1, repGroup + 1, rep.stability().label(), rep.starts(),
                plural(rep.starts()));
        ResultLayout layout = new ResultLayout(regions)
                .column("gain psi", rep.gain())
                .column("variance D0", rep.regions().stream().mapToDouble(RegionState::delta0).toArray())
                .column("row norm ||S||", SignFree.rowNorms(rep.currents()))
                .text("branch", rep.regions().stream().map(s -> s.branch().label()).toList());
        if (!r.lyapunovExponents().isEmpty()) {
            layout.column("Lyapunov exponent", r.lyapunovExponent());
        }
        layout.currents("currents S (mu<-nu: from region nu to region mu):", rep.currents(), null)
                .print(out);
        footer(out, run.runtimeSeconds(), dir);
    }

    /**
     * One group on one line, members 1-based: "continuum of dimension 2, marginal: 49 points from 49 starts (#2, #3,
     * ...); regions 1 chaos, 2-5 chaos-suppressed" or "isolated point #1, unstable, reached from 1 start; ...".
     */
    static String group(FixedPointGroup g) {
        StringBuilder members = new StringBuilder();
        int[] m = g.members();
        for (int k = 0; k < Math.min(m.length, MAX_MEMBERS_SHOWN); k++) {
            members.append(k == 0 ? "#" : ", #").append(m[k] + 1);
        }
        if (m.length > MAX_MEMBERS_SHOWN) {
            members.append(", ...");
        }
        String what = g.kind() == FixedPointGroup.Kind.ISOLATED
                ? String.format(Locale.ROOT, "isolated point %s, %s, reached from %d start%s", members,
                        g.stability().label(), g.starts(), plural(g.starts()))
                : String.format(Locale.ROOT, "continuum of dimension %d, %s: %d point%s from %d start%s (%s)",
                        g.dimension(), g.stability().label(), g.size(), plural(g.size()), g.starts(),
                        plural(g.starts()), members);
        return what + "; " + branchPattern(g.branches());
    }

    /** Runs of equal branches by region, 1-based: "regions 1 chaos, 2-5 chaos-suppressed". */
    static String branchPattern(List<StationaryBranch> branches) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int mu = 1; mu <= branches.size(); mu++) {
            if (mu == branches.size() || branches.get(mu) != branches.get(start)) {
                String regions = mu - start == 1 ? Integer.toString(start + 1) : (start + 1) + "-" + mu;
                parts.add(regions + " " + branches.get(start).label());
                start = mu;
            }
        }
        return (branches.size() == 1 ? "region " : "regions ") + String.join(", ", parts);
    }

    private static void footer(PrintStream out, double runtimeSeconds, Path dir) {
        out.printf(Locale.ROOT, "%s%.2f s%n", field("runtime"), runtimeSeconds);
        out.println(field("output") + dir);
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    /** A left-aligned field name, "name:" padded to a common width. */
    static String field(String name) {
        return String.format(Locale.ROOT, "%-17s", name + ":");
    }
}
