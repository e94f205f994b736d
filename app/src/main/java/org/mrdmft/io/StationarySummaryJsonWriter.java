package org.mrdmft.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.hipparchus.complex.Complex;
import java.util.List;
import org.mrdmft.simulation.SignFree;
import org.mrdmft.stationary.FixedPoint;
import org.mrdmft.stationary.FixedPointGroup;
import org.mrdmft.stationary.FixedPointStability;
import org.mrdmft.stationary.RegionState;
import org.mrdmft.stationary.StationaryDiagnostics;
import org.mrdmft.stationary.StationaryResult;

/**
 * Writes {@code summary.json} of a stationary run: the fields of README.md (Outputs) with {@code mode: "stationary"},
 * {@code final} (currents, rowNorms, gain, variance) and {@code dynamics} taken from the representative fixed point
 * (the stable one most starts reached), {@code lyapunovExponent} (each region's maximal Lyapunov exponent there,
 * docs/MODEL.md section 10), {@code fixedPoints} (label, currents, gain, delta0, deltaInf, structuredVariance,
 * branch and lyapunovExponent per region, stable, stability (stable, marginal or unstable: a growth rate within
 * {@code marginalTolerance} of 0 is marginal), zeroModes, plus growthRate, eigenvalues, gainScaledSpectrum,
 * starts, residual), {@code fixedPointGroups} (isolated points and continua: kind, dimension, stability, starts,
 * points, branches per region, members = the labels of its fixed points), {@code representative}
 * (its label: fixed points are labelled from 1), {@code spectrum} (That outliers, bulk radius, disorder),
 * {@code search} (starts, converged) and,
 * for reciprocal networks with a = 0, {@code manifold} (polytope vertices, fracture pairs, components), and
 * {@code diagnostics} (Levenberg-Marquardt iterations and residual per fixed point, starts that reached none,
 * the closest miss among them, warnings).
 */
public final class StationarySummaryJsonWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StationarySummaryJsonWriter() {
    }

    /** The summary as a JSON tree. */
    public static ObjectNode toJson(StationaryRecord run) {
        StationaryResult r = run.result();
        FixedPoint rep = r.representative();
        int regions = rep.gain().length;
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SummaryJsonWriter.SCHEMA_VERSION);
        root.put("command", run.command());
        root.put("mode", "stationary");
        root.put("regions", regions);
        root.set("config", TidyConfig.of(run.config().resolved()));
        ObjectNode fin = root.putObject("final");
        matrix(fin.putArray("currents"), rep.currents());
        SummaryJsonWriter.numbers(fin.putArray("rowNorms"), SignFree.rowNorms(rep.currents()));
        SummaryJsonWriter.numbers(fin.putArray("gain"), rep.gain());
        SummaryJsonWriter.numbers(fin.putArray("variance"),
                rep.regions().stream().mapToDouble(RegionState::delta0).toArray());
        if (!r.lyapunovExponents().isEmpty()) {
            SummaryJsonWriter.numbers(root.putArray("lyapunovExponent"), r.lyapunovExponent());
        }
        ArrayNode dynamics = root.putArray("dynamics");
        run.dynamics().forEach(d -> dynamics.add(d.configName()));
        root.put("representative", r.representativeIndex() + 1);
        ArrayNode fps = root.putArray("fixedPoints");
        for (int k = 0; k < r.search().fixedPoints().size(); k++) {
            FixedPoint fp = r.search().fixedPoints().get(k);
            ObjectNode o = fps.addObject();
            o.put("label", k + 1);
            matrix(o.putArray("currents"), fp.currents());
            SummaryJsonWriter.numbers(o.putArray("gain"), fp.gain());
            SummaryJsonWriter.numbers(o.putArray("delta0"), fp.regions().stream().mapToDouble(RegionState::delta0).toArray());
            SummaryJsonWriter.numbers(o.putArray("deltaInf"),
                    fp.regions().stream().mapToDouble(RegionState::deltaInf).toArray());
            SummaryJsonWriter.numbers(o.putArray("structuredVariance"),
                    fp.regions().stream().mapToDouble(RegionState::structuredVariance).toArray());
            ArrayNode branch = o.putArray("branch");
            fp.regions().forEach(s -> branch.add(s.branch().label()));
            if (!r.lyapunovExponents().isEmpty()) {
                SummaryJsonWriter.numbers(o.putArray("lyapunovExponent"), r.lyapunovExponents(k));
            }
            o.put("stable", fp.stable());
            o.put("stability", fp.stability().label());
            o.put("zeroModes", FixedPointStability.zeroModes(fp));
            o.put("growthRate", fp.growthRate());
            complex(o.putArray("eigenvalues"), fp.eigenvalues());
            complex(o.putArray("gainScaledSpectrum"), r.gainScaledSpectra().get(k));
            o.put("starts", fp.starts());
            o.put("residual", fp.residual());
        }
        groups(root, r.groups());
        ObjectNode spectrum = root.putObject("spectrum");
        complex(spectrum.putArray("outliers"), r.outliers());
        spectrum.put("bulkRadius", r.bulkRadius());
        SummaryJsonWriter.numbers(spectrum.putArray("disorder"), run.config().model().disorder());
        ManifoldSection.of(run.config().resolved())
                .ifPresent(report -> ManifoldSection.write(root.putObject("manifold"), report));
        ObjectNode search = root.putObject("search");
        search.put("starts", r.search().starts());
        search.put("converged", r.search().converged());
        SummaryJsonWriter.provenance(root, run.runtimeSeconds(), run.provenance(), run.fingerprint());
        StationaryDiagnostics d = r.diagnostics();
        ObjectNode diagnostics = root.putObject("diagnostics");
        d.iterations().forEach(diagnostics.putArray("iterations")::add);
        SummaryJsonWriter.numbers(diagnostics.putArray("residuals"),
                d.residuals().stream().mapToDouble(Double::doubleValue).toArray());
        diagnostics.put("missedStarts", d.missedStarts());
        if (Double.isFinite(d.closestMiss())) {
            diagnostics.put("closestMiss", d.closestMiss());
        } else {
            diagnostics.putNull("closestMiss");
        }
        SummaryJsonWriter.warnings(diagnostics.putArray("warnings"), d.warnings());
        return root;
    }

    /** Writes the summary to {@code file}. */
    public static void write(Path file, StationaryRecord run) throws IOException {
        JSON.writeValue(file.toFile(), toJson(run));
    }

    /** {@code fixedPointGroups}: kind, dimension, stability, starts, points, branch per region, members. */
    private static void groups(ObjectNode root, List<FixedPointGroup> groups) {
        root.put("marginalTolerance", FixedPointStability.TOLERANCE);
        ArrayNode out = root.putArray("fixedPointGroups");
        for (FixedPointGroup g : groups) {
            ObjectNode o = out.addObject();
            o.put("kind", g.kind().label());
            o.put("dimension", g.dimension());
            o.put("stability", g.stability().label());
            o.put("starts", g.starts());
            o.put("points", g.size());
            ArrayNode branches = o.putArray("branches");
            g.branches().forEach(b -> branches.add(b.label()));
            ArrayNode members = o.putArray("members");
            for (int m : g.members()) {
                members.add(m + 1);
            }
        }
    }

    private static void matrix(ArrayNode target, double[][] m) {
        for (double[] row : m) {
            SummaryJsonWriter.numbers(target.addArray(), row);
        }
    }

    private static void complex(ArrayNode target, Complex[] values) {
        for (Complex c : values) {
            SummaryJsonWriter.numbers(target.addArray(), new double[] {c.getReal(), c.getImaginary()});
        }
    }
}
