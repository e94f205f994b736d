package org.mrdmft.io;

import java.nio.file.Path;
import org.mrdmft.simulation.SignFree;
import org.mrdmft.simulation.SignFreeAggregates;
import org.mrdmft.simulation.LyapunovSummary;
import org.mrdmft.simulation.SimulationEnsemble;
import org.mrdmft.simulation.SimulationResult;

/**
 * Writes {@code result.h5} for a simulation, with the dataset names of {@code solve} where they exist, every
 * dataset described by {@link H5Group} (time first): axis datasets {@code time} [Nt], {@code lag} [L] and
 * {@code region} [R]; {@code currents} and {@code drives} [Nt][R][R] (sign-free: means over draws of |S| and
 * |J|, since the sign of a route is random per draw), {@code rowNorms} [Nt][R] (mean ||S^{mu .}||) with
 * {@code rowNormsStandardError} [R] at the last point, {@code gain} and {@code variance} [Nt][R] (over draws),
 * {@code autocorrelation} [L][R] (averaged; attribute {@code burnIn}), {@code participationRatio} [R],
 * {@code traces} [Nt][R][neurons] of the first draw, and per draw, labelled from 1, the group
 * {@code draws/<d>} with its own signed {@code currents}, {@code rowNorms}, {@code drives}, {@code gain},
 * {@code variance}, {@code autocorrelation}, {@code participationRatio}, {@code traces} and
 * {@code readOutVariance}; root attributes of {@link H5Group#provenance} plus {@code mode}, {@code scheme},
 * {@code dt}, {@code recordStep} and {@code draws}; with
 * {@code simulation.lyapunov} the group {@code lyapunov}: {@code exponent} [draw] and {@code shares} [draw][R] (each
 * region's share of the tangent vector), attributes {@code mean}, {@code standardError},
 * {@code renormalisationInterval}.
 */
public final class SimulationH5Writer {
    private SimulationH5Writer() {
    }

