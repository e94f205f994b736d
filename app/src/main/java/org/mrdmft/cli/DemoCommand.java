package org.mrdmft.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mrdmft.config.ConfigLoader;
import org.mrdmft.config.RunConfig;
import org.mrdmft.io.OutputDirectory;
import org.mrdmft.io.OutputLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code mrdmft demo [--out DIR]}: the built-in two-region routing example (examples/two-region-routing.yaml),
 * with the same files as solve plus the currents figure. It replaces its own earlier output.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Run a built-in two-region routing example (reciprocal interactions, g = 1, b = 2).",
            "Writes the files of solve plus currents.png/.svg/.pdf to DIR."})
final class DemoCommand implements Callable<Integer> {
    /** The example config on the class path. */
    static final String RESOURCE = "/demo/two-region-routing.yaml";

    @ParentCommand
    private Main main;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: ./out/demo/).")
    private Path out;

    @Override
    public Integer call() throws Exception {
        Console console = main.console();
        RunConfig cfg = ConfigLoader.parse(exampleText(), "two-region-routing", List.of());
        OutputLocation dir = OutputLocation.orDefault(out, Path.of("out", "demo"));
        TransientRun.Outcome outcome = new TransientRun("demo", OutputDirectory.Overwrite.SAME_COMMAND, true)
                .execute(cfg, dir, console);
        HumanSummary.printRun(console.out(), outcome.record(), outcome.directory());
        HumanSummary.printRouting(console.out(), outcome.record());
        console.out().println(HumanSummary.field("figure") + outcome.directory().resolve("currents") + ".{png,svg,pdf}");
        return 0;
    }

    static String exampleText() throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
