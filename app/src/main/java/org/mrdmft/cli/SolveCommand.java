package org.mrdmft.cli;

import org.mrdmft.io.OutputLocation;
import java.util.concurrent.Callable;
import org.mrdmft.dmft.DmftMode;
import org.mrdmft.config.RunConfig;
import org.mrdmft.io.OutputDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code mrdmft solve CONFIG [--out DIR] [--set key=value ...] [--force]}: the DMFT of a configured network. */
@Command(name = "solve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Solve the DMFT of the network in CONFIG (dmft.mode: transient or stationary).",
            "Writes summary.json, currents.csv and result.h5 to DIR and prints a short summary."})
final class SolveCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Mixin
    private RunOptions options;

    @Override
    public Integer call() throws Exception {
        Console console = main.console();
        RunConfig cfg = options.load();
        OutputLocation dir = options.outputDirectory(cfg, main.workingDirectory());
        OutputDirectory.Overwrite policy = options.policy();
        if (cfg.dmft().mode() == DmftMode.STATIONARY) {
            StationaryRun.Outcome st = new StationaryRun("solve", policy).execute(cfg, dir, console);
            HumanSummary.printStationary(console.out(), st.record(), st.directory());
            return 0;
        }
        TransientRun run = new TransientRun("solve", policy, false);
        TransientRun.Outcome outcome = run.execute(cfg, dir, console);
        HumanSummary.printRun(console.out(), outcome.record(), outcome.directory());
        return 0;
    }
}
