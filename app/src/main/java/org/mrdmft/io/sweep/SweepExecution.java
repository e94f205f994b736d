package org.mrdmft.io.sweep;

import org.mrdmft.sweep.RowSolver;
import org.mrdmft.sweep.Shard;
import org.mrdmft.sweep.SweepPlan;
import org.mrdmft.sweep.SweepRunner;

import java.io.IOException;
import java.nio.file.Path;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.io.OutputDirectory;
import org.mrdmft.io.Provenance;

/**
 * One invocation of a sweep (or of one shard) into its directory: checks the directory, resumes the
 * journal, computes the missing rows and writes the final files once every row of the shard is done.
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
        long start = System.nanoTime();
        OutputDirectory.Overwrite policy = force ? OutputDirectory.Overwrite.ALWAYS
                : OutputDirectory.Overwrite.SAME_CONFIG;
        OutputDirectory.check(dir, plan.spec().fingerprint(), "sweep", policy);
        SweepRunner.Outcome outcome;
        int resumed;
        try (SweepJournal journal = SweepJournal.open(dir, plan.spec(), shard, force)) {
            resumed = journal.previousRows().size();
            outcome = new SweepRunner(solver, threads, progress).run(plan, shard, journal.previousRows(), journal::append);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        SweepOutput.Written written = SweepOutput.write(dir, policy, plan, shard, outcome.rows(),
                outcome.computed(), seconds, Provenance.detect(), charts);
        return new Result(written, outcome.computed(), resumed);
    }
}
