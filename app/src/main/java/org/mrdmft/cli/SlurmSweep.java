package org.mrdmft.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mrdmft.io.OutputConflictException;
import org.mrdmft.io.OutputDirectory;
import org.mrdmft.io.OutputLocation;
import org.mrdmft.sweep.Shard;
import org.mrdmft.io.sweep.SlurmScripts;
import org.mrdmft.io.sweep.SweepJournal;
import org.mrdmft.sweep.SweepPlan;

/**
 * {@code mrdmft sweep SWEEP --slurm N [--submit]}: writes the sweep's Slurm scripts (see {@link SlurmScripts})
 * after checking that DIR and its shard directories can take the results, then prints how to submit them or,
 * with {@code --submit}, submits them.
 *
 * @param console where to report
 * @param submitter runs sbatch
 */
record SlurmSweep(Console console, SlurmSubmitter submitter) {

    /** Writes (and submits) the scripts of {@code plan}'s sweep in {@code tasks} shards into {@code dir}. */
    int run(SweepPlan plan, Path sweepFile, OutputLocation location, int tasks, Integer threads, boolean force, boolean submit,
            Map<String, String> sbatchOptions) throws IOException, InterruptedException {
        if (tasks < 1) {
            throw new UserInputException("--slurm: must be a number of tasks >= 1, got " + tasks);
        }
        if (tasks > plan.rows()) {
            throw new UserInputException("--slurm: " + tasks + " tasks for " + plan.rows() + " rows; use at most "
                    + plan.rows() + " (every task needs a row)");
        }
        checkOutputs(plan, location, tasks, force);
        Path dir = location.validated();
        SlurmScripts scripts = new SlurmScripts(plan.spec().name(), MrdmftCommand.current(), sweepFile, dir, tasks,
                threads, force, sbatchOptions);
        SlurmScripts.Written w = scripts.write(force);
        console.out().printf(Locale.ROOT, "slurm: wrote %s (job array of %d tasks, task K runs shard K/%d) and %s "
                + "(merges the shards into %s)%n", w.array(), tasks, tasks, w.merge(), scripts.out());
        if (!submit) {
            console.out().printf(Locale.ROOT, "submit with: %s%n  or by hand: jid=$(sbatch --parsable %s) && "
                    + "sbatch --dependency=afterok:${jid%%%%;*} %s%n", w.submit(), w.array(), w.merge());
            return 0;
        }
        SlurmSubmitter.Submitted s = submitter.submit(w);
        console.out().printf(Locale.ROOT, "submitted array job %s (%d tasks) and merge job %s (after every task "
                + "succeeded); logs in %s, results in %s%n", s.arrayJob(), tasks, s.mergeJob(), scripts.logs(),
                scripts.out());
        return 0;
    }

    /** Fails now rather than in the jobs when DIR or a shard directory holds another sweep (unless force). */
    private static void checkOutputs(SweepPlan plan, OutputLocation location, int tasks, boolean force)
            throws IOException {
        OutputDirectory.Overwrite policy = force ? OutputDirectory.Overwrite.ALWAYS
                : OutputDirectory.Overwrite.SAME_CONFIG;
        String fingerprint = plan.spec().fingerprint();
        OutputDirectory.check(location, fingerprint, "sweep", policy);
        if (force) {
            return;
        }
        Path dir = location.validated();
        for (int k = 0; k < tasks; k++) {
            Path shardDir = dir.resolve(new Shard(k, tasks).directoryName());
            OutputDirectory.check(location.resolve(new Shard(k, tasks).directoryName()), fingerprint, "sweep",
                    policy);
            Path journal = SweepJournal.file(shardDir);
            if (Files.exists(journal)) {
                var header = SweepJournal.read(journal).header();
                if (header == null || !fingerprint.equals(header.path("fingerprint").asText())) {
                    throw new OutputConflictException("output directory " + shardDir + " holds a run of a "
                            + "different sweep; choose another directory with --out DIR or replace it with --force");
                }
            }
        }
    }

    /** The options that only make sense with --slurm. */
    static void requireSlurm(Integer tasks, String shard, boolean submit, List<String> sbatchOptions) {
        if (tasks == null && (submit || !sbatchOptions.isEmpty())) {
            throw new UserInputException((submit ? "--submit" : "--sbatch-option") + ": needs --slurm N");
        }
        if (tasks != null && shard != null) {
            throw new UserInputException("--slurm and --shard exclude each other: the Slurm tasks run the shards");
        }
    }
}
