package org.mrdmft.io.sweep;

import org.mrdmft.sweep.Shard;
import org.mrdmft.sweep.SweepPlan;
import org.mrdmft.sweep.SweepRow;
import org.mrdmft.sweep.SweepSpec;
import org.mrdmft.sweep.SweepSpecReader;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.mrdmft.config.ConfigException;
import org.mrdmft.io.OutputDirectory;
import org.mrdmft.io.Provenance;

/**
 * Joins the shards {@code 0/N .. N-1/N} of one sweep into the output of the unsharded sweep (the same
 * sweep.csv bytes, rows sorted by point and draw). The rows come from the shards' journals, which hold them at
 * full precision together with the resolved sweep; every shard must be complete and of the same sweep.
 */
public final class ShardMerger {
    private ShardMerger() {
    }

    /**
     * The shard directories among {@code dirs}: each is a shard directory (with a journal) or a sweep
     * directory holding {@code shard-K-of-N} subdirectories.
     */
    public static List<Path> shardDirectories(List<Path> dirs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path d : dirs) {
            if (Files.exists(SweepJournal.file(d))) {
                out.add(d);
            } else if (Files.isDirectory(d)) {
                try (Stream<Path> s = Files.list(d)) {
                    s.filter(p -> p.getFileName().toString().matches("shard-\\d+-of-\\d+")
                            && Files.exists(SweepJournal.file(p))).sorted().forEach(out::add);
                }
            }
        }
        if (out.isEmpty()) {
            throw new ConfigException("merge", "no shard directories (with " + SweepJournal.WORK_DIR + "/"
                    + SweepJournal.FILE + ") in " + dirs);
        }
        return out;
    }

    /** Merges the shards into {@code out}; {@code charts} draws the label maps of a two-axis sweep. */
    public static SweepOutput.Written merge(List<Path> shardDirs, Path out, OutputDirectory.Overwrite policy,
                                            LabelMapCharts charts) throws IOException {
        long start = System.nanoTime();
        TreeMap<Integer, SweepJournal.Contents> byShard = new TreeMap<>();
        String fingerprint = null;
        int n = -1;
        ObjectNode sweep = null;
        for (Path d : shardDirs) {
            SweepJournal.Contents c = SweepJournal.read(SweepJournal.file(d));
            if (c.header() == null) {
                throw new ConfigException("merge", d + ": the journal has no header");
            }
            Shard shard = Shard.parse(c.header().path("shard").asText());
            String fp = c.header().path("fingerprint").asText();
            if (fingerprint != null && (!fingerprint.equals(fp) || n != shard.n())) {
                throw new ConfigException("merge", d + ": shard " + shard + " of a different sweep or shard count");
            }
            fingerprint = fp;
            n = shard.n();
            sweep = (ObjectNode) c.header().get("sweep");
            if (byShard.put(shard.k(), c) != null) {
                throw new ConfigException("merge", "shard " + shard + " given twice");
            }
        }
        if (byShard.size() != n) {
            List<Integer> missing = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                if (!byShard.containsKey(k)) {
                    missing.add(k);
                }
            }
            throw new ConfigException("merge", "missing shards " + missing + " of " + n);
        }
        SweepPlan plan = SweepSpecReader.parsePlan(sweep, Path.of("."), sweep.path("name").asText());
        SweepSpec spec = plan.spec();
        if (!spec.fingerprint().equals(fingerprint)) {
            throw new IllegalStateException("the resolved sweep in the journal does not reproduce its fingerprint");
        }
        List<SweepRow> rows = new ArrayList<>();
        for (var e : byShard.entrySet()) {
            Shard shard = new Shard(e.getKey(), n);
            long expected = java.util.stream.IntStream.range(0, plan.rows()).filter(shard::contains).count();
            List<SweepRow> shardRows = e.getValue().rows().stream()
                    .filter(r -> shard.contains(r.point() * spec.draws() + r.draw())).toList();
            long distinct = shardRows.stream().map(r -> r.point() * spec.draws() + r.draw()).distinct().count();
            if (distinct != expected) {
                throw new ConfigException("merge", "shard " + shard + " is unfinished: " + distinct + " of "
                        + expected + " rows; rerun it with --shard " + shard);
            }
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            shardRows.stream().filter(r -> seen.add(r.point() * spec.draws() + r.draw())).forEach(rows::add);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        try (OutputDirectory dir = OutputDirectory.open(out, spec.fingerprint(), "sweep", policy)) {
            return SweepOutput.write(dir, plan, Shard.ALL, rows, 0, seconds, Provenance.detect(), charts);
        }
    }
}
