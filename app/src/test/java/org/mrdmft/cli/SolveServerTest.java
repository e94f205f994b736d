package org.mrdmft.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
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
        ServerRequest r = ServerRequest.read(bytes("mrdmft-server-1", "t0k", "run", "42", "11", "12", "/home/u",
                "java -Xmx1g", "1", "0", "3", "solve", "a b.yaml", "--set=x=ü"));
        assertThat(r).isEqualTo(new ServerRequest("t0k", "run", 42, 11, 12, Path.of("/home/u"), "java -Xmx1g", true,
                false, List.of("solve", "a b.yaml", "--set=x=ü")));
        assertThat(ServerRequest.read(bytes("mrdmft-server-1", "t", "stop")).verb()).isEqualTo("stop");
        assertThatThrownBy(() -> ServerRequest.read(bytes("other-1", "t", "stop"))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> ServerRequest.read(bytes("mrdmft-server-1", "t", "run", "42", "1", "2", "relative",
                "k", "0", "0", "0"))).hasMessageContaining("not absolute");
        assertThatThrownBy(() -> ServerRequest.read(bytes("mrdmft-server-1", "t", "run", "42", "1", "2", "/", "k", "0",
                "0", "2", "solve"))).hasMessageContaining("ended early");
        assertThatThrownBy(() -> ServerRequest.read(bytes("mrdmft-server-1", "t", "run", "-1")))
                .hasMessageContaining("not a count");
    }

    @Test
    void theServerFileIsOneOwnerOnlyLineThatOnlyItsServerDeletes() throws IOException {
        Path file = tmp.resolve(ServerFile.NAME);
        ServerFile mine = new ServerFile(4321, "abc", 77);
        mine.write(file);
        assertThat(Files.readString(file)).isEqualTo("4321 abc 77\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(ServerFile.read(file)).contains(mine);
        new ServerFile(4321, "other", 78).deleteIfOurs(file);
        assertThat(file).exists();
        mine.deleteIfOurs(file);
        assertThat(file).doesNotExist();
        assertThat(ServerFile.read(file)).isEmpty();
    }

    @Test
    void oneCommandAtATimeATokenToAskAndAStopThatWaitsForTheRunningCommand() throws Exception {
        Path jar = Files.writeString(tmp.resolve("stand-in.jar"), "jar");
        Path file = tmp.resolve(ServerFile.NAME);
        SolveServer server = new SolveServer(new SolveServer.Settings(file, jar, "KEY", Duration.ofMinutes(1)));
        ServerSocket socket = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        Thread serving = new Thread(() -> {
            try {
                server.serve(socket);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        serving.setDaemon(true);
        serving.start();
        while (!Files.exists(file)) {
            Thread.sleep(10);
        }
        ServerFile published = ServerFile.read(file).orElseThrow();
        assertThat(published.port()).isEqualTo(socket.getLocalPort());

        // a process whose stdout and stderr are files: the served command writes there
        Path cfg = TinyConfig.write(tmp);
        Process caller = new ProcessBuilder("sleep", "60").redirectOutput(tmp.resolve("out.txt").toFile())
                .redirectError(tmp.resolve("err.txt").toFile()).start();
        try {
            assertThat(ask(published, "wrong-token", "stop")).isEqualTo("no token\n");
            assertThat(ask(published, published.token(), "run", caller.pid() + "", "1", "2", tmp.toString(), "OTHER",
                    "0", "0", "0")).isEqualTo("no options\n");
            serving.join(5000);
            assertThat(serving.isAlive()).as("a request of other options ends the server").isFalse();
            assertThat(file).doesNotExist();
        } finally {
            socket.close();
        }

        SolveServer again = new SolveServer(new SolveServer.Settings(file, jar, "KEY", Duration.ofMinutes(1)));
        Thread second = new Thread(() -> {
            try {
                again.serve();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        second.setDaemon(true);
        second.start();
        while (!Files.exists(file)) {
            Thread.sleep(10);
        }
        ServerFile s = ServerFile.read(file).orElseThrow();
        try (Socket longRun = send(s, s.token(), "run", caller.pid() + "", "1", "2", tmp.toString(), "KEY", "0", "0",
                "6", "solve", cfg.toString(), "--set", "dmft.steps=3000", "--out", "long")) {
            InputStream answers = longRun.getInputStream();
            assertThat(readLine(answers)).isEqualTo("ok");
            assertThat(ask(s, s.token(), "run", caller.pid() + "", "1", "2", tmp.toString(), "KEY", "0", "0", "0"))
                    .isEqualTo("no busy\n");
            assertThat(ask(s, s.token(), "stop")).isEqualTo("ok\n");
            assertThat(readLine(answers)).isEqualTo("exit 0");
            second.join(10_000);
            assertThat(second.isAlive()).isFalse();
        } finally {
            caller.destroy();
            caller.waitFor(5, TimeUnit.SECONDS);
        }
        assertThat(Files.readString(tmp.resolve("out.txt"))).startsWith("tiny: 2 regions")
                .contains("output:          " + tmp.resolve("long"));
        assertThat(tmp.resolve("long/summary.json")).isRegularFile();
        assertThat(file).doesNotExist();
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
