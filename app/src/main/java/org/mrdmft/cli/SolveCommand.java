package org.mrdmft.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mrdmft.config.ConfigLoader;
import org.mrdmft.config.DmftMode;
import org.mrdmft.config.RunConfig;
import org.mrdmft.io.OutputDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code mrdmft solve CONFIG [--out DIR] [--set key=value ...] [--force]}: the DMFT of a configured network. */
@Command(name = "solve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Solve the DMFT of the network in CONFIG (dmft.mode: transient or stationary).",
            "Writes summary.json, currents.csv and result.h5 to DIR and prints a short summary."})
final class SolveCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "Config file (YAML or JSON).")
    private Path config;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: ./out/<config name>/).")
    private Path out;

    @Option(names = "--set", paramLabel = "key=value",
            description = "Override a config key (dotted path), e.g. --set dmft.dt=0.025; repeatable.")
    private List<String> overrides = new ArrayList<>();

    @Option(names = "--force", description = "Replace results of a different configuration in DIR.")
    private boolean force;

    @Override
    public Integer call() throws Exception {
        Console console = main.console();
        Overrides.check(overrides);
        RunConfig cfg = Main.userInput(() -> ConfigLoader.load(config, overrides));
        Path dir = out != null ? out : Path.of("out", cfg.name());
        OutputDirectory.Overwrite policy = force ? OutputDirectory.Overwrite.ALWAYS : OutputDirectory.Overwrite.SAME_CONFIG;
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
