package org.mrdmft.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.mrdmft.simulation.SignFree;
import org.mrdmft.simulation.SignFreeAggregates;
import org.mrdmft.simulation.LyapunovSummary;
import org.mrdmft.simulation.SimulationEnsemble;
import org.mrdmft.simulation.SimulationResult;

/**
 * Writes {@code summary.json} (README.md (Outputs), schema version 1) for a simulation: {@code mode} "simulation",
 * {@code final} = the last recorded point averaged over draws, sign-free ({@code currents} = mean |S^{mu nu}| as
 * {@code currentsAggregate} says, {@code rowNorms} = mean ||S^{mu .}||, gain, variance, each with its standard
 * error over draws in {@code standardErrors}), and the extras {@code draws} (per draw: its signed final currents,
 * rowNorms, gain, variance, readOutVariance, participationRatio), {@code participationRatio} (averaged),
 * {@code scheme}, {@code dt}, {@code recordStep}, {@code timePoints} (recorded times 0, recordStep, ...,
 * {@code endTime}), {@code endTime}, {@code configFingerprint}; with {@code simulation.lyapunov} the maximal
 * Lyapunov exponent {@code lyapunovExponent} (mean over draws), {@code lyapunovStandardError} (null with one
 * draw), {@code lyapunovShares} per region, and per draw its own. Non-finite numbers are written as null.
 */
public final class SimulationSummaryWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SimulationSummaryWriter() {
    }

    /** The summary as a JSON tree. */
    public static ObjectNode toJson(SimulationRecord run) {
        SimulationEnsemble e = run.ensemble();
        SimulationResult first = e.first();
        int last = first.steps() - 1;
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SummaryJsonWriter.SCHEMA_VERSION);
        root.put("command", run.command());
        root.put("mode", "simulation");
        root.put("regions", first.regions());
        root.set("config", TidyConfig.of(run.config().resolved()));
        aggregates(root.putObject("final"), e.finalAggregates());
        numbers(root.putArray("participationRatio"), e.meanParticipationRatio());
        ArrayNode draws = root.putArray("draws");
        for (SimulationResult d : e.draws()) {
            ObjectNode o = draws.addObject();
            finals(o, d.currents()[last], d.gain()[last], d.variance()[last]);
            numbers(o.putArray("rowNorms"), SignFree.rowNorms(d.currents()[last]));
            numbers(o.putArray("readOutVariance"), d.readOutVariance());
            numbers(o.putArray("participationRatio"), d.participationRatio());
            if (d.lyapunov() != null) {
                number(o, "lyapunovExponent", d.lyapunov().exponent());
                numbers(o.putArray("lyapunovShares"), d.lyapunov().shares());
            }
        }
        LyapunovSummary lyapunov = LyapunovSummary.of(e);
        if (lyapunov != null) {
            number(root, "lyapunovExponent", lyapunov.exponent());
            number(root, "lyapunovStandardError", lyapunov.standardError());
            numbers(root.putArray("lyapunovShares"), lyapunov.shares());
            numbers(root.putArray("lyapunovShareStandardErrors"), lyapunov.shareStandardErrors());
        }
        SummaryJsonWriter.provenance(root, run.runtimeSeconds(), run.provenance(), run.fingerprint());
        root.put("scheme", first.scheme().configName());
        root.put("dt", first.dt());
        root.put("recordStep", first.recordStep());
        root.put("timePoints", first.steps());
        root.put("endTime", TidyConfig.round(first.time(first.steps() - 1)));
        ArrayNode warnings = root.putObject("diagnostics").putArray("warnings");
        first.diagnostics().warnings().forEach(warnings::add); // the same for every draw of the network
        return root;
    }

    /** Writes the summary to {@code file}. */
    public static void write(Path file, SimulationRecord run) throws IOException {
        JSON.writeValue(file.toFile(), toJson(run));
    }

    /** What {@code currentsAggregate} says {@code final.currents} of a simulation is. */
    public static final String CURRENTS_AGGREGATE = "mean over draws of |S| (a route's sign differs between draws; "
            + "signed currents per draw in draws[].currents)";

    private static void aggregates(ObjectNode fin, SignFreeAggregates a) {
        ArrayNode rows = fin.putArray("currents");
        for (double[] row : a.absCurrentMeans()) {
            numbers(rows.addArray(), row);
        }
        fin.put("currentsAggregate", CURRENTS_AGGREGATE);
        numbers(fin.putArray("rowNorms"), a.rowNorms().mean());
        numbers(fin.putArray("gain"), a.gain().mean());
        numbers(fin.putArray("variance"), a.variance().mean());
        fin.put("draws", a.draws());
        ObjectNode se = fin.putObject("standardErrors");
        ArrayNode seRows = se.putArray("currents");
        for (double[] row : a.absCurrentErrors()) {
            numbers(seRows.addArray(), row);
        }
        numbers(se.putArray("rowNorms"), a.rowNorms().standardError());
        numbers(se.putArray("gain"), a.gain().standardError());
        numbers(se.putArray("variance"), a.variance().standardError());
    }

    private static void finals(ObjectNode fin, double[][] currents, double[] gain, double[] variance) {
        ArrayNode rows = fin.putArray("currents");
        for (double[] row : currents) {
            numbers(rows.addArray(), row);
        }
        numbers(fin.putArray("gain"), gain);
        numbers(fin.putArray("variance"), variance);
    }

    private static void number(ObjectNode target, String key, double v) {
        if (Double.isFinite(v)) {
            target.put(key, v);
        } else {
            target.putNull(key);
        }
    }

    private static void numbers(ArrayNode target, double[] values) {
        for (double v : values) {
            if (Double.isFinite(v)) {
                target.add(v);
            } else {
                target.addNull();
            }
        }
    }
}
