package org.mrdmft.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mrdmft.api.Mrdmft;
import org.mrdmft.config.ConfigLoader;
import org.mrdmft.config.RunConfig;
import org.mrdmft.io.OutputDirectory;
import org.mrdmft.io.OutputLocation;
import org.mrdmft.io.Provenance;
import org.mrdmft.io.SummaryJsonWriter;
import org.mrdmft.io.ResultH5Writer;
import org.mrdmft.io.ValidationH5Writer;
import org.mrdmft.io.ValidationRecord;
import org.mrdmft.io.ValidationWriters;
import org.mrdmft.plot.ValidationPlots;
import org.mrdmft.validation.ObservableComparison;
import org.mrdmft.validation.ValidationReport;
import org.mrdmft.validation.ValidationProblem;
import org.mrdmft.validation.ValidationRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code mrdmft validate CONFIG [--out DIR] [--set ...] [--theory-set ...] [--force]}: the DMFT against
 * finite-N simulations at several N, with a verdict. {@code --theory-set} changes only the theory's network
 * (to see the check fail on a mismatched pair, or to test a hypothesis about the simulated network).
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Check the DMFT against finite-N simulations at several N (validation.neurons).",
            "Writes summary.json (comparison, verdict), comparison.csv, result.h5 and figures to DIR."})
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Mixin
    private RunOptions options;

    @Option(names = "--theory-set", paramLabel = "key=value",
            description = "Override a config key for the theory only (the simulation keeps the config); repeatable.")
    private List<String> theoryOverrides = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        Console console = main.console();
        RunConfig cfg = options.load();
        RunConfig theory = options.load(theoryOverrides);
        OutputLocation dir = options.outputDirectory(cfg, main.workingDirectory());
        ObjectNode identity = JsonNodeFactory.instance.objectNode();
        identity.set("config", cfg.resolved());
        theoryOverrides.forEach(identity.putArray("theoryOverrides")::add);
        String fingerprint = ConfigLoader.fingerprint(identity);
        try (OutputDirectory o = OutputDirectory.open(dir, fingerprint, "validate", options.policy())) {
            run(console, cfg, theory, fingerprint, o, start);
        }
        return 0;
    }

    private void run(Console console, RunConfig cfg, RunConfig theory, String fingerprint, OutputDirectory o,
                     long start) throws java.io.IOException {
        ValidationReport report;
        try (ProgressReporter progress = new ProgressReporter(console, "validate", ProgressReporter.DEFAULT_DELAY)) {
            report = Mrdmft.validate(new ValidationProblem(cfg.model(), theory.model(), cfg.dmft(),
                    cfg.simulation(), cfg.validation()).withLyapunovTheory(Mrdmft.lyapunovTheory(cfg.stationary())), progress);
        }
        ValidationRecord record = new ValidationRecord(cfg, fingerprint, theoryOverrides, report,
                (System.nanoTime() - start) / 1e9, Provenance.detect());
        ValidationWriters.writeSummary(o.staging().resolve(SummaryJsonWriter.FILE), record);
        ValidationWriters.writeCsv(o.staging().resolve(ValidationWriters.CSV), report);
        ValidationH5Writer.write(o.staging().resolve(ResultH5Writer.FILE), record);
        ValidationPlots.write(report, o.staging());
        o.commit();
        ObservableComparison worst = report.worst();
        console.out().printf(Locale.ROOT, "%s: verdict %s (N = %s)%n", cfg.name(), report.verdict(),
                report.comparisons().stream().mapToInt(ObservableComparison::neurons).distinct().sorted()
                        .mapToObj(Integer::toString).toList());
        for (String reason : report.reasons()) {
            console.out().println("  " + reason);
        }
        console.out().printf(Locale.ROOT,
                "worst at the largest N: %s of region %d: theory %.6g, finite-N theory %.6g, simulation %.6g "
                        + "+- %.2g (tolerance %.3g)%n", worst.observable(), worst.region() + 1, worst.theory(),
                worst.finiteNTheory(), worst.simulation(), worst.standardError(), worst.tolerance());
        report.comparisons().stream().filter(c -> c.observable().equals(ValidationRun.LYAPUNOV)).forEach(c ->
                console.out().printf(Locale.ROOT, "Lyapunov exponent at N = %d: %.4g +- %.2g (theory %s)%n",
                        c.neurons(), c.simulation(), c.standardError(), Double.isFinite(c.theory())
                                ? String.format(Locale.ROOT, "%.4g", c.theory()) : "not connected"));
        console.out().printf(Locale.ROOT, "runtime:         %.2f s%noutput:          %s%n", record.runtimeSeconds(),
                o.target());
    }
}
