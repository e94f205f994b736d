package org.mrdmft.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a running {@link SolveServer} listens, as the launcher reads it: one line {@code PORT TOKEN PID HOST} in a
 * file beside the jar, {@code mrdmft.server.KEYSUM} (one server per JVM key, see {@link ServerRequest}),
 * readable by its owner only, since the token is what a request must present. The host name keeps a launcher on
 * another machine that shares the directory from using it. Written under a temporary name and renamed, so a
 * reader never sees half a line.
 *
 * @param port the loopback TCP port
 * @param token the secret a request starts with (32 hex digits)
 * @param pid the server's process id
 * @param host the name of the machine the server runs on
 */
record ServerFile(int port, String token, long pid, String host) {
    /** The start of the files' names beside the jar. */
    static final String PREFIX = "mrdmft.server.";

    /** This machine's name, as bash's $HOSTNAME has it (the kernel's host name), or "unknown". */
    static String thisHost() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname"), StandardCharsets.UTF_8).strip();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Writes this to {@code file}, owner-only, replacing what was there in one step. */
    void write(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + "." + pid + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp);
        } catch (FileAlreadyExistsException e) {
            throw new IOException(tmp + ": exists", e);
        }
        try {
            Files.writeString(tmp, port + " " + token + " " + pid + " " + host + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The server file at {@code file}, or empty when there is none or it is not one. */
    static Optional<ServerFile> read(Path file) {
        try {
            String[] f = Files.readString(file, StandardCharsets.UTF_8).strip().split(" ");
            if (f.length != 4) {
                return Optional.empty();
            }
            return Optional.of(new ServerFile(Integer.parseInt(f[0]), f[1], Long.parseLong(f[2]), f[3]));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The server files in {@code dir} (those of servers that ended uncleanly included). */
    static List<Path> in(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(dir, PREFIX + "*")) {
            for (Path p : all) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".lock") && !name.endsWith(".tmp")) {
                    files.add(p);
                }
            }
        }
        files.sort(null);
        return files;
    }

    /** Deletes {@code file} if it still names this server (a newer server may have replaced it). */
    void deleteIfOurs(Path file) {
        if (read(file).filter(this::equals).isPresent()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // the launcher's next request finds nobody listening and runs the command itself
            }
        }
    }
}
