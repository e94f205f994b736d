package org.mrdmft.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One request to the {@link SolveServer}, as the launcher sends it: fields of text in the locale's encoding, each
 * ended by a NUL byte (which no argument can contain). Every request starts {@code PROTOCOL TOKEN VERB}. A {@code run}
 * request goes on with the caller's process id; the numbers of two of its descriptors that hold its standard
 * output and error (copies: the launcher's descriptor 1 is redirected for a moment while it writes the
 * request); the JVM key (java, its options, the umask, the locale and the control group, as the launcher starts a
 * server); whether
 * standard error is a terminal (1 or 0); whether MRDMFT_DEBUG is 1 (1 or 0); the number of arguments; the
 * arguments. The caller's working directory is read from {@code /proc/PID/cwd}, as its own JVM would see it.
 * The server answers one line, {@code ok} or {@code no REASON}, and after an {@code ok} a second,
 * {@code exit CODE}, when the command has ended.
 *
 * @param token the secret the request presented
 * @param verb {@code run} or {@code stop} (or anything else, which is refused)
 * @param pid the caller's process id (run only)
 * @param outFd the caller's descriptor that holds its standard output
 * @param errFd the caller's descriptor that holds its standard error
 * @param key the JVM key of the caller's launcher (run only)
 * @param interactive whether the caller's standard error is a terminal
 * @param debug whether internal errors show their stack trace
 * @param args the command line (run only)
 */
record ServerRequest(String token, String verb, long pid, int outFd, int errFd, String key, boolean interactive,
                     boolean debug, List<String> args) {
    /** The first field of every request. */
    static final String PROTOCOL = "mrdmft-server-2";
    /** The verb of a request to run a command. */
    static final String RUN = "run";
    /** The verb of a request to stop the server. */
    static final String STOP = "stop";
    /**
     * How the fields are decoded: as this JVM decodes its own command line (sun.jnu.encoding, from the locale,
     * which the server shares with its callers through the key), so a served command sees the same arguments.
     */
    private static final Charset ARGUMENTS = jnuCharset();
    /** Requests longer than this are refused (a command line is far shorter). */
    static final int MAX_BYTES = 1 << 20;

    /** Reads one request; IOException when the stream ends early or does not hold one. */
    static ServerRequest read(InputStream in) throws IOException {
        Fields f = new Fields(in);
        if (!PROTOCOL.equals(f.next())) {
            throw new IOException("not a request of " + PROTOCOL);
        }
        String token = f.next();
        String verb = f.next();
        if (!RUN.equals(verb)) {
            return new ServerRequest(token, verb, 0, 1, 2, "", false, false, List.of());
        }
        long pid = f.number();
        int outFd = f.descriptor();
        int errFd = f.descriptor();
        String key = f.next();
        boolean interactive = "1".equals(f.next());
        boolean debug = "1".equals(f.next());
        long n = f.number();
        List<String> args = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            args.add(f.next());
        }
        return new ServerRequest(token, verb, pid, outFd, errFd, key, interactive, debug, List.copyOf(args));
    }

    private static Charset jnuCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** NUL-ended fields of a stream, at most {@link #MAX_BYTES} in all. */
    private static final class Fields {
        private final InputStream in;
        private int total;

        Fields(InputStream in) {
            this.in = in;
        }

        String next() throws IOException {
            ByteArrayOutputStream field = new ByteArrayOutputStream();
            for (int b = in.read(); b != 0; b = in.read()) {
                if (b < 0) {
                    throw new IOException("request ended early");
                }
                if (++total > MAX_BYTES) {
                    throw new IOException("request too long");
                }
                field.write(b);
            }
            return field.toString(ARGUMENTS);
        }

        long number() throws IOException {
            String s = next();
            try {
                long v = Long.parseLong(s);
                if (v < 0) {
                    throw new NumberFormatException();
                }
                return v;
            } catch (NumberFormatException e) {
                throw new IOException("not a count: " + s, e);
            }
        }

        int descriptor() throws IOException {
            long v = number();
            if (v > Integer.MAX_VALUE) {
                throw new IOException("not a descriptor: " + v);
            }
            return (int) v;
        }
    }
}
