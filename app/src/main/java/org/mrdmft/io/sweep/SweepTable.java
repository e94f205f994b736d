package org.mrdmft.io.sweep;

import org.mrdmft.sweep.Observable;
import org.mrdmft.sweep.SweepPlan;
import org.mrdmft.sweep.SweepRow;
import org.mrdmft.sweep.SweepSpec;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.mrdmft.io.H5File;
import org.mrdmft.io.H5Group;
import org.mrdmft.io.Provenance;

/**
 * The tidy result table of a sweep, one row per (point, draw) sorted by point then draw:
 * {@code point, draw} (labels counted from 1), the axis columns, {@code seed}, with a leadingEigenvalue axis {@code tries,
 * drawnRe, drawnIm}, then per observable and region {@code label_mu, currents_mu, period_mu, amplitude_mu,
 * decay_mu, gain_mu, variance_mu, rowNorm_mu}.
 * Written as {@code sweep.csv} (full double precision; NaN empty) and {@code sweep.h5} (one dataset per
 * column). Everything in it is deterministic: the same sweep gives the same bytes whatever the threads,
 * shards or interruptions (run times are kept apart).
 */
public final class SweepTable {
    /** The CSV file name. */
    public static final String CSV = "sweep.csv";
    /** The HDF5 file name. */
    public static final String H5 = "sweep.h5";

    /** One column: CSV cells, the HDF5 array (int[], long[], double[] or String[]), its units and meaning. */
    private record Column(String name, String[] cells, Object data, String units, String description) {
    }

    private final List<Column> columns = new ArrayList<>();
    private final List<SweepRow> rows;

    /** The table of the given rows (any order) of a plan. */
    public SweepTable(SweepPlan plan, List<SweepRow> rows) {
        this.rows = rows.stream().sorted(Comparator.comparingInt(SweepRow::point).thenComparingInt(SweepRow::draw))
                .toList();
        ints("point", r -> r.point() + 1, H5Group.LABEL, "grid point, labelled from 1 in the order of the grid");
        ints("draw", r -> r.draw() + 1, H5Group.LABEL, "network draw at the grid point, labelled from 1");
        List<String> axisColumns = plan.axisColumns();
        Map<Integer, List<JsonNode>> coordinates = new java.util.HashMap<>();
        for (int c = 0; c < axisColumns.size(); c++) {
            int col = c;
            Function<SweepRow, JsonNode> value = r -> coordinates
                    .computeIfAbsent(r.point(), plan::coordinates).get(col);
            boolean numeric = this.rows.stream().allMatch(r -> value.apply(r).isNumber());
            String about = "grid coordinate " + axisColumns.get(c) + " (the config key of the sweep axis)";
            if (numeric) {
                doubles(axisColumns.get(c), r -> value.apply(r).doubleValue(), SweepUnits.of(axisColumns.get(c)),
                        about);
            } else {
                strings(axisColumns.get(c), r -> value.apply(r).isTextual() ? value.apply(r).asText()
                        : value.apply(r).toString(), about + ", as JSON text");
            }
        }
        String[] seeds = new String[this.rows.size()];
        long[] seedData = new long[seeds.length];
        for (int i = 0; i < seeds.length; i++) {
            seedData[i] = this.rows.get(i).seed();
            seeds[i] = Long.toString(seedData[i]);
        }
        columns.add(new Column("seed", seeds, seedData, H5Group.ONE, "seed of the row's random draws"));
        if (plan.samplesInteractions()) {
            ints("tries", SweepRow::tries, H5Group.ONE, "random tensors drawn until the leading eigenvalue fit");
            doubles("drawnRe", SweepRow::leadingRe, H5Group.ONE, "real part of the drawn leading eigenvalue");
            doubles("drawnIm", SweepRow::leadingIm, H5Group.ONE, "imaginary part of the drawn leading eigenvalue");
        }
        int regions = this.rows.isEmpty() ? 0 : this.rows.get(0).regions();
        for (Observable o : plan.spec().observables()) {
            for (int mu = 0; mu < regions; mu++) {
                int m = mu;
                String of = " of region " + (mu + 1);
                switch (o) {
                    case LABELS -> strings(o.column(mu), r -> r.labels().get(m), "dynamics label" + of);
                    case CURRENTS -> strings(o.column(mu), r -> r.currents().get(m),
                            "what the incoming currents" + of + " do (absent, static, periodic, slow, irregular)");
                    case PERIODS -> doubles(o.column(mu), r -> r.period()[m], H5Group.TIME,
                            "period of the periodic incoming currents" + of + " (NaN unless periodic)");
                    case AMPLITUDES -> doubles(o.column(mu), r -> r.amplitude()[m], H5Group.ONE,
                            "half the peak-to-peak excursion of the late incoming currents" + of);
                    case DECAYS -> doubles(o.column(mu), r -> r.decay()[m], H5Group.ONE,
                            "fraction of the variance" + of + " that decorrelates at long lags");
                    case GAINS -> doubles(o.column(mu), r -> r.gain()[m], H5Group.ONE, "final gain psi" + of);
                    case VARIANCES -> doubles(o.column(mu), r -> r.variance()[m], H5Group.ONE,
                            "final variance Delta(t, t)" + of);
                    case ROW_NORMS -> doubles(o.column(mu), r -> r.rowNorm()[m], H5Group.ONE,
                            "norm ||S^{mu .}|| of the final incoming currents" + of);
                    default -> throw new IllegalStateException(o.toString());
                }
            }
        }
    }

