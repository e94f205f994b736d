package org.mrdmft.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mrdmft.sweep.Shard;
import org.mrdmft.sweep.SweepExecution;
import org.mrdmft.sweep.SweepPlan;
import org.mrdmft.sweep.SweepSpec;
import org.mrdmft.sweep.SweepSpecReader;
import org.mrdmft.sweep.TransientRowSolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code mrdmft sweep SWEEP [--out DIR] [--shard K/N] [--threads T] [--force]}: a parameter grid of transient
 * DMFT runs, classified and tabulated, resumable after an interruption; {@code mrdmft sweep merge} joins shards.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = SweepMergeCommand.class,
        description = {"Run a parameter sweep (phase diagram) of transient DMFT solves.",
            "Writes sweep.csv, sweep.h5, summary.json (and label heatmaps for two grid axes) to DIR.",
            "A rerun of the same sweep resumes: finished rows are kept in DIR/.sweep/journal.jsonl."})
final class SweepCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SWEEP", description = "Sweep file (YAML or JSON).")
    private Path sweep;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: ./out/<sweep name>/).")
    private Path out;

    @Option(names = "--shard", paramLabel = "K/N",
            description = "Run only rows with index %% N == K (0-based) into DIR/shard-K-of-N/.")
    private String shard;

    @Option(names = "--threads", paramLabel = "T", description = "Rows solved at once (default: all cores).")
    private Integer threads;

    @Option(names = "--force", description = "Replace results or a journal of a different sweep in DIR.")
    private boolean force;

    /** The streams of the command line. */
    Console console() {
        return main.console();
    }

    @Override
    public Integer call() throws Exception {
        Console console = main.console();
        if (sweep == null) {
            throw new UserInputException("sweep: give a SWEEP file (or use: mrdmft sweep merge DIR...)");
        }
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1) {
            throw new UserInputException("--threads: must be >= 1, got " + t);
        }
        Shard part = shard == null ? Shard.ALL : Shard.parse(shard);
        SweepSpec spec = SweepSpecReader.read(sweep);
        SweepPlan plan = new SweepPlan(spec);
        Path base = out != null ? out : Path.of("out", spec.name());
        Path dir = part.n() == 1 ? base : base.resolve(part.directoryName());
        SweepExecution.Result result;
        try (ProgressReporter progress = new ProgressReporter(console, "sweep", ProgressReporter.DEFAULT_DELAY)) {
            result = new SweepExecution(new TransientRowSolver(), t, force).run(plan, part, dir, progress);
        } catch (IllegalArgumentException e) {
            // impossible solver settings of a row (as for solve): a user error; finished rows stay in the journal
            throw new UserInputException(e.getMessage());
        }
        console.out().printf(Locale.ROOT, "sweep %s%s: %d rows (%d points x %d draws%s), %d computed, %d resumed; "
                        + "%s%n", spec.name(), part.n() == 1 ? "" : " shard " + part,
                result.written().table().rows().size(), plan.points(), spec.draws(),
                part.n() == 1 ? "" : ", this shard's share", result.computed(), result.resumed(),
                result.written().directory());
        return 0;
    }
}
