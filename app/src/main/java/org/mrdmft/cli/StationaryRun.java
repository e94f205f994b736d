package org.mrdmft.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.mrdmft.api.Mrdmft;
import org.mrdmft.config.ConfigLoader;
import org.mrdmft.config.RunConfig;
import org.mrdmft.io.DeltaCsvWriter;
import org.mrdmft.io.OutputDirectory;
import org.mrdmft.io.OutputLocation;
import org.mrdmft.io.Provenance;
import org.mrdmft.io.StationaryH5Writer;
import org.mrdmft.io.StationaryRecord;
import org.mrdmft.io.StationarySummaryJsonWriter;
import org.mrdmft.io.SummaryJsonWriter;
import org.mrdmft.stationary.StationaryResult;

/**
 * One stationary run ({@code dmft.mode: stationary}) from a resolved config to its output directory:
 * the fixed points with their regions' stationary states, Delta(tau) and spectra, written as summary.json,
 * delta.csv and result.h5.
 *
 * @param command the command name recorded in summary.json
 * @param policy when existing results in the directory may be replaced
 */
record StationaryRun(String command, OutputDirectory.Overwrite policy) {

    /** What a run produced and where. */
    record Outcome(StationaryRecord record, Path directory) {
    }

    Outcome execute(RunConfig config, OutputLocation outDir, Console console) throws IOException {
        long start = System.nanoTime();
        String fingerprint = ConfigLoader.fingerprint(config.resolved());
        try (OutputDirectory out = OutputDirectory.open(outDir, fingerprint, command, policy)) {
            return run(config, fingerprint, out, console, start);
        }
    }

    private Outcome run(RunConfig config, String fingerprint, OutputDirectory out, Console console, long start)
            throws IOException {
        StationaryResult result;
        // the stationary search reports no fraction: the heartbeat says that it is working
        try (ProgressReporter beat = new ProgressReporter(console, command, ProgressReporter.DEFAULT_DELAY)
                .heartbeat()) {
            result = Mrdmft.solveStationaryWithLyapunov(config.model(), config.stationary());
        }
        result.diagnostics().warnings().forEach(console::note);
        double runtime = (System.nanoTime() - start) / 1e9;
        StationaryRecord record = new StationaryRecord(command, config, fingerprint, result, runtime,
                Provenance.detect());
        CancelledRun.check();
        Path dir = out.staging();
        StationarySummaryJsonWriter.write(dir.resolve(SummaryJsonWriter.FILE), record);
        DeltaCsvWriter.write(dir.resolve(DeltaCsvWriter.FILE), result);
        StationaryH5Writer.write(dir.resolve("result.h5"), record);
        out.commit();
        return new Outcome(record, out.target());
    }
}
