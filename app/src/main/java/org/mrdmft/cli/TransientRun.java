package org.mrdmft.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.mrdmft.config.ConfigLoader;
import org.mrdmft.dmft.DmftMode;
import org.mrdmft.config.RunConfig;
import org.mrdmft.api.Mrdmft;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.dmft.ReplicaResult;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.dynamics.RegionDynamics;
import org.mrdmft.io.CurrentsCsvWriter;
import org.mrdmft.io.OutputDirectory;
import org.mrdmft.io.OutputLocation;
import org.mrdmft.io.Provenance;
import org.mrdmft.io.ResultH5Writer;
import org.mrdmft.io.RunRecord;
import org.mrdmft.io.SummaryJsonWriter;
import org.mrdmft.plot.CurrentsPlot;
import org.mrdmft.plot.FigureWriter;

/**
 * One transient DMFT run from a resolved config to its output directory: checks the directory, solves with
 * progress on stderr, classifies each region's dynamics, and writes summary.json, currents.csv, result.h5
 * (and optionally the currents figure) all at once. The directory is claimed on another thread while the solve
 * runs, and result.h5 written on another thread while the other files are (docs/PERFORMANCE.md, "Start-up and
 * whole commands"); what is reported, and in which order, is what the same steps in sequence give.
 *
 * @param command the command name recorded in summary.json
 * @param policy when existing results in the directory may be replaced
 * @param plot whether to write the currents figure (PNG, SVG, PDF)
 */
record TransientRun(String command, OutputDirectory.Overwrite policy, boolean plot) {

    /** What a run produced and where. */
    record Outcome(RunRecord record, Path directory) {
    }

    Outcome execute(RunConfig config, OutputLocation outDir, Console console) throws IOException {
        long start = System.nanoTime();
        if (config.dmft().mode() == DmftMode.STATIONARY) {
            throw new IllegalStateException("stationary configs go to StationaryRun");
        }
        // the output directory is checked and claimed on another thread while the solve starts here; a refused
        // directory stops the solve at its next progress report and is reported as if it had been claimed first
        // (no progress is shown before the claim succeeds)
        BackgroundTask<Claim> claiming = BackgroundTask.start("mrdmft-claim", () -> {
            String fingerprint = ConfigLoader.fingerprint(config.resolved());
            return new Claim(fingerprint, OutputDirectory.open(outDir, fingerprint, command, policy));
        });
        Solution solution;
        try {
            solution = solve(config, console, claiming);
        } catch (RuntimeException | Error e) {
            // the claim's own failure comes first; else the claimed directory is released, as on any failure
            OutputDirectory claimed = claiming.join().out();
            try {
                claimed.close();
            } catch (RuntimeException | Error later) {
                e.addSuppressed(later);
            }
            throw e;
        }
        Claim claim = claiming.join();
        try (OutputDirectory out = claim.out()) {
            return run(config, claim.fingerprint(), out, solution, console, start);
        }
    }

    /** The output directory claimed for the run and the config fingerprint it was claimed with. */
    private record Claim(String fingerprint, OutputDirectory out) {
    }

    /** What the solve returned: the transient result, and the replica run when there is one (else null). */
    private record Solution(TransientResult result, ReplicaResult replica) {
    }

    /** Thrown by the progress listener to stop a solve whose output directory was refused. */
    private static final class ClaimRefused extends RuntimeException {
        ClaimRefused() {
            super("the output directory was refused", null, false, false);
        }
    }

    private Solution solve(RunConfig config, Console console, BackgroundTask<Claim> claiming) {
        try (ProgressReporter progress = new ProgressReporter(console, command, ProgressReporter.DEFAULT_DELAY)) {
            ProgressListener listener = (done, total) -> {
                if (claiming.failed()) {
                    throw new ClaimRefused();
                }
                CancelledRun.check();
                if (claiming.succeeded()) {
                    progress.onProgress(done, total);
                }
            };
            if (config.dmft().lyapunov()) {
                ReplicaResult replica = Mrdmft.solveReplica(config.model(), config.dmft(), listener);
                return new Solution(replica.solution(), replica);
            }
            return new Solution(Mrdmft.solve(config.model(), config.dmft(), listener), null);
        }
    }

    private Outcome run(RunConfig config, String fingerprint, OutputDirectory out, Solution solution,
                        Console console, long start) throws IOException {
        TransientResult result = solution.result();
        ReplicaResult replica = solution.replica();
        result.diagnostics().warnings().forEach(console::note);
        if (replica != null) {
            replica.warnings().forEach(console::note);
        }
        List<RegionDynamics> dynamics = List.of();
        if (!Mrdmft.canClassify(result)) {
            console.note("the solver kept no lag slice or too few steps: dynamics not classified");
        } else if (replica != null) {
            dynamics = Mrdmft.classify(replica, config.model(), config.dmft().classifier());
        } else {
            dynamics = Mrdmft.classify(result, config.model(), config.dmft().classifier());
        }
        double runtime = (System.nanoTime() - start) / 1e9;
        RunRecord record = new RunRecord(command, config, fingerprint, result, dynamics, runtime,
                Provenance.detect(), replica);

        CancelledRun.check();
        Path dir = out.staging();
        // result.h5 is the largest file: written on another thread meanwhile
        BackgroundTask<Void> h5 = BackgroundTask.start("mrdmft-write-h5", () -> {
            ResultH5Writer.write(dir.resolve(ResultH5Writer.FILE), record);
            return null;
        });
        try {
            SummaryJsonWriter.write(dir.resolve(SummaryJsonWriter.FILE), record);
            CurrentsCsvWriter.write(dir.resolve(CurrentsCsvWriter.FILE), result);
            if (plot) {
                FigureWriter.save(CurrentsPlot.of(result), dir.resolve("currents"),
                        CurrentsPlot.size(result.regions()));
            }
        } catch (IOException | RuntimeException | Error e) {
            try {
                h5.join();
            } catch (IOException | RuntimeException | Error later) {
                e.addSuppressed(later);
            }
            throw e;
        }
        h5.join();
        out.commit();
        return new Outcome(record, out.target());
    }
}
