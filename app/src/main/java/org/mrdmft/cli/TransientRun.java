package org.mrdmft.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.mrdmft.config.ConfigLoader;
import org.mrdmft.dmft.DmftMode;
import org.mrdmft.config.RunConfig;
import org.mrdmft.api.Mrdmft;
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
 * (and optionally the currents figure) all at once.
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
        String fingerprint = ConfigLoader.fingerprint(config.resolved());
        try (OutputDirectory out = OutputDirectory.open(outDir, fingerprint, command, policy)) {
            return run(config, fingerprint, out, console, start);
        }
    }

    private Outcome run(RunConfig config, String fingerprint, OutputDirectory out, Console console, long start)
            throws IOException {
        TransientResult result;
        ReplicaResult replica = null;
        try (ProgressReporter progress = new ProgressReporter(console, command, ProgressReporter.DEFAULT_DELAY)) {
            if (config.dmft().lyapunov()) {
                replica = Mrdmft.solveReplica(config.model(), config.dmft(), progress);
                result = replica.solution();
            } else {
                result = Mrdmft.solve(config.model(), config.dmft(), progress);
            }
        }
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

        Path dir = out.staging();
        SummaryJsonWriter.write(dir.resolve(SummaryJsonWriter.FILE), record);
        CurrentsCsvWriter.write(dir.resolve(CurrentsCsvWriter.FILE), result);
        ResultH5Writer.write(dir.resolve(ResultH5Writer.FILE), record);
        if (plot) {
            FigureWriter.save(CurrentsPlot.of(result), dir.resolve("currents"), CurrentsPlot.size(result.regions()));
        }
        out.commit();
        return new Outcome(record, out.target());
    }
}
