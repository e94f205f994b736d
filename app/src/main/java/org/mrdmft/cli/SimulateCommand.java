package org.mrdmft.cli;

import java.nio.file.Path;
import org.mrdmft.api.Mrdmft;
import java.util.Locale;
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
import org.mrdmft.simulation.SimulationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code mrdmft simulate CONFIG [--out DIR] [--set key=value ...] [--force]}: the finite-N network of a
 * configuration, simulated for {@code simulation.draws} draws (docs/MODEL.md section 8).
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Simulate the finite-N network in CONFIG (simulation.* settings).",
            "Writes summary.json, currents.csv (averaged over draws) and result.h5 to DIR."})
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
        OutputLocation dir = options.outputDirectory(cfg);
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
                ensemble.meanCurrents(), ensemble.meanGain(), ensemble.meanVariance());
        SimulationH5Writer.write(staging.resolve(org.mrdmft.io.ResultH5Writer.FILE), record);
        o.commit();
        printSummary(console, record, o.target());
    }

    private static void printSummary(Console console, SimulationRecord run, Path dir) {
        SimulationEnsemble e = run.ensemble();
        SimulationResult first = e.first();
        int last = first.steps() - 1;
        var out = console.out();
        out.printf(Locale.ROOT, "%s: %d region%s, N = %d, %d draw%s, dt = %s (%s), t_final = %.6g%n",
                run.config().name(), first.regions(), first.regions() == 1 ? "" : "s",
                run.config().simulation().neurons(), e.draws().size(), e.draws().size() == 1 ? "" : "s",
                first.dt(), first.scheme().configName(), first.time(last));
        out.println("final currents S[mu][nu] (nu -> mu), mean over draws:");
        for (double[] row : e.meanCurrents()[last]) {
            StringBuilder line = new StringBuilder(" ");
            for (double s : row) {
                line.append(String.format(Locale.ROOT, " %11.6f", s));
            }
            out.println(line);
        }
        out.println("gain psi            " + vector(e.meanGain()[last]));
        out.println("variance Delta      " + vector(e.meanVariance()[last]));
        out.println("participation ratio " + vector(e.meanParticipationRatio()));
        var lyapunov = e.lyapunov();
        if (lyapunov != null) {
            out.printf(Locale.ROOT, "Lyapunov exponent    %.6g%s, region shares%s%n", lyapunov.exponent(),
                    Double.isNaN(lyapunov.standardError()) ? " (one draw: no standard error)"
                            : String.format(Locale.ROOT, " +- %.2g", lyapunov.standardError()),
                    vector(lyapunov.shares()));
        }
        out.printf(Locale.ROOT, "runtime %.3g s, results in %s%n", run.runtimeSeconds(), dir);
    }

    private static String vector(double[] v) {
        StringBuilder s = new StringBuilder();
        for (double x : v) {
            s.append(String.format(Locale.ROOT, " %.6g", x));
        }
        return s.toString();
    }
}
