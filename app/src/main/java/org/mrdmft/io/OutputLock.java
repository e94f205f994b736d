package org.mrdmft.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * The exclusive right to write one output directory: an operating-system lock on a hidden file beside it
 * ({@code .NAME.lock}, holding the owner's pid), taken without waiting. The file is deleted before the lock is
 * released, so a process that locked a file since deleted notices (its token is not in the file at the path)
 * and tries again. Only one run per process should write a directory: POSIX drops a process's lock when any of
 * its descriptors of the file is closed (within one JVM the lock table still excludes other threads); the operating system drops the lock of a killed process, so a stale file only ever costs the
 * next run a retry.
 */
final class OutputLock implements AutoCloseable {
    private static final int ATTEMPTS = 5;
    /** How long a refused run waits for the holder's pid to appear in a just-taken lock file. */
    static final int HOLDER_WAIT_MS = 200;

    private final Path file;
    private final FileChannel channel;
    private final FileChannel check;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileChannel check, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.check = check;
        this.lock = lock;
    }

    /** The lock file of {@code dir}: {@code .NAME.lock} in its parent. */
    static Path fileFor(Path dir) {
        return dir.resolveSibling("." + dir.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code dir} (whose parent exists).
     *
     * @throws OutputConflictException (exit 2) when another run holds it
     */
    static OutputLock acquire(Path dir, String shown) throws IOException {
        Path file = fileFor(dir);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by another run in this JVM
            }
            if (lock == null) {
                ch.close();
                throw new OutputConflictException(shown + " is being written by another mrdmft run"
                        + holder(file) + "; wait for it or choose another directory with --out DIR");
            }
            String token = "pid " + ProcessHandle.current().pid() + " " + UUID.randomUUID() + "\n";
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(token.getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(false);
            // read back through a second channel kept open while the lock is held: closing any descriptor of
            // the file would drop this process's (POSIX) lock
            FileChannel check = null;
            try {
                check = FileChannel.open(file, StandardOpenOption.READ);
                if (token.equals(read(check))) {
                    return new OutputLock(file, ch, check, lock);
                }
            } catch (NoSuchFileException e) {
                // deleted by its previous holder
            }
            if (check != null) {
                check.close();
            }
            lock.release(); // the file was deleted (or replaced) by its previous holder: try again
            ch.close();
        }
        throw new OutputConflictException(shown + " is being written by other mrdmft runs; try again later");
    }

    /**
     * " (pid N)" of the run holding the lock, or "" when unknown. A holder writes its pid just after taking the
     * lock, so a run that finds the lock taken may read the file before it is written: it waits a moment (at
     * most {@link #HOLDER_WAIT_MS} ms) for the pid rather than report an anonymous holder.
     */
    private static String holder(Path file) {
        String s = read(file);
        for (int waited = 0; s != null && s.isEmpty() && waited < HOLDER_WAIT_MS; waited += 5) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            s = read(file);
        }
        if (s != null && s.startsWith("pid ")) {
            String[] words = s.split("\\s+");
            if (words.length >= 2 && words[1].matches("\\d+")) {
                return " (pid " + words[1] + ")";
            }
        }
        return "";
    }

    private static String read(FileChannel ch) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(256);
        ch.read(buf, 0);
        return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
    }

    /** The holder's pid, read by a process that does not hold the lock. */
    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Deletes the lock file, then releases the lock. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale lock file costs the next run nothing
        }
        try {
            lock.release();
            channel.close();
            check.close();
        } catch (IOException e) {
            // closing the channel releases the lock in any case
        }
    }
}
