package org.mrdmft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a short command loads, read from the JVM's class-loading log of a separate process (this mrdmft on
 * the test class path, started as the jar starts it): {@code --version} answers without picocli, Jackson, YAML,
 * HDF5 or plotting, and a tiny solve without the plotting and figure code and without the other subcommands. Start-up
 * time is mostly class loading, so a dependency that creeps into these paths shows up here first.
 */
class StartupClassesTest {
    private static final List<String> PLOTTING = List.of("org.jfree.", "java.awt.", "de.erichseifert.",
            "org.apache.pdfbox.", "de.rototor.", "org.mrdmft.plot.", "org.mrdmft.figures.");

    @TempDir
    Path tmp;

    @Test
    void versionLoadsNoLibrary() throws Exception {
        List<String> loaded = loaded("--version");
        assertThat(loaded).contains("org.mrdmft.cli.EntryPoint", "org.mrdmft.io.Provenance")
                .doesNotContain("org.mrdmft.cli.Main");
        assertThat(matching(loaded, List.of("picocli.", "com.fasterxml.jackson.", "org.yaml.", "io.jhdf.")))
                .isEmpty();
        assertThat(matching(loaded, PLOTTING)).isEmpty();
    }

    @Test
    void aTinySolveLoadsNoPlottingNorOtherCommands() throws Exception {
        Path cfg = TinyConfig.write(tmp);
        List<String> loaded = loaded("solve", cfg.toString(), "--set", "dmft.steps=10", "--out",
                tmp.resolve("run").toString());
        assertThat(loaded).contains("org.mrdmft.cli.SolveCommand", "io.jhdf.WritableGroupImpl");
        assertThat(matching(loaded, PLOTTING)).isEmpty();
        assertThat(matching(loaded, List.of("org.mrdmft.cli.SimulateCommand", "org.mrdmft.cli.ValidateCommand", "org.mrdmft.cli.FigureCommand",
                "org.mrdmft.cli.SweepCommand", "org.mrdmft.cli.DemoCommand"))).isEmpty();
    }

    /** The classes a run of {@code mrdmft args} loads, in order. */
    private List<String> loaded(String... args) throws IOException, InterruptedException {
        Path log = tmp.resolve("classes-" + args[0].replace("-", "") + ".log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-cp",
                MrdmftCommand.absoluteClassPath(System.getProperty("java.class.path")), EntryPoint.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
        assertThat(p.exitValue()).as("exit code of " + List.of(args)).isZero();
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            int at = line.indexOf("[class,load] ");
            if (at >= 0) {
                String rest = line.substring(at + "[class,load] ".length());
                names.add(rest.substring(0, rest.indexOf(' ')));
            }
        }
        return names;
    }

    private static List<String> matching(List<String> loaded, List<String> prefixes) {
        return loaded.stream().filter(c -> prefixes.stream().anyMatch(c::startsWith)).toList();
    }
}