    /** Writes the arrays and metadata of a simulation run. */
    public static void write(Path file, SimulationRecord run) {
        SimulationEnsemble e = run.ensemble();
        SimulationResult first = e.first();
        double[] time = new double[first.steps()];
        for (int k = 0; k < time.length; k++) {
            time[k] = first.time(k);
        }
        double[] lag = new double[first.autocorrelation().length == 0 ? 0 : first.autocorrelation()[0].length];
        for (int l = 0; l < lag.length; l++) {
            lag[l] = l * first.recordStep();
        }
        try (H5File file5 = H5File.create(file)) {
            H5Group h5 = file5.root();
            h5.put("time", time, H5Group.TIME, "time t of each recorded sample", "time");
            h5.put("lag", lag, H5Group.TIME, "lag tau of the autocorrelation", "lag");
            ResultH5Writer.regionAxis(h5, first.regions());
            String mean = ", mean over draws";
            h5.put("currents", e.meanAbsCurrents(), H5Group.ONE,
                    "mean over draws of |S^{mu nu}(t)| (sign-free: the sign of a route is random per draw; signed "
                            + "currents per draw in draws/<d>/currents): row mu receives, column nu sends",
                    "time", "region", "region");
            h5.put("drives", e.meanAbsDrives(), H5Group.ONE,
                    "mean over draws of |J^{mu nu}(t)|: row mu receives, column nu sends", "time", "region", "region");
            h5.put("rowNorms", e.meanRowNorms(), H5Group.ONE,
                    "mean over draws of the row norms ||S^{mu .}(t)||", "time", "region");
            h5.put("rowNormsStandardError", e.finalAggregates().rowNorms().standardError(), H5Group.ONE,
                    "standard error over draws of rowNorms at the last time point", "region");
            h5.put("gain", e.meanGain(), H5Group.ONE, "empirical gain psi^mu(t) = <phi'(x^mu)> of each region" + mean,
                    "time", "region");
            h5.put("variance", e.meanVariance(), H5Group.ONE,
                    "empirical variance Delta^mu(t, t) = <(x^mu)^2> of each region" + mean, "time", "region");
            h5.put("autocorrelation", H5Group.transpose(e.meanAutocorrelation()), H5Group.ONE,
                    "autocorrelation <x^mu(t) x^mu(t + tau)> averaged over neurons and over time after the burn-in"
                            + mean, "lag", "region")
                    .putAttribute("burnIn", first.burnIn());
            h5.put("participationRatio", e.meanParticipationRatio(), H5Group.ONE,
                    "participation-ratio dimension of each region's activity after the burn-in" + mean, "region");
            h5.put("traces", H5Group.timeFirst(first.traces()), H5Group.ONE,
                    "activations x_i^mu(t) of the first neurons of each region, draw 1", "time", "region", "neuron");
            H5Group draws = h5.group("draws", "each network draw, labelled from 1");
            for (int d = 0; d < e.draws().size(); d++) {
                SimulationResult r = e.draws().get(d);
                H5Group g = draws.group(Integer.toString(d + 1), "network draw " + (d + 1));
                String of = ", draw " + (d + 1);
                series(g, r.currents(), r.drives(), r.gain(), r.variance(), of);
                g.put("rowNorms", SignFree.rowNorms(r.currents()), H5Group.ONE, "row norms ||S^{mu .}(t)||" + of, "time", "region");
                g.put("autocorrelation", H5Group.transpose(r.autocorrelation()), H5Group.ONE,
                        "autocorrelation <x^mu(t) x^mu(t + tau)> averaged over neurons and over time after the "
                                + "burn-in" + of, "lag", "region");
                g.put("participationRatio", r.participationRatio(), H5Group.ONE,
                        "participation-ratio dimension of each region's activity after the burn-in" + of, "region");
                g.put("traces", H5Group.timeFirst(r.traces()), H5Group.ONE,
                        "activations x_i^mu(t) of the first neurons of each region" + of, "time", "region", "neuron");
                g.put("readOutVariance", r.readOutVariance(), H5Group.ONE,
                        "variance sigma_n^2 of the read-out vectors of each region" + of, "region");
            }
            h5.provenance(TidyConfig.of(run.config().resolved()).toString(), run.provenance(), run.fingerprint());
            h5.attribute("mode", "simulation");
            h5.attribute("scheme", first.scheme().configName());
            h5.attribute("dt", first.dt());
            h5.attribute("recordStep", first.recordStep());
            h5.attribute("draws", e.draws().size());
            LyapunovSummary lyapunov = LyapunovSummary.of(e);
            if (lyapunov != null) {
                H5Group ly = h5.group("lyapunov", "maximal Lyapunov exponent of the network by tangent propagation "
                        + "with periodic renormalisation; attributes mean and standardError over draws");
                ly.put("draw", java.util.stream.IntStream.rangeClosed(1, e.draws().size()).toArray(), H5Group.LABEL,
                        "draw labels d = 1..D (the groups draws/<d>)", "draw");
                ly.put("exponent", lyapunov.exponents(), H5Group.RATE,
                        "maximal Lyapunov exponent of each draw", "draw");
                double[][] shares = new double[e.draws().size()][];
                for (int d = 0; d < shares.length; d++) {
                    shares[d] = e.draws().get(d).lyapunov().shares();
                }
                ly.put("shares", shares, H5Group.ONE,
                        "time-averaged share of each region in the squared norm of the tangent vector", "draw", "region");
                ly.attribute("mean", lyapunov.exponent());
                ly.attribute("standardError", lyapunov.standardError());
                ly.attribute("renormalisationInterval", run.config().simulation().lyapunovInterval());
            }
        }
    }

    private static void series(H5Group g, double[][][] currents, double[][][] drives, double[][] gain,
                               double[][] variance, String which) {
        g.put("currents", currents, H5Group.ONE,
                "filtered currents S^{mu nu}(t): row mu receives, column nu sends (nu -> mu)" + which,
                "time", "region", "region");
        g.put("drives", drives, H5Group.ONE,
                "instantaneous currents J^{mu nu}(t): row mu receives, column nu sends" + which,
                "time", "region", "region");
        g.put("gain", gain, H5Group.ONE, "empirical gain psi^mu(t) = <phi'(x^mu)> of each region" + which,
                "time", "region");
        g.put("variance", variance, H5Group.ONE, "empirical variance Delta^mu(t, t) = <(x^mu)^2> of each region"
                + which, "time", "region");
    }
}
