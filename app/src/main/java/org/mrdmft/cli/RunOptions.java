package org.mrdmft.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mrdmft.config.ConfigLoader;
import org.mrdmft.config.RunConfig;
import org.mrdmft.io.OutputDirectory;
import org.mrdmft.io.OutputLocation;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options every config-driven command shares (a picocli mixin): {@code CONFIG [--out DIR]
 * [--set key=value ...] [--force]}, with the config loading and output-directory rules in one place.
 */
final class RunOptions {
    @Parameters(index = "0", paramLabel = "CONFIG", description = "Config file (YAML or JSON).")
    private Path config;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: ./out/<config name>/).")
    private Path out;

    @Option(names = "--set", paramLabel = "key=value",
            description = "Override a config key (dotted path), e.g. --set dmft.dt=0.025; repeatable.")
    private List<String> overrides = new ArrayList<>();

    @Option(names = "--force", description = "Replace the whole content of DIR (results of another command or configuration).")
    private boolean force;

    /** The config with the overrides applied; user errors become exit 2. */
    RunConfig load() {
        return load(List.of());
    }

    /** The config with the overrides and then {@code more} applied. */
    RunConfig load(List<String> more) {
        List<String> all = new ArrayList<>(overrides);
        all.addAll(more);
        Overrides.check(all);
        return Main.userInput(() -> ConfigLoader.load(config, all));
    }

    /**
     * DIR, or ./out/&lt;config name&gt;/ (checked when opened), relative to {@code workingDirectory} (null: this
     * process's own; see {@link Main#workingDirectory()}).
     */
    OutputLocation outputDirectory(RunConfig cfg, Path workingDirectory) {
        return OutputLocation.of(out, cfg.name()).against(workingDirectory);
    }

    /** When existing results in DIR may be replaced. */
    OutputDirectory.Overwrite policy() {
        return force ? OutputDirectory.Overwrite.ALWAYS : OutputDirectory.Overwrite.SAME_CONFIG;
    }
}
