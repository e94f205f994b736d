package org.mrdmft.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mrdmft.config.ConfigLoader;
import org.mrdmft.io.OutputDirectory;
import org.mrdmft.io.OutputLocation;
import org.mrdmft.io.Provenance;
import org.mrdmft.io.SummaryJsonWriter;
import org.mrdmft.plot.FigureCatalog;
import org.mrdmft.plot.FigureJob;
import org.mrdmft.plot.FigureWriter;
import org.mrdmft.plot.PaperFigure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code mrdmft figure NAME [--out DIR] [--full] [--force]} and {@code mrdmft figure --list}: one paper
 * figure with PNG, SVG, PDF and the CSV of every plotted number, plus a summary.json recording what made it.
 */
@Command(name = "figure", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Make a paper figure: PNG (300 dpi), SVG, PDF and the CSV of every plotted number.",
            "List the figures with --list."})
final class FigureCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParentCommand
    private Main main;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "Figure name (see --list).")
    private String name;

    @Option(names = "--list", description = "List the figures and exit.")
    private boolean list;

    @Option(names = "--full", description = "The published resolution where the default is quicker.")
    private boolean full;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: ./out/figures/NAME/).")
    private Path out;

    @Option(names = "--force", description = "Replace the whole content of DIR (other results).")
    private boolean force;

    @Override
    public Integer call() throws Exception {
        Console console = main.console();
        if (list) {
            for (PaperFigure f : FigureCatalog.all()) {
                console.out().printf(Locale.ROOT, "%-14s %s%n", f.name(), f.description());
            }
            return 0;
        }
        if (name == null) {
            throw new UserInputException("figure: give a figure NAME (see mrdmft figure --list)");
        }
        PaperFigure figure = FigureCatalog.named(name).orElseThrow(() -> new UserInputException(
                "figure: unknown figure '" + name + "'; known: "
                        + String.join(", ", FigureCatalog.all().stream().map(PaperFigure::name).toList())));
        OutputLocation dir = OutputLocation.orDefault(out, Path.of("out", "figures", name));
        Provenance provenance = Provenance.detect();
        ObjectNode identity = JSON.createObjectNode().put("figure", name).put("full", full)
                .put("version", provenance.version());
        String fingerprint = ConfigLoader.fingerprint(identity);
        OutputDirectory.Overwrite policy = force ? OutputDirectory.Overwrite.ALWAYS
                : OutputDirectory.Overwrite.SAME_CONFIG;
        long start = System.nanoTime();
        try (OutputDirectory o = OutputDirectory.open(dir, fingerprint, "figure", policy)) {
            List<Path> files;
            try (ProgressReporter progress = new ProgressReporter(console, "figure " + name,
                    ProgressReporter.DEFAULT_DELAY).heartbeat()) {
                files = figure.render(new FigureJob(o.staging(), full, progress, FigureWriter.standard()));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            ObjectNode summary = JSON.createObjectNode();
            summary.put("schemaVersion", SummaryJsonWriter.SCHEMA_VERSION);
            summary.put("command", "figure");
            summary.put("figure", name);
            summary.put("full", full);
            ArrayNode names = summary.putArray("files");
            files.forEach(f -> names.add(f.getFileName().toString()));
            SummaryJsonWriter.provenance(summary, seconds, provenance, fingerprint);
            JSON.writeValue(o.staging().resolve(SummaryJsonWriter.FILE).toFile(), summary);
            o.commit();
            console.out().printf(Locale.ROOT, "%s: %d files in %s (%.2f s)%n", name, files.size() + 1, o.target(),
                    seconds);
        }
        return 0;
    }
}
