package org.mrdmft.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resident server's protocol over a real socket: the request format, the token, one command at a time, a
 * stop that waits for the running command, a caller that goes away; and the server file's owner-only line.
 */
class SolveServerTest {
    @TempDir
    Path tmp;

    @Test
    void aRequestIsReadFieldByFieldAndABrokenOneIsRefused() throws IOException {
        ServerRequest r = ServerRequest.read(bytes(ServerRequest.PROTOCOL, "t0k", "run", "42", "11", "12",
                "java -Xmx1g", "1", "0", "3", "solve", "a b.yaml", "--set=x=ü"));
        assertThat(r).isEqualTo(new ServerRequest("t0k", "run", 42, 11, 12, "java -Xmx1g", true, false,
                List.of("solve", "a b.yaml", "--set=x=ü")));
        assertThat(ServerRequest.read(bytes(ServerRequest.PROTOCOL, "t", "stop")).verb()).isEqualTo("stop");
        assertThatThrownBy(() -> ServerRequest.read(bytes("other-1", "t", "stop"))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> ServerRequest.read(bytes(ServerRequest.PROTOCOL, "t", "run", "42", "1", "2", "k", "0",
                "0", "2", "solve"))).hasMessageContaining("ended early");
        assertThatThrownBy(() -> ServerRequest.read(bytes(ServerRequest.PROTOCOL, "t", "run", "-1")))
                .hasMessageContaining("not a count");
        assertThatThrownBy(() -> ServerRequest.read(bytes(ServerRequest.PROTOCOL, "t", "run", "42", "99999999999")))
                .hasMessageContaining("not a descriptor");
    }

