package org.mrdmft.io.sweep;

import org.mrdmft.sweep.Shard;
import org.mrdmft.sweep.SweepRow;
import org.mrdmft.sweep.SweepSpec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.mrdmft.io.OutputConflictException;

/**
 * The append-only record of a sweep's finished rows, {@code DIR/.sweep/journal.jsonl}: a header line
 * (journal version, sweep fingerprint, shard, resolved sweep) then one JSON line per finished row, flushed as
 * it is written. A killed run leaves at most a torn last line, which reopening drops; a rerun skips the rows
 * already there. A journal of another sweep or shard is never mixed in: reopening it is an output conflict
 * unless it may be discarded.
 */
public final class SweepJournal implements AutoCloseable {
    /** The work area inside a sweep directory. */
    public static final String WORK_DIR = ".sweep";
    /** The journal's file name in the work area. */
    public static final String FILE = "journal.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode header;
    private final List<SweepRow> rows;
    private final BufferedWriter writer;
    private final Path file;
    private int appended;

    private SweepJournal(ObjectNode header, List<SweepRow> rows, BufferedWriter writer, Path file) {
        this.header = header;
        this.rows = rows;
        this.writer = writer;
        this.file = file;
    }

    /** The journal file of a sweep directory. */
    public static Path file(Path dir) {
        return dir.resolve(WORK_DIR).resolve(FILE);
    }

    /**
     * Opens (creating or resuming) the journal of {@code spec}'s shard in {@code dir}.
     *
     * @param discardOther whether a journal of another sweep or shard may be deleted (--force)
     * @throws OutputConflictException if the directory holds the journal of another sweep or shard
     */
    public static SweepJournal open(Path dir, SweepSpec spec, Shard shard, boolean discardOther) throws IOException {
        ObjectNode header = JSON.createObjectNode();
        header.put("journal", 1);
        header.put("fingerprint", spec.fingerprint());
        header.put("shard", shard.toString());
        header.set("sweep", spec.resolved());
        Path file = file(dir);
        List<SweepRow> rows = new ArrayList<>();
        if (Files.exists(file)) {
            Contents old = read(file);
            boolean same = old.header() != null && header.path("fingerprint").equals(old.header().path("fingerprint"))
                    && header.path("shard").equals(old.header().path("shard"));
            if (same) {
                rows.addAll(old.rows());
            } else if (!discardOther) {
                throw new OutputConflictException("output directory " + dir + " holds an unfinished or finished "
                        + "run of a different sweep or shard; choose another directory with --out DIR or replace "
                        + "it with --force");
            }
        }
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(FILE + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(header.toString());
            w.write('\n');
            for (SweepRow r : rows) {
                w.write(toJson(r).toString());
                w.write('\n');
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return new SweepJournal(header, rows, writer, file);
    }

    /** The header and complete rows of a journal file; a line that does not parse (a torn write) is skipped. */
    public record Contents(ObjectNode header, List<SweepRow> rows) {
    }

    /** Reads a journal without opening it for writing. */
    public static Contents read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        ObjectNode header = null;
        List<SweepRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode n;
            try {
                n = JSON.readTree(lines.get(i));
            } catch (JsonProcessingException e) {
                continue;
            }
            if (i == 0 && n instanceof ObjectNode o && o.has("journal")) {
                header = o;
            } else if (n instanceof ObjectNode o && o.has("point")) {
                try {
                    rows.add(fromJson(o));
                } catch (RuntimeException e) {
                    // an incomplete row: skipped
                }
            }
        }
        return new Contents(header, rows);
    }

    /** The header line. */
    public ObjectNode header() {
        return header.deepCopy();
    }

    /** Rows finished before this run (as read when opened). */
    public List<SweepRow> previousRows() {
        return List.copyOf(rows);
    }

    /** Appends a finished row and flushes it. */
    public synchronized void append(SweepRow row) {
        try {
            writer.write(toJson(row).toString());
            writer.write('\n');
            writer.flush();
            appended++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sweep journal", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        writer.close();
    }

    /**
     * Closes the journal and, when it holds no row at all (the sweep failed before its first row finished)
     * or {@code refused} (the sweep's input was refused: it can never finish, so its rows can never be
     * resumed), deletes it and its work area, so that it cannot block the next sweep into the directory.
     */
    public synchronized void closeDiscarding(boolean refused) throws IOException {
        writer.close();
        if (refused || rows.isEmpty() && appended == 0) {
            Files.deleteIfExists(file);
            try {
                Files.deleteIfExists(file.getParent());
            } catch (java.nio.file.DirectoryNotEmptyException e) {
                // something else lives in the work area: keep it
            }
        }
    }

    static ObjectNode toJson(SweepRow r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("point", r.point());
        o.put("draw", r.draw());
        o.put("seed", r.seed());
        o.put("tries", r.tries());
        putNumber(o, "leadingRe", r.leadingRe());
        putNumber(o, "leadingIm", r.leadingIm());
        ArrayNode labels = o.putArray("labels");
        r.labels().forEach(labels::add);
        ArrayNode currents = o.putArray("currents");
        r.currents().forEach(currents::add);
        putArray(o, "period", r.period());
        putArray(o, "amplitude", r.amplitude());
        putArray(o, "decay", r.decay());
        putArray(o, "gain", r.gain());
        putArray(o, "variance", r.variance());
        putArray(o, "rowNorm", r.rowNorm());
        putNumber(o, "runtimeSeconds", r.runtimeSeconds());
        return o;
    }

    static SweepRow fromJson(JsonNode o) {
        List<String> labels = new ArrayList<>();
        o.get("labels").forEach(l -> labels.add(l.asText()));
        List<String> currents = new ArrayList<>();
        o.get("currents").forEach(l -> currents.add(l.asText()));
        return new SweepRow(o.get("point").intValue(), o.get("draw").intValue(), o.get("seed").longValue(),
                o.get("tries").intValue(), number(o.get("leadingRe")), number(o.get("leadingIm")), labels,
                currents, numbers(o.get("period")), numbers(o.get("amplitude")), numbers(o.get("decay")),
                numbers(o.get("gain")), numbers(o.get("variance")), numbers(o.get("rowNorm")),
                number(o.get("runtimeSeconds")));
    }

    private static void putNumber(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.put(key, Double.toString(v));
        }
    }

    private static void putArray(ObjectNode o, String key, double[] values) {
        ArrayNode a = o.putArray(key);
        for (double v : values) {
            if (Double.isFinite(v)) {
                a.add(v);
            } else {
                a.add(Double.toString(v));
            }
        }
    }

    private static double number(JsonNode n) {
        if (n == null) {
            throw new IllegalArgumentException("missing number");
        }
        return n.isTextual() ? Double.parseDouble(n.asText()) : n.doubleValue();
    }

    private static double[] numbers(JsonNode a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(a.get(i));
        }
        return out;
    }
}
