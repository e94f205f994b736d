package org.mrdmft.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hipparchus.complex.Complex;
import org.mrdmft.validation.ErrorScaling;
import org.mrdmft.validation.ObservableComparison;
import org.mrdmft.validation.SpectralCheck;
import org.mrdmft.validation.ValidationReport;
import org.mrdmft.validation.ValidationRun;

/**
 * Writes a validate run's {@code summary.json} (the fields of README.md (Outputs) with {@code command: "validate"},
 * {@code mode: "validation"}, plus {@code comparison} (per observable and region at the largest N: values,
 * standard errors, closure / trend / verdict and the reason), {@code verdict} ("pass", "inconclusive" or
 * "fail"), {@code verdictReasons}, {@code draws}, {@code lyapunov} (per N: simulated and theory exponents),
 * {@code neurons}, {@code spectrum}) and {@code comparison.csv} (one row per observable, region and N).
 */
public final class ValidationWriters {
    /** The comparison table's file name. */
    public static final String CSV = "comparison.csv";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ValidationWriters() {
    }

    public static ObjectNode summary(ValidationRecord run) {
        ValidationReport r = run.report();
        int largest = r.comparisons().stream().mapToInt(ObservableComparison::neurons).max().orElse(0);
        int regions = run.config().model().regions();
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SummaryJsonWriter.SCHEMA_VERSION);
        root.put("command", "validate");
        root.put("mode", "validation");
        root.put("regions", regions);
        root.set("config", TidyConfig.of(run.config().resolved()));
        ArrayNode overrides = root.putArray("theoryOverrides");
        run.theoryOverrides().forEach(overrides::add);
        ObjectNode fin = root.putObject("final");
        fin.putNull("currents");
        SummaryJsonWriter.numbers(fin.putArray("rowNorms"), atLargest(r, "rowNorm", largest, regions));
        SummaryJsonWriter.numbers(fin.putArray("gain"), atLargest(r, "gain", largest, regions));
        SummaryJsonWriter.numbers(fin.putArray("variance"), atLargest(r, "variance", largest, regions));
        ArrayNode dynamics = root.putArray("dynamics");
        r.simulatedLabels().forEach(l -> dynamics.add(l.configName()));
        ObjectNode labels = root.putObject("dynamicsComparison");
        ArrayNode theoryLabels = labels.putArray("theory");
        r.theoryLabels().forEach(l -> theoryLabels.add(l.configName()));
        ArrayNode simLabels = labels.putArray("simulation");
        r.simulatedLabels().forEach(l -> simLabels.add(l.configName()));
        labels.put("pass", r.theoryLabels().equals(r.simulatedLabels()));
        ObjectNode comparison = root.putObject("comparison");
        for (ErrorScaling s : r.scalings()) {
            ObjectNode o = comparison.has(s.observable()) ? (ObjectNode) comparison.get(s.observable())
                    : newObservable(comparison.putObject(s.observable()));
            ObservableComparison c = r.comparisons().stream().filter(x -> x.observable().equals(s.observable())
                    && x.region() == s.region() && x.neurons() == largest).findFirst().orElseThrow();
            ((ArrayNode) o.get("theory")).add(c.theory());
            ((ArrayNode) o.get("finiteNTheory")).add(c.finiteNTheory());
            ((ArrayNode) o.get("simulation")).add(c.simulation());
            ((ArrayNode) o.get("standardError")).add(c.standardError());
            ((ArrayNode) o.get("error")).add(c.error());
            ((ArrayNode) o.get("finiteNError")).add(c.finiteNError());
            ((ArrayNode) o.get("tolerance")).add(c.tolerance());
            if (Double.isFinite(s.slope())) {
                ((ArrayNode) o.get("errorSlope")).add(s.slope());
            } else {
                ((ArrayNode) o.get("errorSlope")).addNull();
            }
            ((ArrayNode) o.get("pass")).add(s.pass());
            ((ArrayNode) o.get("finiteNStandardError")).add(c.finiteNStandardError());
            ((ArrayNode) o.get("closure")).add(s.closure().configName());
            ((ArrayNode) o.get("trend")).add(s.trend().configName());
            ((ArrayNode) o.get("verdict")).add(s.verdict().configName());
            ((ArrayNode) o.get("reason")).add(s.reason());
        }
        root.put("verdict", r.verdict());
        ArrayNode reasons = root.putArray("verdictReasons");
        r.reasons().forEach(reasons::add);
        root.put("draws", r.comparisons().isEmpty() ? 0 : r.comparisons().get(0).draws());
        ObjectNode lyapunov = root.putObject("lyapunov");
        for (ObservableComparison c : r.comparisons()) {
            if (c.observable().equals(ValidationRun.LYAPUNOV)) {
                ObjectNode row = lyapunov.putObject(Integer.toString(c.neurons()));
                number(row, "simulation", c.simulation());
                number(row, "theory", c.theory());
                number(row, "finiteNTheory", c.finiteNTheory());
                number(row, "standardError", c.standardError());
            }
        }
        ArrayNode neurons = root.putArray("neurons");
        r.comparisons().stream().mapToInt(ObservableComparison::neurons).distinct().sorted().forEach(neurons::add);
        if (r.spectrum() != null) {
            SpectralCheck sp = r.spectrum();
            ObjectNode o = root.putObject("spectrum");
            o.put("neurons", sp.neurons());
            complex(o.putArray("outliers"), sp.outliers());
            complex(o.putArray("nearestSampled"), sp.nearest());
            o.put("maxOutlierDistance", sp.maxOutlierDistance());
            o.put("bulkRadius", sp.bulkRadius());
            o.put("sampledBulkRadius", sp.sampledBulkRadius());
        }
        SummaryJsonWriter.provenance(root, run.runtimeSeconds(), run.provenance(), run.fingerprint());
        return root;
    }

    public static void writeSummary(Path file, ValidationRecord run) throws IOException {
        JSON.writeValue(file.toFile(), summary(run));
    }

    public static void writeCsv(Path file, ValidationReport r) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("observable,region,N,draws,theory,finiteNTheory,simulation,standardError,finiteNStandardError,"
                    + "error,finiteNError,tolerance,closure,trend");
            w.newLine();
            for (ObservableComparison c : r.comparisons()) {
                w.write(String.join(",", c.observable(), Integer.toString(c.region() + 1),
                        Integer.toString(c.neurons()), Integer.toString(c.draws()), Double.toString(c.theory()),
                        Double.toString(c.finiteNTheory()), Double.toString(c.simulation()),
                        Double.toString(c.standardError()), Double.toString(c.finiteNStandardError()),
                        Double.toString(c.error()), Double.toString(c.finiteNError()), Double.toString(c.tolerance()),
                        c.closure().configName(), c.trend().configName()));
                w.newLine();
            }
        }
    }

    private static void number(ObjectNode target, String key, double v) {
        if (Double.isFinite(v)) {
            target.put(key, v);
        } else {
            target.putNull(key);
        }
    }

    private static ObjectNode newObservable(ObjectNode o) {
        for (String k : List.of("theory", "finiteNTheory", "simulation", "standardError", "error", "finiteNError",
                "tolerance", "errorSlope", "pass", "finiteNStandardError", "closure", "trend", "verdict", "reason")) {
            o.putArray(k);
        }
        return o;
    }

    private static double[] atLargest(ValidationReport r, String observable, int largest, int regions) {
        double[] out = new double[regions];
        for (ObservableComparison c : r.comparisons()) {
            if (c.observable().equals(observable) && c.neurons() == largest) {
                out[c.region()] = c.simulation();
            }
        }
        return out;
    }

    private static void complex(ArrayNode target, List<Complex> values) {
        for (Complex c : values) {
            SummaryJsonWriter.numbers(target.addArray(), new double[] {c.getReal(), c.getImaginary()});
        }
    }
}
