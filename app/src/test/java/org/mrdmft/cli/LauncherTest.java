package org.mrdmft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./mrdmft} launcher's class-data-sharing archive, on a copy of the launcher in a scratch tree
 * whose jar is a stand-in ({@link LauncherProbe}) newer than every source, so nothing is built: the first
 * run makes the archive and the next maps it (its classes come from the "shared objects file"); a rebuilt
 * jar remakes it; an archive of another jar, or none at all, still gives the run's exact output with nothing
 * added on stdout.
 */
class LauncherTest {
    private static final Path LAUNCHER = Path.of("..", "mrdmft").toAbsolutePath().normalize();

    @TempDir
    Path root;

    @Test
    void theArchiveIsMadeUsedRemadeAndNeverInTheWay() throws Exception {
        Path launcher = Files.copy(LAUNCHER, root.resolve("mrdmft"));
        Files.createDirectories(root.resolve("examples"));
        Files.writeString(root.resolve("examples/two-region-routing.yaml"), "name: stand-in\n");
        Path jar = root.resolve("app/target/mrdmft.jar");
        Path jsa = root.resolve("app/target/mrdmft.jsa");
        writeJar(jar, "one");

        Run first = run(launcher, Map.of(), "a", "b");
        assertThat(first.stdout).isEqualTo("probe a b\n");
        assertThat(first.stderr).contains("making the start-up archive");
        assertThat(Files.getLastModifiedTime(jsa)).isGreaterThan(Files.getLastModifiedTime(jar));

        Path log = root.resolve("classes.log");
        Run second = run(launcher, Map.of("MRDMFT_JAVA_OPTS", "-Xmx64m -Xlog:class+load=info:file=" + log), "c");
        assertThat(second.stdout).isEqualTo("probe c\n");
        assertThat(second.stderr).doesNotContain("archive");
        assertThat(Files.readAllLines(log)).anyMatch(l -> l.contains(LauncherProbe.class.getName() + " source: shared"));

        // a rebuilt jar: the archive is older, so it is remade before the run
        Path oldArchive = Files.copy(jsa, root.resolve("old.jsa"));
        writeJar(jar, "two");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jsa).toMillis() + 2000));
        Run rebuilt = run(launcher, Map.of(), "d");
        assertThat(rebuilt.stdout).isEqualTo("probe d\n");
        assertThat(rebuilt.stderr).contains("making the start-up archive");

        // an archive of another jar that looks current: the JVM refuses it without a word on stdout
        Files.delete(jsa);
        Files.copy(oldArchive, jsa);
        Files.setLastModifiedTime(jsa, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2000));
        Run foreign = run(launcher, Map.of(), "e");
        assertThat(foreign.stdout).isEqualTo("probe e\n");
        assertThat(foreign.exit).isZero();

        // none at all, and none made
        Files.delete(jsa);
        Run off = run(launcher, Map.of("MRDMFT_CDS", "0"), "f");
        assertThat(off.stdout).isEqualTo("probe f\n");
        assertThat(jsa).doesNotExist();
    }

    private record Run(int exit, String stdout, String stderr) {
    }

    private Run run(Path launcher, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", launcher.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("MRDMFT_CDS");
        pb.environment().put("MRDMFT_JAVA_OPTS", "-Xmx64m");
        pb.environment().putAll(env);
        Process p = pb.directory(root.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Run r = new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
        assertThat(r.exit).as("exit code, stderr: " + r.stderr).isZero();
        return r;
    }

    /** A runnable jar of {@link LauncherProbe}; {@code tag} makes jars of different content. */
    static void writeJar(Path jar, String tag) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
        String entry = LauncherProbe.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream probe = LauncherProbe.class.getResourceAsStream("/" + entry)) {
            out.putNextEntry(new JarEntry(entry));
            probe.transferTo(out);
            out.putNextEntry(new JarEntry("tag.txt"));
            out.write(tag.getBytes(StandardCharsets.UTF_8));
        }
    }
}
