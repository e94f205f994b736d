package org.mrdmft.io.sweep;

import org.mrdmft.sweep.LabelStatistics;
import org.mrdmft.sweep.LeadingEigenvalueAxis;
import org.mrdmft.sweep.Observable;
import org.mrdmft.sweep.Shard;
import org.mrdmft.sweep.SweepAxis;
import org.mrdmft.sweep.SweepPlan;
import org.mrdmft.sweep.SweepRow;
import org.mrdmft.sweep.SweepSpec;
import org.mrdmft.sweep.ValuesAxis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mrdmft.io.OutputDirectory;
import org.mrdmft.io.Provenance;
import org.mrdmft.io.SummaryJsonWriter;
import org.mrdmft.io.TidyConfig;
import org.mrdmft.figures.DataTable;
import org.mrdmft.io.FigureTableWriter;

/**
 * Writes the final files of a finished sweep (or shard) at once through an open {@link OutputDirectory}
 * (claimed by the caller for command "sweep" and the sweep's fingerprint):
 * {@code sweep.csv}, {@code sweep.h5}, {@code runtimes.csv} and {@code summary.json}; for a complete sweep
 * with labels and exactly two numeric grid columns also {@code points.csv} and, per region, the label maps the
 * given {@link LabelMapCharts} draws (the command line's: heatmaps {@code modal-label-<mu>} and
 * {@code label-entropy-<mu>}, PNG, SVG, PDF).
 */
public final class SweepOutput {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SweepOutput() {
    }

    /** The files written and the table. */
    public record Written(Path directory, List<Path> files, SweepTable table) {
    }

    /**
     * Writes everything into {@code out} and commits it.
     *
     * @param shard the shard the rows are (ALL for a complete sweep)
     * @param computed rows computed by this invocation (for the summary)
     * @param seconds wall time of this invocation
     * @param charts draws the label maps of a complete two-axis sweep
     */
    public static Written write(OutputDirectory out, SweepPlan plan, Shard shard,
                                List<SweepRow> rows, int computed, double seconds, Provenance provenance,
                                LabelMapCharts charts) throws IOException {
        SweepSpec spec = plan.spec();
        SweepTable table = new SweepTable(plan, rows);
        Path stage = out.staging();
        List<Path> files = new ArrayList<>();
        files.add(table.writeCsv(stage.resolve(SweepTable.CSV)));
        files.add(table.writeH5(stage.resolve(SweepTable.H5), spec, provenance));
        files.add(FigureTableWriter.write(runtimes(table.rows()), stage));
        boolean complete = shard.n() == 1;
        if (complete && spec.observables().contains(Observable.LABELS) && !rows.isEmpty()) {
            files.addAll(labelFigures(plan, table.rows(), stage, charts));
        }
        ObjectNode summary = JSON.createObjectNode();
        summary.put("schemaVersion", SummaryJsonWriter.SCHEMA_VERSION);
        summary.put("command", "sweep");
        summary.set("sweep", TidyConfig.of(spec.resolved()));
        summary.put("shard", shard.toString());
        ObjectNode counts = summary.putObject("counts");
        counts.put("points", plan.points());
        counts.put("draws", spec.draws());
        counts.put("rows", plan.rows());
        counts.put("rowsInTable", table.rows().size());
        counts.put("computedThisRun", computed);
        if (spec.observables().contains(Observable.LABELS)) {
            ObjectNode labels = counts.putObject("labels");
            for (SweepRow r : table.rows()) {
                for (String l : r.labels()) {
                    labels.put(l, labels.path(l).asInt() + 1);
                }
            }
        }
        summary.putArray("columns").addAll(table.columnNames().stream()
                .map(c -> (com.fasterxml.jackson.databind.JsonNode) JSON.getNodeFactory().textNode(c)).toList());
        ArrayNode names = summary.putArray("files");
        files.forEach(f -> names.add(f.getFileName().toString()));
        summary.put("runtimeSeconds", seconds);
        summary.put("rowSeconds", table.rows().stream().mapToDouble(SweepRow::runtimeSeconds).sum());
        summary.put("version", provenance.version());
        summary.put("gitCommit", provenance.gitCommit());
        summary.put(SummaryJsonWriter.FINGERPRINT_KEY, spec.fingerprint());
        JSON.writeValue(stage.resolve(SummaryJsonWriter.FILE).toFile(), summary);
        out.commit();
        return new Written(out.target(), files, table);
    }

    private static DataTable runtimes(List<SweepRow> rows) {
        return DataTable.named("runtimes")
                .column("point", rows.stream().mapToDouble(r -> r.point() + 1).toArray())
                .column("draw", rows.stream().mapToDouble(r -> r.draw() + 1).toArray())
                .column("runtimeSeconds", rows.stream().mapToDouble(SweepRow::runtimeSeconds).toArray()).build();
    }

    /** points.csv and the label maps, when the grid has exactly two numeric columns. */
    private static List<Path> labelFigures(SweepPlan plan, List<SweepRow> rows, Path stage, LabelMapCharts charts)
            throws IOException {
        List<SweepAxis> axes = plan.spec().axes();
        int ny;
        if (axes.size() == 2 && axes.get(0) instanceof ValuesAxis && axes.get(1) instanceof ValuesAxis) {
            ny = axes.get(1).size();
        } else if (axes.size() == 1 && axes.get(0) instanceof LeadingEigenvalueAxis a) {
            ny = a.im().length;
        } else {
            return List.of();
        }
        int points = plan.points();
        int nx = points / ny;
        double[] x = new double[nx];
        double[] y = new double[ny];
        for (int p = 0; p < points; p++) {
            var c = plan.coordinates(p);
            if (!c.get(0).isNumber() || !c.get(1).isNumber()) {
                return List.of();
            }
            x[p / ny] = c.get(0).doubleValue();
            y[p % ny] = c.get(1).doubleValue();
        }
        int regions = rows.get(0).regions();
        LabelStatistics stats = LabelStatistics.of(points, regions, rows);
        List<String> cols = plan.axisColumns();
        DataTable.Builder table = DataTable.named("points").column("point", java.util.stream.IntStream.rangeClosed(1,
                points).asDoubleStream().toArray());
        double[] xs = new double[points];
        double[] ys = new double[points];
        for (int p = 0; p < points; p++) {
            xs[p] = x[p / ny];
            ys[p] = y[p % ny];
        }
        table.column(cols.get(0), xs).column(cols.get(1), ys);
        List<LabelMaps.Region> maps = new ArrayList<>();
        for (int mu = 0; mu < regions; mu++) {
            double[] modal = new double[points];
            double[] entropy = new double[points];
            double[][] modalGrid = new double[nx][ny];
            double[][] entropyGrid = new double[nx][ny];
            for (int p = 0; p < points; p++) {
                int m = stats.modal()[p][mu];
                modal[p] = m < 0 ? Double.NaN : m;
                entropy[p] = stats.entropyBits()[p][mu];
                modalGrid[p / ny][p % ny] = modal[p];
                entropyGrid[p / ny][p % ny] = entropy[p];
            }
            table.column("modalLabel_" + (mu + 1), modal).column("entropyBits_" + (mu + 1), entropy);
            maps.add(new LabelMaps.Region(mu + 1, modalGrid, entropyGrid));
        }
        List<Path> files = new ArrayList<>();
        files.add(FigureTableWriter.write(table.build(), stage));
        files.addAll(charts.write(new LabelMaps(cols.get(0), x, cols.get(1), y, plan.spec().draws(), maps), stage));
        return files;
    }
}
