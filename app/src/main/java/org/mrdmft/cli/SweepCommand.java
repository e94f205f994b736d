package org.mrdmft.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mrdmft.io.OutputLocation;
import org.mrdmft.sweep.Shard;
import org.mrdmft.io.sweep.SlurmScripts;
import org.mrdmft.io.sweep.SweepExecution;
import org.mrdmft.plot.SweepHeatmap;
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
 * With {@code --slurm N [--submit] [--sbatch-option KEY=VALUE]...} it writes (and submits) a Slurm job array
 * running the N shards and a merge job instead (see {@link SlurmSweep}).
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = SweepMergeCommand.class,
        description = {"Run a parameter sweep (phase diagram) of transient DMFT solves.",
            "Writes sweep.csv, sweep.h5, summary.json (and label heatmaps for two grid axes) to DIR.",
            "A rerun of the same sweep resumes: finished rows are kept in DIR/.sweep/journal.jsonl.",
            "With --slurm N: writes a Slurm job array of the N shards and a merge job to DIR/slurm/ (--submit "
                    + "submits them)."})
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

    @Option(names = "--force", description = "Replace results or a journal of a different sweep in DIR "
            + "(with --slurm also other Slurm scripts in DIR/slurm/).")
    private boolean force;

    @Option(names = "--slurm", paramLabel = "N",
            description = "Write a Slurm job array of N tasks (task K runs shard K/N) and a merge job to "
                    + "DIR/slurm/ instead of running; with --threads T each task asks for T cpus.")
    private Integer slurm;

    @Option(names = "--submit", description = "With --slurm: submit the array and the merge job (sbatch).")
    private boolean submit;

    @Option(names = "--sbatch-option", paramLabel = "KEY=VALUE",
            description = "With --slurm: an #SBATCH option for both jobs, e.g. partition=short, time=2:00:00, "
                    + "mem=8G (repeatable).")
    private List<String> sbatchOptions = new ArrayList<>();

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
        SlurmSweep.requireSlurm(slurm, shard, submit, sbatchOptions);
        Map<String, String> sbatch = SlurmScripts.parseOptions(sbatchOptions);
        Shard part = shard == null ? Shard.ALL : Shard.parse(shard);
        SweepPlan plan = SweepSpecReader.readPlan(sweep);
        SweepSpec spec = plan.spec();
        if (slurm == null) { // Slurm tasks run one row at a time in their own JVMs
            plan.memoryEstimate(t).requireFits();
        }
        OutputLocation base = OutputLocation.of(out, spec.name());
        if (slurm != null) {
            return new SlurmSweep(console, SlurmSubmitter.fromEnvironment())
                    .run(plan, sweep, base, slurm, threads, force, submit, sbatch);
        }
        OutputLocation dir = part.n() == 1 ? base : base.resolve(part.directoryName());
        SweepExecution.Result result;
        try (ProgressReporter progress = new ProgressReporter(console, "sweep", ProgressReporter.DEFAULT_DELAY)) {
            // a row the engine refuses (InvalidInputException) is a user error and discards the journal (the
            // sweep can never finish), a row that diverges a numerical failure (ErrorReporter) keeps the
            // finished rows in the journal
            result = new SweepExecution(new TransientRowSolver(), t, force, SweepHeatmap::labelMaps)
                    .run(plan, part, dir, progress);
        }
        console.out().printf(Locale.ROOT, "sweep %s%s: %d rows (%d points x %d draws%s), %d computed, %d resumed; "
                        + "%s%n", spec.name(), part.n() == 1 ? "" : " shard " + part,
                result.written().table().rows().size(), plan.points(), spec.draws(),
                part.n() == 1 ? "" : ", this shard's share", result.computed(), result.resumed(),
                result.written().directory());
        return 0;
    }
}
