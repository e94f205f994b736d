package org.mrdmft.cli;

import java.nio.file.Path;
import org.mrdmft.api.Mrdmft;
import java.util.concurrent.Callable;
import org.mrdmft.config.ConfigLoader;
import org.mrdmft.config.RunConfig;
import org.mrdmft.io.CurrentsCsvWriter;
import org.mrdmft.io.OutputDirectory;
import org.mrdmft.io.OutputLocation;
import org.mrdmft.io.Provenance;
import org.mrdmft.io.SimulationH5Writer;
import org.mrdmft.io.SimulationRecord;
import org.mrdmft.io.SimulationSummaryWriter;
import org.mrdmft.io.SummaryJsonWriter;
import org.mrdmft.simulation.SimulationEnsemble;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code mrdmft simulate CONFIG [--out DIR] [--set key=value ...] [--force]}: the finite-N network of a
 * configuration, simulated for {@code simulation.draws} draws (docs/MODEL.md section 8).
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Simulate the finite-N network in CONFIG (simulation.* settings).",
            "Writes summary.json, currents.csv (sign-free means over draws: |S| and row norms) and result.h5 to DIR."})
final class SimulateCommand implements Callable<Integer> {
    private static final String COMMAND = "simulate";

    @ParentCommand
    private Main main;

    @Mixin
    private RunOptions options;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        Console console = main.console();
        RunConfig cfg = options.load();
        OutputLocation dir = options.outputDirectory(cfg, main.workingDirectory());
        OutputDirectory.Overwrite policy = options.policy();
        String fingerprint = ConfigLoader.fingerprint(cfg.resolved());
        try (OutputDirectory o = OutputDirectory.open(dir, fingerprint, COMMAND, policy)) {
            run(console, cfg, fingerprint, o, start);
        }
        return 0;
    }

    private void run(Console console, RunConfig cfg, String fingerprint, OutputDirectory o, long start)
            throws java.io.IOException {
        Mrdmft.simulationNotes(cfg.model(), cfg.simulation()).forEach(console::note);
        SimulationEnsemble ensemble;
        try (ProgressReporter progress = new ProgressReporter(console, COMMAND, ProgressReporter.DEFAULT_DELAY)) {
            ensemble = Mrdmft.simulate(cfg.model(), cfg.simulation(), progress);
        }
        SimulationRecord record = new SimulationRecord(COMMAND, cfg, fingerprint, ensemble,
                (System.nanoTime() - start) / 1e9, Provenance.detect());
        Path staging = o.staging();
        SimulationSummaryWriter.write(staging.resolve(SummaryJsonWriter.FILE), record);
        CurrentsCsvWriter.write(staging.resolve(CurrentsCsvWriter.FILE), ensemble.first().recordStep(),
                CurrentsCsvWriter.MEAN_ABS, ensemble.meanAbsCurrents(), ensemble.meanGain(), ensemble.meanVariance(),
                ensemble.meanRowNorms());
        SimulationH5Writer.write(staging.resolve(org.mrdmft.io.ResultH5Writer.FILE), record);
        o.commit();
        HumanSummary.printSimulation(console.out(), record, o.target());
    }
}
