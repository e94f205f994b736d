package org.mrdmft.io.sweep;

import org.mrdmft.sweep.RowSolver;
import org.mrdmft.sweep.Shard;
import org.mrdmft.sweep.SweepPlan;
import org.mrdmft.sweep.SweepRunner;

import java.io.IOException;
import java.nio.file.Path;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.config.ConfigException;
import org.mrdmft.failure.InvalidInputException;
import org.mrdmft.io.OutputDirectory;
import org.mrdmft.io.OutputLocation;
import org.mrdmft.io.Provenance;

/**
 * One invocation of a sweep (or of one shard) into its directory: claims the directory (an
 * {@link OutputDirectory}, locked for the whole run), resumes the journal, computes the missing rows and
 * writes the final files once every row of the shard is done. A sweep whose input is refused (a bad base,
 * an unreachable eigenvalue target: it can never finish) or that fails before its first row leaves no
 * journal behind; other failures (a kill, a numerical failure) keep the finished rows for a rerun.
 *
 * @param solver computes a row
 * @param threads pool size
 * @param force whether results or a journal of another sweep in the directory may be replaced
 * @param charts draws the label maps of a complete two-axis sweep ({@link LabelMapCharts#NONE}: none)
 */
public record SweepExecution(RowSolver solver, int threads, boolean force, LabelMapCharts charts) {

    /** What the invocation wrote and how many rows it computed. */
    public record Result(SweepOutput.Written written, int computed, int resumed) {
    }

    /** Runs the shard of the plan into {@code dir}. */
    public Result run(SweepPlan plan, Shard shard, Path dir, ProgressListener progress)
            throws IOException, InterruptedException {
        return run(plan, shard, new OutputLocation(dir, "--out"), progress);
    }

    /** Runs the shard of the plan into {@code location}. */
    public Result run(SweepPlan plan, Shard shard, OutputLocation location, ProgressListener progress)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        OutputDirectory.Overwrite policy = force ? OutputDirectory.Overwrite.ALWAYS
                : OutputDirectory.Overwrite.SAME_CONFIG;
        try (OutputDirectory out = OutputDirectory.open(location, plan.spec().fingerprint(), "sweep", policy)) {
            SweepRunner.Outcome outcome;
            int resumed;
            SweepJournal journal = SweepJournal.open(out.createTarget(), plan.spec(), shard, force);
            try {
                resumed = journal.previousRows().size();
                outcome = new SweepRunner(solver, threads, progress).run(plan, shard, journal.previousRows(),
                        journal::append);
            } catch (InterruptedException | RuntimeException | Error e) {
                journal.closeDiscarding(e instanceof InvalidInputException || e instanceof ConfigException);
                throw e;
            }
            journal.close();
            double seconds = (System.nanoTime() - start) / 1e9;
            SweepOutput.Written written = SweepOutput.write(out, plan, shard, outcome.rows(), outcome.computed(),
                    seconds, Provenance.detect(), charts);
            return new Result(written, outcome.computed(), resumed);
        }
    }
}
