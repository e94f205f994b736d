package org.mrdmft.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where a command was asked to write, and who asked: {@code --out DIR} or the default {@code out/<name>} made
 * from a config's or sweep file's {@code name}. {@link #validated()} checks the path's shape before anything
 * is created, so that an unusable path is a user error naming the right source.
 *
 * @param path the requested directory, as given
 * @param source what to blame in messages: "--out" or "name"
 */
public record OutputLocation(Path path, String source) {
    /** Parent of the default output directories. */
    public static final Path DEFAULT_ROOT = Path.of("out");
    /** At most this many bytes in the directory's own name (its temporary sibling adds about 25). */
    static final int MAX_NAME_BYTES = 200;
    /** At most this many bytes in the absolute path. */
    static final int MAX_PATH_BYTES = 4000;

    /** {@code --out DIR} when given, else {@code out/<name>}. */
    public static OutputLocation of(Path out, String name) {
        if (out != null) {
            return new OutputLocation(out, "--out");
        }
        return new OutputLocation(defaultFor(name), "name");
    }

    /** {@code --out DIR} when given, else {@code fallback} (a fixed default such as out/demo). */
    public static OutputLocation orDefault(Path out, Path fallback) {
        return new OutputLocation(out != null ? out : fallback, "--out");
    }

    /**
     * The same location with a relative path resolved against {@code base} (unchanged when base is null, and an
     * empty path, which {@link #validated()} refuses, too).
     */
    public OutputLocation against(Path base) {
        return base == null || path.isAbsolute() || path.toString().isEmpty() ? this
                : new OutputLocation(base.resolve(path), source);
    }

    /** A subdirectory (a shard), blamed on the same source. */
    public OutputLocation resolve(String child) {
        return new OutputLocation(path.resolve(child), source);
    }

    private static Path defaultFor(String name) {
        if (name == null || name.isBlank()) {
            throw new OutputConflictException("name: empty; set a name or give --out DIR");
        }
        Path p;
        try {
            p = DEFAULT_ROOT.resolve(name).normalize();
        } catch (InvalidPathException e) {
            throw new OutputConflictException("name: not usable as a directory name (" + e.getReason()
                    + "); set another name or give --out DIR");
        }
        if (!p.startsWith(DEFAULT_ROOT) || p.equals(DEFAULT_ROOT) || Path.of(name).isAbsolute()) {
            throw new OutputConflictException("name: '" + shortened(name) + "' would write outside "
                    + DEFAULT_ROOT + "/; set a plain name or give --out DIR");
        }
        return p;
    }

    /**
     * The absolute, normalized directory after checking its shape: not empty, no name too long.
     *
     * @throws OutputConflictException (exit 2) naming {@link #source()} and the problem
     */
    public Path validated() {
        if (path.toString().isEmpty()) {
            throw new OutputConflictException(source + ": empty path; give a directory, e.g. --out results");
        }
        Path dir = path.toAbsolutePath().normalize();
        if (dir.getFileName() == null) {
            throw new OutputConflictException(source + " " + path + ": the file system root cannot be an output "
                    + "directory");
        }
        int nameBytes = bytes(dir.getFileName().toString());
        if (nameBytes > MAX_NAME_BYTES) {
            throw new OutputConflictException(source + ": directory name too long (" + nameBytes
                    + " bytes, at most " + MAX_NAME_BYTES + "): '" + shortened(dir.getFileName().toString())
                    + "'" + ("name".equals(source) ? "; set a shorter name or give --out DIR" : ""));
        }
        for (Path part : dir) {
            if (bytes(part.toString()) > 255) {
                throw new OutputConflictException(source + ": a directory name in " + shortened(dir.toString())
                        + " is longer than 255 bytes");
            }
        }
        if (bytes(dir.toString()) > MAX_PATH_BYTES) {
            throw new OutputConflictException(source + ": path too long (" + bytes(dir.toString()) + " bytes, at most "
                    + MAX_PATH_BYTES + ")");
        }
        return dir;
    }

    /** The path for messages: as given (short names) or abbreviated. */
    String shown() {
        return shortened(path.toString());
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String shortened(String s) {
        return s.length() <= 80 ? s : s.substring(0, 40) + "..." + s.substring(s.length() - 20)
                + " (" + s.length() + " characters)";
    }
}
