package org.mrdmft.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Where a running {@link SolveServer} listens, as the launcher reads it: one line {@code PORT TOKEN PID} in a file
 * beside the jar ({@code app/target/mrdmft.server}), readable by its owner only, since the token is what a
 * request must present. Written under a temporary name and renamed, so a reader never sees half a line.
 *
 * @param port the loopback TCP port
 * @param token the secret a request starts with (32 hex digits)
 * @param pid the server's process id (for {@code mrdmft server status})
 */
record ServerFile(int port, String token, long pid) {
    /** The file's name beside the jar. */
    static final String NAME = "mrdmft.server";

    /** The file beside {@code jar}. */
    static Path beside(Path jar) {
        return jar.resolveSibling(NAME);
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
            Files.writeString(tmp, port + " " + token + " " + pid + "\n", StandardCharsets.US_ASCII);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The server file at {@code file}, or empty when there is none or it is not one. */
    static Optional<ServerFile> read(Path file) {
        try {
            String[] f = Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
            if (f.length != 3) {
                return Optional.empty();
            }
            return Optional.of(new ServerFile(Integer.parseInt(f[0]), f[1], Long.parseLong(f[2])));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
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
