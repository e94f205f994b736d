package org.mrdmft.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.mrdmft.dmft.TransientDiagnostics;
import org.mrdmft.dmft.ReplicaExponent;
import org.mrdmft.dmft.ReplicaResult;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.dynamics.DynamicsLabel;
import org.mrdmft.dynamics.RegionDynamics;
import org.mrdmft.simulation.SignFree;

/**
 * Writes {@code summary.json} (README.md (Outputs), schema version 1) for a transient run ({@code final}: currents,
 * their row norms {@code rowNorms} ||S^{mu .}||, gain, variance at the last time point), with the extras
 * {@code configFingerprint}, {@code scheme}, {@code dt}, {@code timePoints} (the number of times 0, dt, ...,
 * {@code endTime}), {@code endTime}, {@code cellsEvaluated} and
 * {@code diagnostics} (converged, the implicit diagonal iteration's pass cap, most passes, capped steps and
 * largest residual left there, warnings); with {@code dmft.lyapunov} also {@code lyapunovExponent} (per region)
 * and {@code lyapunov} (the replica DMFT's fit details).
 * Non-finite numbers are written as null so that the file stays valid JSON.
 */
public final class SummaryJsonWriter {
    /** The file name in an output directory. */
    public static final String FILE = "summary.json";
    /** Schema version of the file. */
    public static final int SCHEMA_VERSION = 1;
    /** Key of the config fingerprint, read back to detect conflicting results. */
    public static final String FINGERPRINT_KEY = "configFingerprint";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJsonWriter() {
    }

    /** The summary as a JSON tree. */
    public static ObjectNode toJson(RunRecord run) {
        TransientResult r = run.result();
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("command", run.command());
        root.put("mode", "transient");
        root.put("regions", r.regions());
        root.set("config", TidyConfig.of(run.config().resolved()));
        ObjectNode fin = root.putObject("final");
        ArrayNode currents = fin.putArray("currents");
        for (double[] row : r.finalCurrents()) {
            numbers(currents.addArray(), row);
        }
        numbers(fin.putArray("rowNorms"), SignFree.rowNorms(r.finalCurrents()));
        numbers(fin.putArray("gain"), r.gain()[r.steps() - 1]);
        numbers(fin.putArray("variance"), r.variance()[r.steps() - 1]);
        ArrayNode dynamics = root.putArray("dynamics");
        for (DynamicsLabel label : run.labels()) {
            dynamics.add(label.configName());
        }
        if (!run.dynamics().isEmpty()) {
            root.put("classifier", run.config().dmft().classifier().configName());
            ArrayNode detail = root.putArray("dynamicsDetail");
            for (RegionDynamics d : run.dynamics()) {
                ObjectNode o = detail.addObject();
                o.put("label", d.label().configName());
                o.put("currents", d.currents().configName());
                number(o, "period", d.period());
                number(o, "amplitude", d.amplitude());
                number(o, "settlingRate", d.settlingRate());
                number(o, "decay", d.decay());
            }
        }
        if (run.replica() != null) {
            replica(root, run.replica());
        }
        provenance(root, run.runtimeSeconds(), run.provenance(), run.fingerprint());
        root.put("scheme", r.scheme().configName());
        root.put("dt", r.dt());
        root.put("timePoints", r.steps());
        root.put("endTime", TidyConfig.round(r.time(r.steps() - 1)));
        root.put("cellsEvaluated", r.cellsEvaluated());
        diagnostics(root.putObject("diagnostics"), r.diagnostics());
        return root;
    }

    /**
     * The replica DMFT ({@code dmft.lyapunov}): {@code lyapunovExponent} per region and {@code lyapunov} with the
     * initial separation, per region the exponent, what the distance did, the fit window, the halves' spread and
     * the final relative distance, and the replica's warnings.
     */
    private static void replica(ObjectNode root, ReplicaResult replica) {
        numbers(root.putArray("lyapunovExponent"), replica.exponent());
        ObjectNode o = root.putObject("lyapunov");
        o.put("method", "replica");
        o.put("separation", replica.separation());
        ArrayNode regions = o.putArray("regions");
        for (ReplicaExponent e : replica.exponents()) {
            ObjectNode g = regions.addObject();
            number(g, "exponent", e.exponent());
            g.put("trend", e.trend().configName());
            number(g, "fitStart", e.fitStart());
            number(g, "fitEnd", e.fitEnd());
            number(g, "halvesSpread", e.halvesSpread());
            number(g, "finalRelativeDistance", e.finalRelativeDistance());
        }
        warnings(o.putArray("warnings"), replica.warnings());
    }

    /** How the solve went: the implicit diagonal iteration's effort (when there is one) and the warnings. */
    private static void diagnostics(ObjectNode o, TransientDiagnostics d) {
        o.put("converged", d.converged());
        if (d.diagonalPassCap() > 0) {
            o.put("diagonalPassCap", d.diagonalPassCap());
            o.put("maxDiagonalPasses", d.maxDiagonalPasses());
            o.put("cappedSteps", d.cappedSteps());
            number(o, "maxCappedResidual", d.maxCappedResidual());
        }
        warnings(o.putArray("warnings"), d.warnings());
    }

    static void warnings(ArrayNode target, java.util.List<String> warnings) {
        warnings.forEach(target::add);
    }

    /** The fields every summary.json ends with: runtime, version, git commit and config fingerprint. */
    public static void provenance(ObjectNode root, double runtimeSeconds, Provenance provenance, String fingerprint) {
        root.put("runtimeSeconds", runtimeSeconds);
        root.put("version", provenance.version());
        root.put("gitCommit", provenance.gitCommit());
        root.put(FINGERPRINT_KEY, fingerprint);
    }

    /** A finite number, or null (NaN: not applicable). */
    private static void number(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }

    /** Writes the summary to {@code file}. */
    public static void write(Path file, RunRecord run) throws IOException {
        JSON.writeValue(file.toFile(), toJson(run));
    }

    static void numbers(ArrayNode target, double[] values) {
        for (double v : values) {
            if (Double.isFinite(v)) {
                target.add(v);
            } else {
                target.addNull();
            }
        }
    }
}