    @Test
    void theServerFileIsOneOwnerOnlyLineThatOnlyItsServerDeletes() throws IOException {
        Path file = tmp.resolve(ServerFile.PREFIX + "123");
        ServerFile mine = new ServerFile(4321, "abc", 77, "node1");
        mine.write(file);
        Files.writeString(tmp.resolve(ServerFile.PREFIX + "123.lock"), "");
        assertThat(Files.readString(file)).isEqualTo("4321 abc 77 node1\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(ServerFile.read(file)).contains(mine);
        assertThat(ServerFile.in(tmp)).containsExactly(file);
        assertThat(ServerFile.thisHost()).isNotBlank().doesNotContain(" ");
        new ServerFile(4321, "other", 78, "node1").deleteIfOurs(file);
        assertThat(file).exists();
        mine.deleteIfOurs(file);
        assertThat(file).doesNotExist();
        assertThat(ServerFile.read(file)).isEmpty();
    }

    @Test
    void oneCommandAtATimeATokenToAskAndAStopThatWaitsForTheRunningCommand() throws Exception {
        Path jar = Files.writeString(tmp.resolve("stand-in.jar"), "jar");
        Path file = tmp.resolve(ServerFile.PREFIX + "1");
        SolveServer server = new SolveServer(new SolveServer.Settings(file, jar, SolveServer.JarStamp.of(jar), "KEY",
                Duration.ofMinutes(1)));
        Thread serving = new Thread(() -> {
            try {
                server.serve();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        serving.setDaemon(true);
        serving.start();
        while (!Files.exists(file)) {
            Thread.sleep(10);
        }
        ServerFile s = ServerFile.read(file).orElseThrow();
        assertThat(s.host()).isEqualTo(ServerFile.thisHost());

        // a process in tmp whose stdout and stderr are files opened for appending: the served commands write there
        Path cfg = TinyConfig.write(tmp);
        Process caller = new ProcessBuilder("sleep", "60").directory(tmp.toFile())
                .redirectOutput(ProcessBuilder.Redirect.appendTo(tmp.resolve("out.txt").toFile()))
                .redirectError(ProcessBuilder.Redirect.appendTo(tmp.resolve("err.txt").toFile())).start();
        String pid = Long.toString(caller.pid());
        try {
            assertThat(ask(s, "wrong-token", "stop")).isEqualTo("no token\n");
            assertThat(ask(s, s.token(), "run", pid, "1", "2", "OTHER", "0", "0", "0")).isEqualTo("no options\n");
            assertThat(ask(s, s.token(), "run", pid, "1", "2", "KEY", "0", "0", "3", "solve", cfg.toString(),
                    "--force")).isEqualTo("ok\nexit 0\n");
            assertThat(Files.readString(tmp.resolve("out.txt"))).startsWith("tiny: 2 regions")
                    .contains("output:          " + tmp.resolve("out/tiny"));

            // one command at a time; a caller that goes away stops its command, and nothing is written
            try (Socket longRun = send(s, s.token(), "run", pid, "1", "2", "KEY", "0", "0", "6", "solve",
                    cfg.toString(), "--set", "dmft.steps=100000", "--out", "long")) {
                assertThat(readLine(longRun.getInputStream())).isEqualTo("ok");
                assertThat(ask(s, s.token(), "run", pid, "1", "2", "KEY", "0", "0", "0")).isEqualTo("no busy\n");
            }
            // (the cancelled command stops at its next progress report; until then the server is busy)
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (ask(s, s.token(), "run", pid, "1", "2", "KEY", "0", "0", "0").equals("no busy\n")
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            // stop during a command: the command ends, its caller gets its exit code, then the server ends
            try (Socket running = send(s, s.token(), "run", pid, "1", "2", "KEY", "0", "0", "6", "solve",
                    cfg.toString(), "--set", "dmft.steps=20000", "--out", "stopped")) {
                assertThat(readLine(running.getInputStream())).isEqualTo("ok");
                assertThat(ask(s, s.token(), "stop")).isEqualTo("ok\n");
                assertThat(readLine(running.getInputStream())).isEqualTo("exit 0");
            }
            assertThat(tmp.resolve("stopped/summary.json")).isRegularFile();
            // the server ends after a stop, the cancelled command's directory was never written
            serving.join(20_000);
            assertThat(serving.isAlive()).isFalse();
            assertThat(file).doesNotExist();
            assertThat(tmp.resolve("long")).doesNotExist();
        } finally {
            caller.destroy();
            caller.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFileOpenedWithoutAppendingOrASocketIsNotHandedOver() throws Exception {
        Process truncating = new ProcessBuilder("sleep", "60").redirectOutput(tmp.resolve("out.txt").toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(tmp.resolve("err.txt").toFile())).start();
        try {
            assertThatThrownBy(() -> CallerStreams.open(truncating.pid(), 1, 2, false, Duration.ofSeconds(2)))
                    .hasMessageContaining("descriptor 1 is a file not opened for appending");
            // the pipes ProcessBuilder makes by default are fine
            Process piped = new ProcessBuilder("sleep", "60").start();
            try (CallerStreams streams = CallerStreams.open(piped.pid(), 1, 2, true, Duration.ofSeconds(2))) {
                streams.console().out().print("through the pipe");
                streams.console().out().flush();
                assertThat(new String(piped.getInputStream().readNBytes(16), StandardCharsets.UTF_8))
                        .isEqualTo("through the pipe");
                assertThat(streams.console().interactive()).isTrue();
            } finally {
                piped.destroy();
            }
        } finally {
            truncating.destroy();
        }
    }

    @Test
    void pathsThatNameTheCallersOwnDescriptorsAreFoundThroughLinksAndValues() throws Exception {
        Path cfg = TinyConfig.write(tmp);
        Files.createSymbolicLink(tmp.resolve("stdin.yaml"), Path.of("/dev/stdin"));
        assertThat(SolveServer.ownDescriptorPath(List.of("solve", "tiny.yaml", "--out", "run"), tmp)).isNull();
        assertThat(SolveServer.ownDescriptorPath(List.of("solve", cfg.toString(), "--out=/dev/shm/x"), tmp)).isNull();
        assertThat(SolveServer.ownDescriptorPath(List.of("solve", "stdin.yaml"), tmp)).isEqualTo("stdin.yaml");
        assertThat(SolveServer.ownDescriptorPath(List.of("solve", "/dev/./stdin"), tmp)).isEqualTo("/dev/./stdin");
        assertThat(SolveServer.ownDescriptorPath(List.of("solve", "x.yaml", "--out=/proc/self/fd/1"), tmp))
                .isEqualTo("--out=/proc/self/fd/1");
        assertThat(SolveServer.ownDescriptorPath(List.of("solve", "../../../../../../../../dev/fd/0"), tmp))
                .isNotNull();
    }

    private static InputStream bytes(String... fields) {
        StringBuilder b = new StringBuilder();
        for (String f : fields) {
            b.append(f).append('\0');
        }
        return new ByteArrayInputStream(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Socket send(ServerFile server, String... fields) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
        List<String> all = new ArrayList<>(List.of(ServerRequest.PROTOCOL));
        all.addAll(List.of(fields));
        s.getOutputStream().write(bytes(all.toArray(String[]::new)).readAllBytes());
        s.getOutputStream().flush();
        return s;
    }

    private static String ask(ServerFile server, String... fields) throws IOException {
        try (Socket s = send(server, fields)) {
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            b.append((char) c);
        }
        return b.toString();
    }
}