    /** The rows, sorted by point then draw. */
    public List<SweepRow> rows() {
        return rows;
    }

    /** The column names. */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** Writes {@code sweep.csv}. */
    public Path writeCsv(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", columns.stream().map(c -> escape(c.name())).toList()));
            w.write('\n');
            for (int i = 0; i < rows.size(); i++) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < columns.size(); c++) {
                    if (c > 0) {
                        line.append(',');
                    }
                    line.append(escape(columns.get(c).cells()[i]));
                }
                w.write(line.append('\n').toString());
            }
        }
        return file;
    }

    /**
     * Writes {@code sweep.h5}: one dataset [rows] per column (none for an empty table), each with
     * {@code description}, {@code units} and {@code axes} = ["row"]; attributes {@code rows}, {@code columns}
     * (an array), {@code conventions}, {@code timeUnit}, {@code mode}, {@code sweep}, {@code fingerprint},
     * provenance.
     */
    public Path writeH5(Path file, SweepSpec spec, Provenance provenance) {
        try (H5File h5 = H5File.create(file)) {
            // an empty table (a shard with no rows) has no datasets: HDF5 writers cannot type empty arrays
            H5Group table = h5.root();
            for (Column c : rows.isEmpty() ? List.<Column>of() : columns) {
                table.put(c.name(), c.data(), c.units(), c.description(), "row");
            }
            table.attribute("rows", rows.size());
            table.attribute("columns", columnNames());
            table.attribute("conventions", H5Group.CONVENTIONS);
            table.attribute("timeUnit", H5Group.TIME);
            table.attribute("mode", "sweep");
            table.attribute("sweep", spec.resolved().toString());
            table.attribute("fingerprint", spec.fingerprint());
            table.attribute("version", provenance.version());
            table.attribute("gitCommit", provenance.gitCommit());
        }
        return file;
    }

    private void ints(String name, Function<SweepRow, Integer> f, String units, String description) {
        int[] data = rows.stream().mapToInt(f::apply).toArray();
        String[] cells = new String[data.length];
        for (int i = 0; i < data.length; i++) {
            cells[i] = Integer.toString(data[i]);
        }
        columns.add(new Column(name, cells, data, units, description));
    }

    private void doubles(String name, ToDoubleFunction<SweepRow> f, String units, String description) {
        double[] data = rows.stream().mapToDouble(f).toArray();
        String[] cells = new String[data.length];
        for (int i = 0; i < data.length; i++) {
            cells[i] = Double.isNaN(data[i]) ? "" : Double.toString(data[i]);
        }
        columns.add(new Column(name, cells, data, units, description));
    }

    private void strings(String name, Function<SweepRow, String> f, String description) {
        String[] data = rows.stream().map(f).toArray(String[]::new);
        columns.add(new Column(name, data, data, H5Group.ONE, description + " (text)"));
    }

    private static String escape(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
